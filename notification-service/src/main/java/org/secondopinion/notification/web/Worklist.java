package org.secondopinion.notification.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** The worklist page's read model over the cases: filtered, sorted and limited to the user's facilities. */
@Component
class Worklist {

	static final int PAGE_SIZE = 100;

	private static final TypeReference<List<FlagPayload.CriterionMet>> CRITERIA = new TypeReference<>() {
	};

	private static final String SELECT = """
			select id, status, priority, patient::text, facility, criteria::text, created_at, updated_at
			from care_case
			""";

	private final JdbcClient jdbc;

	private final EventCodec codec;

	private final Clock clock;

	Worklist(JdbcClient jdbc, EventCodec codec, Clock clock) {
		this.jdbc = jdbc;
		this.codec = codec;
		this.clock = clock;
	}

	/** @param facilities only these facilities; {@code null} for all (admins) */
	List<WorklistRow> rows(WorklistFilter filter, @Nullable List<String> facilities) {
		String[] scope = facilities == null ? null : facilities.toArray(String[]::new);
		String criterion = filter.criterion() == null ? null
				: codec.mapper().writeValueAsString(List.of(java.util.Map.of("code", filter.criterion())));
		Timestamp openedBefore = filter.minAgeDays() == null ? null
				: Timestamp.from(clock.instant().minus(Duration.ofDays(filter.minAgeDays())));
		return jdbc.sql(SELECT + """
				where (cast(? as text[]) is null or facility = any(?))
				  and (cast(? as text) is null or priority = ?)
				  and (cast(? as text) is null or status = ?)
				  and (cast(? as text) is null or facility = ?)
				  and (cast(? as jsonb) is null or criteria @> cast(? as jsonb))
				  and (cast(? as timestamptz) is null or created_at <= ?)
				order by\s""" + filter.orderBy() + " limit " + PAGE_SIZE)
			.params(scope, scope, filter.priority(), filter.priority(), filter.status(), filter.status(),
					filter.facility(), filter.facility(), criterion, criterion, openedBefore, openedBefore)
			.query(this::mapRow)
			.list();
	}

	Optional<WorklistRow> row(UUID id) {
		return jdbc.sql(SELECT + "where id = ?").param(id).query(this::mapRow).optional();
	}

	/** The facilities that have cases, for the filter; limited to the user's own unless {@code null}. */
	List<String> facilities(@Nullable List<String> facilities) {
		String[] scope = facilities == null ? null : facilities.toArray(String[]::new);
		return jdbc.sql("""
				select distinct facility from care_case
				where facility is not null and (cast(? as text[]) is null or facility = any(?)) order by facility""")
			.params(scope, scope)
			.query(String.class)
			.list();
	}

	private WorklistRow mapRow(ResultSet rs, int row) throws SQLException {
		return new WorklistRow(rs.getString(1), rs.getString(2), Priority.of(rs.getString(3)),
				codec.mapper().readValue(rs.getString(4), FlagPayload.PatientSummary.class), rs.getString(5),
				codec.mapper().readValue(rs.getString(6), CRITERIA), rs.getTimestamp(7).toInstant(),
				rs.getTimestamp(8).toInstant());
	}

}
