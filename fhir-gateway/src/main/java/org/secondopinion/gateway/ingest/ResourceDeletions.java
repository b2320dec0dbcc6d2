package org.secondopinion.gateway.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.springframework.stereotype.Component;

/**
 * Publishes deletes as {@code resource.deleted}, keyed like the versions before them, once per delete; a resource
 * the gateway never published has nothing to retract.
 */
@Component
public class ResourceDeletions {

	private static final Logger log = LoggerFactory.getLogger(ResourceDeletions.class);

	private final ResourcePublisher publisher;

	private final SyncedVersions versions;

	private final Clock clock;

	ResourceDeletions(ResourcePublisher publisher, SyncedVersions versions, Clock clock) {
		this.publisher = publisher;
		this.versions = versions;
		this.clock = clock;
	}

	/**
	 * Publishes that {@code resourceType/id} was deleted in {@code versionId}; false when there is nothing to tell
	 * (never published, or this deletion was published before).
	 * @param patient the patient it belonged to, for when the gateway did not record it; null when unknown
	 */
	public boolean deleted(EhrId ehrId, String resourceType, String id, String versionId,
			@Nullable Instant deletedAt, @Nullable PatientKey patient) {
		Optional<SyncedVersions.Known> before = versions.of(ehrId, resourceType, id);
		if (before.isEmpty() || before.get().deleted()) {
			return false;
		}
		PatientKey key = before.get().patient() != null ? before.get().patient() : patient;
		OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
		CompletableFuture<?> ack;
		if (DirectoryTypes.contains(resourceType)) {
			ack = publisher.publish(Topics.EHR_DIRECTORY, DirectoryTypes.key(ehrId, resourceType, id),
					DirectoryTypes.deleted(ehrId, resourceType, id, versionId, now), ehrId);
		}
		else if (key != null) {
			ack = publisher.publish(Topics.EHR_RESOURCES, key.toString(),
					ResourceEvents.deleted(key, resourceType, id, versionId, now), ehrId);
		}
		else {
			// only resources dead-lettered for naming no patient get here: nothing of them was published
			log.warn("{}/{} of EHR {} was deleted; it belonged to no known patient, so no event", resourceType, id,
					ehrId);
			versions.record(ehrId, resourceType,
					List.of(new SyncedVersions.Recorded(id, versionId, deletedAt, null, true)));
			return false;
		}
		ResourceIngestor.awaitAcknowledgement(List.of(ack));
		versions.record(ehrId, resourceType,
				List.of(new SyncedVersions.Recorded(id, versionId, deletedAt, key, true)));
		return true;
	}

	/** Whether the gateway can key a delete of {@code resourceType/id} without asking the EHR. */
	public boolean knowsPatientOf(EhrId ehrId, String resourceType, String id) {
		return "Patient".equals(resourceType) || DirectoryTypes.contains(resourceType)
				|| versions.of(ehrId, resourceType, id).map(k -> k.patient() != null).orElse(true);
	}

}
