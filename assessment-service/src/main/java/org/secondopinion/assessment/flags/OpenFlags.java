package org.secondopinion.assessment.flags;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the open flags of a patient, for the views that show them outside the flag lifecycle. */
@Component
public class OpenFlags {

	private final JdbcClient jdbc;

	private final EventCodec codec;

	OpenFlags(JdbcClient jdbc, EventCodec codec) {
		this.jdbc = jdbc;
		this.codec = codec;
	}

	/** The patient's open flag, if any. */
	public Optional<Flag> of(PatientRef patient) {
		return jdbc.sql("select payload::text from flag where ehr_id = ? and patient_id = ? and status = 'open'")
			.params(patient.ehrId(), patient.patientId())
			.query((rs, row) -> FlagPayloads.read(codec, rs.getString(1)))
			.optional();
	}

	/** The open flags of a patient id in one EHR, or in every EHR that knows the id when none is named. */
	public List<Flag> ofPatientId(@Nullable EhrId ehr, String patientId) {
		String ehrId = ehr == null ? null : ehr.value();
		return jdbc.sql("""
				select payload::text from flag
				where patient_id = ? and status = 'open' and (cast(? as text) is null or ehr_id = ?)
				order by ehr_id""")
			.params(patientId, ehrId, ehrId)
			.query((rs, row) -> FlagPayloads.read(codec, rs.getString(1)))
			.list();
	}

}
