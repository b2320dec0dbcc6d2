package org.secondopinion.gateway.sync;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class SyncStateRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	SyncStateRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Instant> watermark(String ehrId, String resourceType) {
		return jdbc.sql("select watermark from sync_state where ehr_id = ? and resource_type = ?")
			.params(ehrId, resourceType)
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.optional()
			.flatMap(w -> w);
	}

	/** The version last published of each of {@code ids}, for those published before. */
	Map<String, String> publishedVersions(String ehrId, String resourceType, Collection<String> ids) {
		Map<String, String> versions = new HashMap<>();
		if (ids.isEmpty()) {
			return versions;
		}
		jdbc.sql("select resource_id, version_id from synced_version where ehr_id = ? and resource_type = ? "
				+ "and resource_id = any(?)")
			.params(ehrId, resourceType, ids.toArray(String[]::new))
			.query((rs, row) -> versions.put(rs.getString(1), rs.getString(2)))
			.list();
		return versions;
	}

	/** Records an acknowledged page: the versions published and the watermark it reached, atomically. */
	@Transactional
	void recordPage(String ehrId, String resourceType, List<SyncedVersion> versions, @Nullable Instant reached,
			int published, int deadLettered) {
		ensureRow(ehrId, resourceType);
		Map<String, SyncedVersion> latest = new LinkedHashMap<>();
		versions.forEach(version -> latest.put(version.id(), version));
		if (!latest.isEmpty()) {
			jdbc.sql("""
					insert into synced_version (ehr_id, resource_type, resource_id, version_id, last_updated)
					select ?, ?, v.id, v.version, v.updated
					from unnest(cast(? as text[]), cast(? as text[]), cast(? as timestamptz[])) as v(id, version, updated)
					on conflict (ehr_id, resource_type, resource_id)
					do update set version_id = excluded.version_id, last_updated = excluded.last_updated""")
				.params(ehrId, resourceType, latest.values().stream().map(SyncedVersion::id).toArray(String[]::new),
						latest.values().stream().map(SyncedVersion::versionId).toArray(String[]::new),
						latest.values().stream()
							.map(v -> v.lastUpdated() == null ? null : v.lastUpdated().toString())
							.toArray(String[]::new))
				.update();
		}
		jdbc.sql("""
				update sync_state set
				  watermark = greatest(watermark, ?),
				  resources_seen = resources_seen + ?,
				  dead_lettered = dead_lettered + ?
				where ehr_id = ? and resource_type = ?""")
			.params(timestamp(reached), published, deadLettered, ehrId, resourceType)
			.update();
	}

	/** Records the end of a pass: a success clears the last error. */
	void recordRun(String ehrId, String resourceType, @Nullable String error) {
		ensureRow(ehrId, resourceType);
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				update sync_state set last_run_at = ?, last_error = ?,
				  last_success_at = case when ? then ? else last_success_at end
				where ehr_id = ? and resource_type = ?""")
			.params(now, error, error == null, now, ehrId, resourceType)
			.update();
	}

	List<SyncStatus> all() {
		Instant now = clock.instant();
		return jdbc.sql("""
				select ehr_id, resource_type, watermark, resources_seen, dead_lettered, last_run_at,
				       last_success_at, last_error
				from sync_state order by ehr_id, resource_type""")
			.query((rs, row) -> {
				Instant lastSuccess = instant(rs.getTimestamp("last_success_at"));
				return new SyncStatus(rs.getString("ehr_id"), rs.getString("resource_type"),
						instant(rs.getTimestamp("watermark")), rs.getLong("resources_seen"), rs.getLong("dead_lettered"),
						instant(rs.getTimestamp("last_run_at")), lastSuccess,
						lastSuccess == null ? null : Duration.between(lastSuccess, now).toSeconds(),
						rs.getString("last_error"));
			})
			.list();
	}

	private void ensureRow(String ehrId, String resourceType) {
		jdbc.sql("insert into sync_state (ehr_id, resource_type) values (?, ?) on conflict do nothing")
			.params(ehrId, resourceType)
			.update();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	record SyncedVersion(String id, String versionId, @Nullable Instant lastUpdated) {
	}

}
