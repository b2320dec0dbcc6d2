package org.secondopinion.assessment.flags;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.criteria.Assessment;
import org.secondopinion.assessment.criteria.Finding;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FlagRepository {

	private final JdbcClient jdbc;

	private final EventCodec codec;

	FlagRepository(JdbcClient jdbc, EventCodec codec) {
		this.jdbc = jdbc;
		this.codec = codec;
	}

	Optional<Flag> openFlagOf(PatientRef patient) {
		return jdbc.sql("select id, payload::text from flag where ehr_id = ? and patient_id = ? and status = 'open'")
			.params(patient.ehrId(), patient.patientId())
			.query((rs, row) -> read(rs.getString(2)))
			.optional();
	}

	void insert(Flag flag, Instant at) {
		jdbc.sql("""
				insert into flag (id, ehr_id, patient_id, status, priority, payload, raised_at, updated_at)
				values (?, ?, ?, 'open', ?, cast(? as jsonb), ?, ?)""")
			.params(flag.id(), flag.patient().ref().ehrId(), flag.patient().ref().patientId(), flag.priority().code(),
					write(flag), Timestamp.from(at), Timestamp.from(at))
			.update();
	}

	void update(Flag flag, Instant at) {
		jdbc.sql("update flag set priority = ?, payload = cast(? as jsonb), updated_at = ? where id = ?")
			.params(flag.priority().code(), write(flag), Timestamp.from(at), flag.id())
			.update();
	}

	void resolve(Flag flag, Instant at) {
		jdbc.sql("""
				update flag set status = 'resolved', payload = cast(? as jsonb), updated_at = ?, resolved_at = ?
				where id = ?""")
			.params(write(flag), Timestamp.from(at), Timestamp.from(at), flag.id())
			.update();
	}

	void saveAssessment(FlaggedPatient patient, Assessment assessment) {
		jdbc.sql("""
				insert into assessment (ehr_id, patient_id, patient, status, priority, criteria, ruleset_version, assessed_at)
				values (?, ?, cast(? as jsonb), ?, ?, cast(? as jsonb), ?, ?)
				on conflict (ehr_id, patient_id) do update set patient = excluded.patient, status = excluded.status,
				  priority = excluded.priority, criteria = excluded.criteria,
				  ruleset_version = excluded.ruleset_version, assessed_at = excluded.assessed_at""")
			.params(patient.ref().ehrId(), patient.ref().patientId(),
					FlagPayloads.json(codec, patient),
					assessment.flagged() ? "flagged" : "clear", assessment.flagged() ? assessment.priority().code() : null,
					FlagPayloads.json(codec, assessment.findings().stream().map(Finding::toMetCriterion).toList()),
					assessment.rulesetVersion(), Timestamp.from(assessment.assessedAt()))
			.update();
	}

	/** A page of flags, newest change first, optionally only those with a status or meeting a criterion. */
	List<Flag> page(@Nullable String status, @Nullable String criterion, int page, int size) {
		return jdbc.sql("""
				select payload::text from flag
				where (cast(? as text) is null or status = ?)
				  and (cast(? as text) is null or payload -> 'criteria' @> jsonb_build_array(jsonb_build_object('code', cast(? as text))))
				order by updated_at desc, id limit ? offset ?""")
			.params(status, status, criterion, criterion, size, (long) page * size)
			.query((rs, row) -> read(rs.getString(1)))
			.list();
	}

	long count(@Nullable String status, @Nullable String criterion) {
		return jdbc.sql("""
				select count(*) from flag
				where (cast(? as text) is null or status = ?)
				  and (cast(? as text) is null or payload -> 'criteria' @> jsonb_build_array(jsonb_build_object('code', cast(? as text))))""")
			.params(status, status, criterion, criterion)
			.query(Long.class)
			.single();
	}

	private Flag read(String json) {
		return FlagPayloads.read(codec, json);
	}

	private String write(Flag flag) {
		return FlagPayloads.json(codec, flag);
	}

}
