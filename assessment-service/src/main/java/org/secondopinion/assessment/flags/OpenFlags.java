package org.secondopinion.assessment.flags;

import java.util.List;
import java.util.Optional;

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

	/** The EHRs in which some patient has an open flag, in the order of their ids. */
	public List<EhrId> ehrsWithOpenFlags() {
		return jdbc.sql("select distinct ehr_id from flag where status = 'open' order by ehr_id")
			.query((rs, row) -> EhrId.of(rs.getString(1)))
			.list();
	}

}
