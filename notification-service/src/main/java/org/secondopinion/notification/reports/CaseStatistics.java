package org.secondopinion.notification.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregate queries over cases, by criterion; {@code facilities} null means every facility. */
@Repository
class CaseStatistics {

	private static final String PER_CRITERION = """
			from care_case c cross join jsonb_array_elements(c.criteria) m
			where c.created_at >= ? and (cast(? as text[]) is null or c.facility = any(?))
			""";

	private final JdbcClient jdbc;

	CaseStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DailyCount> casesPerCriterionPerDay(Instant since, String @Nullable [] facilities) {
		return jdbc.sql("select cast(c.created_at at time zone 'UTC' as date), m->>'code', count(*) " + PER_CRITERION
				+ "group by 1, 2 order by 1, 2")
			.params(Timestamp.from(since), facilities, facilities)
			.query((rs, row) -> new DailyCount(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/** Per criterion: closed cases by outcome and reason, and cases referred at some point. */
	List<OutcomeCount> outcomes(Instant since, String @Nullable [] facilities) {
		return jdbc.sql("select m->>'code', c.status, c.outcome, c.reason_code, c.referral is not null, count(*) "
				+ PER_CRITERION + "group by 1, 2, 3, 4, 5 order by 1")
			.params(Timestamp.from(since), facilities, facilities)
			.query((rs, row) -> new OutcomeCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5), rs.getLong(6)))
			.list();
	}

	AcknowledgementTimes acknowledgementTimes(Instant since, String @Nullable [] facilities) {
		return jdbc.sql("""
				select count(*),
				       percentile_cont(0.5) within group (order by extract(epoch from acknowledged_at - created_at)),
				       percentile_cont(0.9) within group (order by extract(epoch from acknowledged_at - created_at)),
				       avg(extract(epoch from acknowledged_at - created_at))
				from care_case c
				where acknowledged_at is not null and c.created_at >= ?
				  and (cast(? as text[]) is null or c.facility = any(?))""")
			.params(Timestamp.from(since), facilities, facilities)
			.query((rs, row) -> new AcknowledgementTimes(rs.getLong(1), minutes(rs.getObject(2)), minutes(rs.getObject(3)),
					minutes(rs.getObject(4))))
			.single();
	}

	private static @Nullable Double minutes(@Nullable Object seconds) {
		return seconds == null ? null : Math.round(((Number) seconds).doubleValue() / 6.0) / 10.0;
	}

	record DailyCount(LocalDate day, String criterion, long count) {
	}

	record OutcomeCount(String criterion, String status, @Nullable String outcome, @Nullable String reasonCode,
			boolean referred, long count) {
	}

	/** How long coordinators took to acknowledge cases, in minutes. */
	record AcknowledgementTimes(long acknowledged, @Nullable Double medianMinutes, @Nullable Double p90Minutes,
			@Nullable Double meanMinutes) {
	}

}
