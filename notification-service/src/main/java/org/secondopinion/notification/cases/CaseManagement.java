package org.secondopinion.notification.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.FlagPayload;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/** Opens a case for each flag, keeps it in step with the flag, and serves the worklist. */
@Service
public class CaseManagement {

	private static final String SYSTEM_ACTOR = "system";

	private static final String SELECT_SUMMARY = """
			select id, status, priority, patient::text, facility, criteria::text, flag_status, ruleset_version,
			       created_at, updated_at
			from care_case
			""";

	private static final TypeReference<List<FlagPayload.CriterionMet>> CRITERIA = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final EventCodec codec;

	private final Clock clock;

	CaseManagement(JdbcClient jdbc, EventCodec codec, Clock clock) {
		this.jdbc = jdbc;
		this.codec = codec;
		this.clock = clock;
	}

	/** Opens the flag's case, or brings it up to date when the flag changed; returns the case. */
	@Transactional(propagation = Propagation.MANDATORY)
	public CaseId flagRaisedOrUpdated(FlagPayload flag) {
		Instant now = clock.instant();
		Optional<CaseId> existing = caseOfFlag(flag.flagId());
		if (existing.isEmpty()) {
			CaseId id = CaseId.random();
			jdbc.sql("""
					insert into care_case (id, flag_id, ehr_id, patient_id, patient, facility, priority, flag_status,
					                       criteria, coverage, ruleset_version, created_at, updated_at)
					values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?)""")
				.params(id.value(), flag.flagId(), flag.patient().ehrId(), flag.patient().id(), json(flag.patient()),
						flag.facility(), flag.priority(), flag.status(), json(flag.criteria()),
						flag.coverage() == null ? null : json(flag.coverage()), flag.rulesetVersion(), ts(now), ts(now))
				.update();
			history(id, now, "opened", criteriaCodes(flag));
			return id;
		}
		CaseId id = existing.get();
		jdbc.sql("""
				update care_case set patient = cast(? as jsonb), facility = ?, priority = ?, flag_status = ?,
				  criteria = cast(? as jsonb), ruleset_version = ?, updated_at = ? where id = ?""")
			.params(json(flag.patient()), flag.facility(), flag.priority(), flag.status(), json(flag.criteria()),
					flag.rulesetVersion(), ts(now), id.value())
			.update();
		history(id, now, "flag-" + flag.status().replace("open", "updated"), criteriaCodes(flag));
		return id;
	}

	/**
	 * A page of cases, most urgent and oldest first.
	 * @param facilities only cases of these facilities; {@code null} for all
	 */
	public List<CaseSummary> page(@Nullable String status, @Nullable List<String> facilities, int page, int size) {
		String[] scope = facilities == null ? null : facilities.toArray(String[]::new);
		return jdbc.sql(SELECT_SUMMARY + """
				where (cast(? as text) is null or status = ?)
				  and (cast(? as text[]) is null or facility = any(?))
				order by case priority when 'urgent' then 0 when 'high' then 1 else 2 end, created_at, id
				limit ? offset ?""")
			.params(status, status, scope, scope, size, (long) page * size)
			.query(this::summary)
			.list();
	}

	public long count(@Nullable String status, @Nullable List<String> facilities) {
		String[] scope = facilities == null ? null : facilities.toArray(String[]::new);
		return jdbc.sql("""
				select count(*) from care_case where (cast(? as text) is null or status = ?)
				  and (cast(? as text[]) is null or facility = any(?))""")
			.params(status, status, scope, scope)
			.query(Long.class)
			.single();
	}

	public Optional<CaseSummary> find(CaseId id) {
		return jdbc.sql(SELECT_SUMMARY + "where id = ?").param(id.value()).query(this::summary).optional();
	}

	public List<CaseEvent> history(CaseId id) {
		return jdbc.sql("select at, action, actor, detail from case_history where case_id = ? order by at, id")
			.param(id.value())
			.query((rs, row) -> new CaseEvent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	private Optional<CaseId> caseOfFlag(String flagId) {
		return jdbc.sql("select id from care_case where flag_id = ? for update")
			.param(flagId)
			.query((rs, row) -> new CaseId(rs.getObject(1, UUID.class)))
			.optional();
	}

	private void history(CaseId id, Instant at, String action, @Nullable String detail) {
		jdbc.sql("insert into case_history (case_id, at, action, actor, detail) values (?, ?, ?, ?, ?)")
			.params(id.value(), ts(at), action, SYSTEM_ACTOR, detail)
			.update();
	}

	private static String criteriaCodes(FlagPayload flag) {
		return String.join(", ", flag.criteria().stream().map(FlagPayload.CriterionMet::code).toList());
	}

	private CaseSummary summary(ResultSet rs, int row) throws SQLException {
		return new CaseSummary(rs.getString(1), rs.getString(2), rs.getString(3),
				codec.mapper().readValue(rs.getString(4), FlagPayload.PatientSummary.class), rs.getString(5),
				codec.mapper().readValue(rs.getString(6), CRITERIA), rs.getString(7), rs.getString(8),
				rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant());
	}

	private String json(Object value) {
		return codec.mapper().writeValueAsString(value);
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	/** One entry of a case's history. */
	public record CaseEvent(Instant at, String action, String actor, @Nullable String detail) {
	}

}
