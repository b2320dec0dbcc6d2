package org.secondopinion.gateway.sync;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where each EHR's sync stands per resource type: watermarks, counts, the last run and its error. */
@Repository
public class SyncStateRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	SyncStateRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Instant> watermark(EhrId ehrId, String resourceType) {
		return instantColumn("watermark", ehrId, resourceType);
	}

	Optional<Instant> deletesWatermark(EhrId ehrId, String resourceType) {
		return instantColumn("deletes_watermark", ehrId, resourceType);
	}

	/** Records an acknowledged page: the watermark it reached and what it published. */
	void recordPage(EhrId ehrId, String resourceType, @Nullable Instant reached, int published, int deadLettered) {
		ensureRow(ehrId, resourceType);
		jdbc.sql("""
				update sync_state set
				  watermark = greatest(watermark, ?),
				  resources_seen = resources_seen + ?,
				  dead_lettered = dead_lettered + ?
				where ehr_id = ? and resource_type = ?""")
			.params(timestamp(reached), published, deadLettered, ehrId.value(), resourceType)
			.update();
	}

	void recordDeletesRead(EhrId ehrId, String resourceType, Instant reached, int deleted) {
		ensureRow(ehrId, resourceType);
		jdbc.sql("""
				update sync_state set deletes_watermark = greatest(deletes_watermark, ?),
				  resources_seen = resources_seen + ?
				where ehr_id = ? and resource_type = ?""")
			.params(Timestamp.from(reached), deleted, ehrId.value(), resourceType)
			.update();
	}

	/**
	 * Moves the watermark of a type to at least {@code instant}, e.g. to a Bulk Data export's
	 * {@code transactionTime} once every resource of the export was published; counts what was published.
	 */
	public void advanceWatermark(EhrId ehrId, String resourceType, Instant instant, long published,
			long deadLettered) {
		ensureRow(ehrId, resourceType);
		jdbc.sql("""
				update sync_state set watermark = greatest(watermark, ?),
				  deletes_watermark = greatest(deletes_watermark, ?),
				  resources_seen = resources_seen + ?, dead_lettered = dead_lettered + ?
				where ehr_id = ? and resource_type = ?""")
			.params(Timestamp.from(instant), Timestamp.from(instant), published, deadLettered, ehrId.value(), resourceType)
			.update();
	}

	/** Records the end of a pass: a success clears the last error. */
	void recordRun(EhrId ehrId, String resourceType, @Nullable String error) {
		ensureRow(ehrId, resourceType);
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				update sync_state set last_run_at = ?, last_error = ?,
				  last_success_at = case when ? then ? else last_success_at end
				where ehr_id = ? and resource_type = ?""")
			.params(now, error, error == null, now, ehrId.value(), resourceType)
			.update();
	}

	/** Every EHR's and type's sync state, ordered by EHR and type. */
	public List<SyncStatus> all() {
		Instant now = clock.instant();
		return jdbc.sql("""
				select ehr_id, resource_type, watermark, resources_seen, dead_lettered, last_run_at,
				       last_success_at, last_error
				from sync_state order by ehr_id, resource_type""")
			.query((rs, row) -> {
				Instant lastSuccess = instant(rs.getTimestamp("last_success_at"));
				return new SyncStatus(EhrId.of(rs.getString("ehr_id")), rs.getString("resource_type"),
						instant(rs.getTimestamp("watermark")), rs.getLong("resources_seen"), rs.getLong("dead_lettered"),
						instant(rs.getTimestamp("last_run_at")), lastSuccess,
						lastSuccess == null ? null : Duration.between(lastSuccess, now).toSeconds(),
						rs.getString("last_error"));
			})
			.list();
	}

	private Optional<Instant> instantColumn(String column, EhrId ehrId, String resourceType) {
		return jdbc.sql("select " + column + " from sync_state where ehr_id = ? and resource_type = ?")
			.params(ehrId.value(), resourceType)
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.optional()
			.flatMap(w -> w);
	}

	private void ensureRow(EhrId ehrId, String resourceType) {
		jdbc.sql("insert into sync_state (ehr_id, resource_type) values (?, ?) on conflict do nothing")
			.params(ehrId.value(), resourceType)
			.update();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
