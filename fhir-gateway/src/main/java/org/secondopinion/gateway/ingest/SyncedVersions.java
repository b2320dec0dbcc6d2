package org.secondopinion.gateway.ingest;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.PatientKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The last version of each resource the gateway published (or dead-lettered, or published as deleted). */
@Repository
class SyncedVersions {

	private final JdbcClient jdbc;

	SyncedVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The last version recorded of each of {@code ids}, for those recorded before. */
	Map<String, Known> of(EhrId ehrId, String resourceType, Collection<String> ids) {
		Map<String, Known> versions = new HashMap<>();
		if (ids.isEmpty()) {
			return versions;
		}
		jdbc.sql("select resource_id, version_id, patient_id, deleted from synced_version "
				+ "where ehr_id = ? and resource_type = ? and resource_id = any(?)")
			.params(ehrId.value(), resourceType, ids.toArray(String[]::new))
			.query((rs, row) -> versions.put(rs.getString(1),
					new Known(rs.getString(2),
							rs.getString(3) == null ? null : new PatientKey(ehrId.value(), rs.getString(3)),
							rs.getBoolean(4))))
			.list();
		return versions;
	}

	Optional<Known> of(EhrId ehrId, String resourceType, String id) {
		return Optional.ofNullable(of(ehrId, resourceType, List.of(id)).get(id));
	}

	/** Records acknowledged versions; the last one of each id wins. */
	void record(EhrId ehrId, String resourceType, List<Recorded> versions) {
		Map<String, Recorded> latest = new LinkedHashMap<>();
		versions.forEach(version -> latest.put(version.id(), version));
		if (latest.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into synced_version (ehr_id, resource_type, resource_id, version_id, last_updated, patient_id, deleted)
				select ?, ?, v.id, v.version, v.updated, v.patient, v.deleted
				from unnest(cast(? as text[]), cast(? as text[]), cast(? as timestamptz[]), cast(? as text[]),
				            cast(? as boolean[])) as v(id, version, updated, patient, deleted)
				on conflict (ehr_id, resource_type, resource_id)
				do update set version_id = excluded.version_id, last_updated = excluded.last_updated,
				  patient_id = coalesce(excluded.patient_id, synced_version.patient_id), deleted = excluded.deleted""")
			.params(ehrId.value(), resourceType, latest.values().stream().map(Recorded::id).toArray(String[]::new),
					latest.values().stream().map(Recorded::versionId).toArray(String[]::new),
					latest.values().stream()
						.map(v -> v.lastUpdated() == null ? null : v.lastUpdated().toString())
						.toArray(String[]::new),
					latest.values()
						.stream()
						.map(v -> v.patient() == null ? null : v.patient().patientId())
						.toArray(String[]::new),
					latest.values().stream().map(Recorded::deleted).toArray(Boolean[]::new))
			.update();
	}

	/**
	 * A version recorded before: its id, the patient whose key it was published under and whether it was a deletion.
	 * The patient is a {@link PatientKey}, checked as the wire's key is, not a {@code PatientRef}: the gateway keys
	 * whatever patient reference an EHR's resource makes, FHIR id or not.
	 */
	record Known(String versionId, @Nullable PatientKey patient, boolean deleted) {
	}

	/** A version published (or dead-lettered, or published as deleted), under the key of {@code patient} if any. */
	record Recorded(String id, String versionId, @Nullable Instant lastUpdated, @Nullable PatientKey patient,
			boolean deleted) {
	}

}
