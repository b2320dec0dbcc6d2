package org.secondopinion.notification.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/**
 * The read models other features need of the cases: the worklist page, the live stream's changes, and the open
 * load of teams and coordinators that routing and digests weigh. Lists a user sees take the user's
 * {@link CaseScope}.
 */
@Repository
public class CaseQueries {

	private static final TypeReference<List<IncomingFlag.CriterionMet>> CRITERIA = new TypeReference<>() {
	};

	/** The earliest day a planned procedure or treatment of the case is due, from its criteria. */
	private static final String PLANNED_ON = """
			(select min((c->'due'->>'date')::date) from jsonb_array_elements(criteria) c
			 where jsonb_typeof(c->'due') = 'object')""";

	private final String listItem;

	private final JdbcClient jdbc;

	private final EventCodec codec;

	CaseQueries(JdbcClient jdbc, EventCodec codec, ResponseTimes responseTimes) {
		this.jdbc = jdbc;
		this.codec = codec;
		String acknowledgeBy = responseTimes.acknowledgeBySql();
		this.listItem = "select id, status, priority, patient::text, facility, criteria::text, created_at, updated_at, "
				+ "assignee, acknowledge_by, due_at from (select *, " + acknowledgeBy + " as acknowledge_by, "
				+ "case when status = 'closed' then null else coalesce(" + PLANNED_ON
				+ "::timestamp at time zone 'UTC', " + acknowledgeBy + ") end as due_at from care_case) listed\n";
	}

	/** The first {@code limit} cases in {@code scope} that the query asks for, in its order. */
	public List<CaseListItem> list(CaseListQuery query, CaseScope scope, int limit) {
		String criterion = query.criterion() == null ? null
				: codec.mapper().writeValueAsString(List.of(Map.of("code", query.criterion())));
		Timestamp openedBefore = query.openedBefore() == null ? null : Timestamp.from(query.openedBefore());
		String contains = query.search() == null ? null : "%" + likeEscaped(query.search()) + "%";
		List<@Nullable Object> params = new ArrayList<>();
		scope.bind(params);
		for (Object value : new @Nullable Object[] { query.priority(), query.status(), query.facility(), criterion,
				openedBefore }) {
			params.add(value);
			params.add(value);
		}
		params.add(contains);
		params.add(contains);
		params.add(contains);
		return jdbc.sql(listItem + "where " + CaseScope.condition("facility") + """

				  and (cast(? as text) is null or priority = ?)
				  and (cast(? as text) is null or status = ?)
				  and (cast(? as text) is null or facility = ?)
				  and (cast(? as jsonb) is null or criteria @> cast(? as jsonb))
				  and (cast(? as timestamptz) is null or created_at <= ?)
				  and (cast(? as text) is null or patient->>'name' ilike ? or patient->>'mrn' ilike ?)
				order by\s""" + query.order().orderBy(query.descending()) + " limit " + limit)
			.params(params)
			.query(this::toListItem)
			.list();
	}

	/** One case as a list shows it, whatever its scope: the caller checks {@link CaseScope#includes}. */
	public Optional<CaseListItem> listItem(CaseId id) {
		return jdbc.sql(listItem + "where id = ?").param(id.value()).query(this::toListItem).optional();
	}

	/** The facilities in {@code scope} that have cases, in order. */
	public List<String> facilities(CaseScope scope) {
		List<@Nullable Object> params = new ArrayList<>();
		scope.bind(params);
		return jdbc.sql("select distinct facility from care_case\nwhere facility is not null and "
				+ CaseScope.condition("facility") + " order by facility")
			.params(params)
			.query(String.class)
			.list();
	}

	/** Every case updated after {@code since}, oldest change first; the caller keeps to each user's scope. */
	public List<CaseUpdate> updatedAfter(Instant since) {
		return jdbc.sql("""
				select id, status, priority, facility, updated_at from care_case
				where updated_at > ? order by updated_at, id""")
			.param(Timestamp.from(since))
			.query((rs, row) -> new CaseUpdate(rs.getObject(1, UUID.class).toString(), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** How many open cases of {@code team} each of {@code members} is assigned; members with none are left out. */
	public Map<String, Long> openCasesPerAssignee(String team, List<String> members) {
		return jdbc.sql("""
				select assignee, count(*) from care_case
				where team = ? and status <> 'closed' and assignee = any(?) group by assignee""")
			.params(team, members.toArray(String[]::new))
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** How many cases of {@code team} are open. */
	public long openCasesOfTeam(String team) {
		return jdbc.sql("select count(*) from care_case where team = ? and status <> 'closed'")
			.param(team)
			.query(Long.class)
			.single();
	}

	private CaseListItem toListItem(ResultSet rs, int row) throws SQLException {
		return new CaseListItem(rs.getString(1), rs.getString(2), Priority.of(rs.getString(3)),
				codec.mapper().readValue(rs.getString(4), IncomingFlag.PatientSummary.class), rs.getString(5),
				codec.mapper().readValue(rs.getString(6), CRITERIA), rs.getTimestamp(7).toInstant(),
				rs.getTimestamp(8).toInstant(), rs.getString(9),
				rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant());
	}

	/** The text as a {@code like} pattern matches it literally: {@code %}, {@code _} and the escape itself escaped. */
	static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
