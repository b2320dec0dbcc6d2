package org.secondopinion.notification.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.PatientRef;
import org.secondopinion.events.Priority;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The {@code care_case} and {@code case_history} tables. */
@Repository
class CaseStore {

	private static final String COLUMNS = """
			select id, status, priority, patient::text, facility, criteria::text, flag_status, ruleset_version,
			       created_at, updated_at, team, assignee, flag_id, flag_resolved_at, coverage::text, acknowledged_at,
			       escalated_at, referral::text, outcome, reason_code, outcome_text, closed_at, placement_rule,
			       placement_detail
			from care_case
			""";

	private static final String SCOPE = """
			where (cast(? as text) is null or status = ?)
			  and %s
			""".formatted(CaseScope.condition("facility"));

	private static final TypeReference<List<IncomingFlag.CriterionMet>> CRITERIA = new TypeReference<>() {
	};

	private static final TypeReference<List<IncomingFlag.OrganizationReference>> ORGANIZATIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final EventCodec codec;

	CaseStore(JdbcClient jdbc, JdbcTemplate batch, EventCodec codec) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.codec = codec;
	}

	/** The open cases of {@code patients}, locked; with one query however many patients. */
	List<Row> lockOpenCasesOfPatients(List<IncomingFlag.PatientSummary> patients) {
		if (patients.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + """
				where status <> 'closed'
				  and (ehr_id, patient_id) in (select * from unnest(cast(? as text[]), cast(? as text[])))
				for update""")
			.params(patients.stream().map(patient -> patient.ehrId().value()).toArray(String[]::new),
					patients.stream().map(IncomingFlag.PatientSummary::id).toArray(String[]::new))
			.query(this::row)
			.list();
	}

	/**
	 * The most recently created case of each of {@code flags}, locked; found through the patient each flag is about
	 * (the cases of a patient, open or closed, are indexed by patient; a flag's are not).
	 */
	List<Row> lockLatestCasesOfFlags(List<FlagOfPatient> flags) {
		if (flags.isEmpty()) {
			return List.of();
		}
		String[] ehrs = flags.stream().map(f -> f.patient().ehrId().value()).toArray(String[]::new);
		String[] patients = flags.stream().map(f -> f.patient().id()).toArray(String[]::new);
		return jdbc.sql(COLUMNS + """
				where id in (
				  select distinct on (c.flag_id) c.id
				  from (select id, flag_id, created_at from care_case
				        where status <> 'closed'
				          and (ehr_id, patient_id) in (select * from unnest(cast(? as text[]), cast(? as text[])))
				        union all
				        select id, flag_id, created_at from care_case
				        where status = 'closed'
				          and (ehr_id, patient_id) in (select * from unnest(cast(? as text[]), cast(? as text[])))) c
				  where c.flag_id = any(cast(? as text[]))
				  order by c.flag_id, c.created_at desc)
				for update""")
			.params(ehrs, patients, ehrs, patients, flags.stream().map(FlagOfPatient::flagId).toArray(String[]::new))
			.query(this::row)
			.list();
	}

	/** A flag and the patient it is about. */
	record FlagOfPatient(String flagId, IncomingFlag.PatientSummary patient) {
	}

	/**
	 * Inserts the cases a batch opened, as the batch left them, in one statement: a column of values each, so that the
	 * statement is the same whatever the batch's size (prepared once, no plan per row count).
	 */
	void insertAll(List<IntakeBatch.WorkingCase> opened) {
		if (opened.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into care_case (id, flag_id, ehr_id, patient_id, patient, facility, priority, flag_status,
				                       criteria, coverage, ruleset_version, created_at, updated_at, placement_rule,
				                       placement_detail, flag_facility, organizations, team, assignee, flag_resolved_at)
				select id, flag_id, ehr_id, patient_id, cast(patient as jsonb), facility, priority, flag_status,
				       cast(criteria as jsonb), cast(coverage as jsonb), ruleset_version, cast(created_at as timestamptz),
				       cast(updated_at as timestamptz), placement_rule, placement_detail, flag_facility,
				       cast(organizations as jsonb), team, assignee, cast(flag_resolved_at as timestamptz)
				from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
				            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
				            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
				            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
				  with ordinality as c(id, flag_id, ehr_id, patient_id, patient, facility, priority, flag_status, criteria,
				                       coverage, ruleset_version, created_at, updated_at, placement_rule, placement_detail,
				                       flag_facility, organizations, team, assignee, flag_resolved_at, n)
				order by n""")
			.params(opened.stream().map(c -> c.id.value()).toArray(java.util.UUID[]::new),
					column(opened, c -> c.flagId), column(opened, c -> c.patient.ehrId().value()),
					column(opened, c -> c.patient.id()), column(opened, c -> json(c.patient)),
					column(opened, IntakeBatch.WorkingCase::facility), column(opened, c -> c.priority.code()),
					column(opened, c -> c.flagStatus.code()), column(opened, c -> json(c.criteria)),
					column(opened, c -> c.coverage == null ? null : json(c.coverage)), column(opened, c -> c.rulesetVersion),
					column(opened, c -> c.createdAt.toString()), column(opened, c -> c.updatedAt.toString()),
					column(opened, c -> c.placement == null ? null : c.placement.rule()),
					column(opened, c -> c.placement == null ? null : c.placement.explanation()),
					column(opened, c -> c.flagFacility),
					column(opened, c -> c.organizations == null ? null : json(c.organizations)), column(opened, c -> c.team),
					column(opened, c -> c.assignee),
					column(opened, c -> c.flagResolvedAt == null ? null : c.flagResolvedAt.toString()))
			.update();
	}

	private static <T> @Nullable String[] column(List<T> rows, java.util.function.Function<T, @Nullable String> value) {
		return rows.stream().map(value).toArray(String[]::new);
	}

	/** Writes the cases a batch's flags updated, as the batch left them, in one JDBC batch. */
	void updateAllFromFlags(List<IntakeBatch.WorkingCase> updated) {
		if (updated.isEmpty()) {
			return;
		}
		batch.batchUpdate("""
				update care_case set flag_id = ?, patient = cast(? as jsonb), facility = ?, priority = ?,
				  flag_status = ?, flag_resolved_at = ?, criteria = cast(? as jsonb),
				  coverage = coalesce(cast(? as jsonb), coverage), ruleset_version = ?, updated_at = ?,
				  placement_rule = ?, placement_detail = ?, flag_facility = ?, organizations = cast(? as jsonb),
				  team = ?, assignee = ?
				where id = ?""", updated.stream().map(c -> new @Nullable Object[] { c.flagId, json(c.patient), c.facility(),
				c.priority.code(), c.flagStatus.code(), c.flagResolvedAt == null ? null : ts(c.flagResolvedAt),
				json(c.criteria), c.coverage == null ? null : json(c.coverage), c.rulesetVersion, ts(c.updatedAt),
				c.placement == null ? null : c.placement.rule(), c.placement == null ? null : c.placement.explanation(),
				c.flagFacility, c.organizations == null ? null : json(c.organizations), c.team, c.assignee, c.id.value() })
			.toList());
	}

	/** Marks resolved the flags of cases a batch only resolved, in one JDBC batch. */
	void markAllFlagsResolved(List<IntakeBatch.WorkingCase> resolved) {
		if (resolved.isEmpty()) {
			return;
		}
		batch.batchUpdate("update care_case set flag_status = 'resolved', flag_resolved_at = ?, updated_at = ? where id = ?",
				resolved.stream().map(c -> new @Nullable Object[] { ts(c.flagResolvedAt == null ? c.updatedAt : c.flagResolvedAt),
						ts(c.updatedAt), c.id.value() }).toList());
	}

	/** Appends a batch's history lines in their order (ids keep it), in one statement whatever their number. */
	void historyAll(List<IntakeBatch.HistoryLine> lines, Instant at) {
		if (lines.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into case_history (case_id, at, action, actor, detail)
				select case_id, ?, action, ?, detail
				from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as text[])) with ordinality as h(case_id, action, detail, n)
				order by n""")
			.params(ts(at), CaseIntake.SYSTEM_ACTOR,
					lines.stream().map(l -> l.caseId().value()).toArray(java.util.UUID[]::new),
					column(lines, IntakeBatch.HistoryLine::action), column(lines, IntakeBatch.HistoryLine::detail))
			.update();
	}

	/** The patient's open case, else their most recently updated one. */
	Optional<CaseSummary> latestOfPatient(PatientRef patient) {
		// each part by its own partial index: the open case, else the latest closed one
		return jdbc.sql("select * from ((" + COLUMNS + """
				where ehr_id = ? and patient_id = ? and status <> 'closed')
				union all
				(""" + COLUMNS + """
				where ehr_id = ? and patient_id = ? and status = 'closed' order by updated_at desc limit 1)) c
				order by (status = 'closed') limit 1""")
			.params(patient.ehrId(), patient.patientId(), patient.ehrId(), patient.patientId())
			.query(this::summary)
			.optional();
	}

	Optional<CaseSummary> lock(CaseId id) {
		return jdbc.sql(COLUMNS + "where id = ? for update").param(id.value()).query(this::summary).optional();
	}

	Optional<CaseSummary> find(CaseId id) {
		return jdbc.sql(COLUMNS + "where id = ?").param(id.value()).query(this::summary).optional();
	}

	List<Row> findRows(java.util.Collection<CaseId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + "where id = any(cast(? as uuid[]))")
			.param(ids.stream().map(CaseId::value).toArray(java.util.UUID[]::new))
			.query(this::row)
			.list();
	}

	Optional<Row> findRow(CaseId id) {
		return jdbc.sql(COLUMNS + "where id = ?").param(id.value()).query(this::row).optional();
	}

	List<CaseSummary> page(@Nullable String status, CaseScope scope, int page, int size) {
		List<@Nullable Object> params = scoped(status, scope);
		params.add(size);
		params.add((long) page * size);
		return jdbc.sql(COLUMNS + SCOPE + """
				order by case priority when 'urgent' then 0 when 'high' then 1 else 2 end, created_at, id
				limit ? offset ?""")
			.params(params)
			.query(this::summary)
			.list();
	}

	long count(@Nullable String status, CaseScope scope) {
		return jdbc.sql("select count(*) from care_case " + SCOPE)
			.params(scoped(status, scope))
			.query(Long.class)
			.single();
	}

	private static List<@Nullable Object> scoped(@Nullable String status, CaseScope scope) {
		List<@Nullable Object> params = new java.util.ArrayList<>();
		params.add(status);
		params.add(status);
		scope.bind(params);
		return params;
	}

	void place(CaseId id, Placement placement, Instant now) {
		jdbc.sql("""
				update care_case set facility = ?, placement_rule = ?, placement_detail = ?, updated_at = ?
				where id = ?""")
			.params(placement.facility(), placement.rule(), placement.explanation(), ts(now), id.value())
			.update();
	}

	/** The open cases of an EHR that no rule placed, locked, with what their flag said of the patient's record. */
	List<Unplaced> lockOpenUnplaced(EhrId ehrId) {
		return jdbc.sql("""
				select id, flag_facility, organizations::text from care_case
				where ehr_id = ? and placement_rule = 'fallback' and status <> 'closed' order by created_at
				for update""")
			.param(ehrId.value())
			.query((rs, row) -> new Unplaced(new CaseId(rs.getObject(1, java.util.UUID.class)), rs.getString(2),
					rs.getString(3) == null ? null : codec.mapper().readValue(rs.getString(3), ORGANIZATIONS)))
			.list();
	}

	/** The EHRs that have open cases no rule placed. */
	List<EhrId> ehrsWithOpenUnplaced() {
		return jdbc.sql("select distinct ehr_id from care_case where placement_rule = 'fallback' and status <> 'closed' order by ehr_id")
			.query(String.class)
			.list()
			.stream()
			.map(EhrId::new)
			.toList();
	}

	/** How many open cases no rule placed, by the reason given. */
	java.util.Map<String, Long> openUnplacedByReason() {
		java.util.Map<String, Long> reasons = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				select placement_detail, count(*) from care_case
				where placement_rule = 'fallback' and status <> 'closed'
				group by placement_detail order by count(*) desc, placement_detail""")
			.query(rs -> {
				reasons.put(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2));
			});
		return reasons;
	}

	void assign(CaseId id, @Nullable String team, @Nullable String assignee, Instant now) {
		jdbc.sql("update care_case set team = coalesce(?, team), assignee = ?, updated_at = ? where id = ?")
			.params(team, assignee, ts(now), id.value())
			.update();
	}

	void acknowledge(CaseId id, CaseStatus status, Instant now) {
		jdbc.sql("update care_case set status = ?, acknowledged_at = ?, updated_at = ? where id = ?")
			.params(status.code(), ts(now), ts(now), id.value())
			.update();
	}

	void status(CaseId id, CaseStatus status, Instant now) {
		jdbc.sql("update care_case set status = ?, updated_at = ? where id = ?")
			.params(status.code(), ts(now), id.value())
			.update();
	}

	void refer(CaseId id, Referral referral, Instant now) {
		jdbc.sql("update care_case set status = 'referred', referral = cast(? as jsonb), updated_at = ? where id = ?")
			.params(json(referral), ts(now), id.value())
			.update();
	}

	void close(CaseId id, Outcome outcome, String reasonCode, @Nullable String text, Instant now) {
		jdbc.sql("""
				update care_case set status = 'closed', outcome = ?, reason_code = ?, outcome_text = ?, closed_at = ?,
				  updated_at = ? where id = ?""")
			.params(outcome.code(), reasonCode, text, ts(now), ts(now), id.value())
			.update();
	}

	void escalated(CaseId id, Instant now) {
		jdbc.sql("update care_case set escalated_at = ? where id = ?").params(ts(now), id.value()).update();
	}

	void history(CaseId id, Instant at, String action, String actor, @Nullable String detail) {
		jdbc.sql("insert into case_history (case_id, at, action, actor, detail) values (?, ?, ?, ?, ?)")
			.params(id.value(), ts(at), action, actor, detail)
			.update();
	}

	List<CaseEvent> history(CaseId id) {
		return jdbc.sql("select at, action, actor, detail from case_history where case_id = ? order by at, id")
			.param(id.value())
			.query((rs, row) -> new CaseEvent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	private CaseSummary summary(ResultSet rs, int row) throws SQLException {
		Priority priority = Priority.of(rs.getString(3));
		String status = rs.getString(2);
		return new CaseSummary(rs.getString(1), status, priority,
				codec.mapper().readValue(rs.getString(4), IncomingFlag.PatientSummary.class), rs.getString(5),
				codec.mapper().readValue(rs.getString(6), CRITERIA), FlagStatus.of(rs.getString(7)), rs.getString(8),
				instant(rs, 9), instant(rs, 10), rs.getString(11), rs.getString(12),
				priority == Priority.URGENT && !"closed".equals(status),
				rs.getString(23) == null ? null : new Placement(rs.getString(5), rs.getString(23), rs.getString(24)));
	}

	private Row row(ResultSet rs, int row) throws SQLException {
		String coverage = rs.getString(15);
		String referral = rs.getString(18);
		return new Row(summary(rs, row), rs.getString(13), nullableInstant(rs, 14),
				coverage == null ? null : codec.mapper().readValue(coverage, IncomingFlag.CoverageSummary.class),
				nullableInstant(rs, 16), nullableInstant(rs, 17),
				referral == null ? null : codec.mapper().readValue(referral, Referral.class), rs.getString(19),
				rs.getString(20), rs.getString(21), nullableInstant(rs, 22));
	}

	private String json(Object value) {
		return codec.mapper().writeValueAsString(value);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	/** An open case no rule placed, and what its flag said of the patient's record. */
	record Unplaced(CaseId id, @Nullable String flagFacility,
			@Nullable List<IncomingFlag.OrganizationReference> organizations) {
	}

	/** A case as stored, beyond its summary. */
	record Row(CaseSummary summary, String flagId, @Nullable Instant flagResolvedAt,
			IncomingFlag.@Nullable CoverageSummary coverage, @Nullable Instant acknowledgedAt, @Nullable Instant escalatedAt,
			@Nullable Referral referral, @Nullable String outcome, @Nullable String reasonCode, @Nullable String outcomeText,
			@Nullable Instant closedAt) {
	}

}
