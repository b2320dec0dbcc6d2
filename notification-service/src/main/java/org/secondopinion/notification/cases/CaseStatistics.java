package org.secondopinion.notification.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregate queries over the cases in a scope, by criterion, for the reports and the dashboard. */
@Repository
public class CaseStatistics {

	private static final String PER_CRITERION = """
			from care_case c cross join jsonb_array_elements(c.criteria) m
			where c.created_at >= ? and %s
			""".formatted(CaseScope.condition("c.facility"));

	private final JdbcClient jdbc;

	CaseStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<DailyCount> casesPerCriterionPerDay(Instant since, CaseScope scope) {
		return jdbc.sql("select cast(c.created_at at time zone 'UTC' as date), m->>'code', count(*) " + PER_CRITERION
				+ "group by 1, 2 order by 1, 2")
			.params(since(since, scope))
			.query((rs, row) -> new DailyCount(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/** Per criterion: closed cases by outcome and reason, and cases referred at some point. */
	public List<OutcomeCount> outcomes(Instant since, CaseScope scope) {
		return jdbc.sql("select m->>'code', c.status, c.outcome, c.reason_code, c.referral is not null, count(*) "
				+ PER_CRITERION + "group by 1, 2, 3, 4, 5 order by 1")
			.params(since(since, scope))
			.query((rs, row) -> new OutcomeCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5), rs.getLong(6)))
			.list();
	}

	public AcknowledgementTimes acknowledgementTimes(Instant since, CaseScope scope) {
		return jdbc.sql("""
				select count(*),
				       percentile_cont(0.5) within group (order by extract(epoch from acknowledged_at - created_at)),
				       percentile_cont(0.9) within group (order by extract(epoch from acknowledged_at - created_at)),
				       avg(extract(epoch from acknowledged_at - created_at))
				from care_case c
				where acknowledged_at is not null and c.created_at >= ?
				  and """ + CaseScope.condition("c.facility"))
			.params(since(since, scope))
			.query((rs, row) -> new AcknowledgementTimes(rs.getLong(1), minutes(rs.getObject(2)), minutes(rs.getObject(3)),
					minutes(rs.getObject(4))))
			.single();
	}

	private static List<@Nullable Object> since(Instant since, CaseScope scope) {
		List<@Nullable Object> params = new ArrayList<>();
		params.add(Timestamp.from(since));
		scope.bind(params);
		return params;
	}

	private static @Nullable Double minutes(@Nullable Object seconds) {
		return seconds == null ? null : Math.round(((Number) seconds).doubleValue() / 6.0) / 10.0;
	}

	public record DailyCount(LocalDate day, String criterion, long count) {
	}

	public record OutcomeCount(String criterion, String status, @Nullable String outcome, @Nullable String reasonCode,
			boolean referred, long count) {
	}

	/** How long coordinators took to acknowledge cases, in minutes. */
	public record AcknowledgementTimes(long acknowledged, @Nullable Double medianMinutes, @Nullable Double p90Minutes,
			@Nullable Double meanMinutes) {
	}

}
