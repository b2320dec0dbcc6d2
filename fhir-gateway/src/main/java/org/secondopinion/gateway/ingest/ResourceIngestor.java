package org.secondopinion.gateway.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Takes in a batch of resources of one type from one EHR: dead-letters what cannot be accepted (with the reason),
 * skips versions published before, publishes the rest, waits for Kafka to acknowledge all of it, then records the
 * versions. A batch either returns (all acknowledged and recorded) or throws (record nothing; the caller retries
 * from where it stands, and what was sent is published again under the same event ids).
 */
@Component
public class ResourceIngestor {

	private static final long ACK_TIMEOUT_SECONDS = 120;

	private final ResourcePublisher publisher;

	private final FhirResourceValidator validator;

	private final SyncedVersions versions;

	private final IngestSettings settings;

	private final EventCodec codec;

	private final Clock clock;

	ResourceIngestor(ResourcePublisher publisher, FhirResourceValidator validator, SyncedVersions versions,
			IngestSettings settings, EventCodec codec, Clock clock) {
		this.publisher = publisher;
		this.validator = validator;
		this.versions = versions;
		this.settings = settings;
		this.codec = codec;
		this.clock = clock;
	}

	/** Publishes {@code batch}, all of type {@code resourceType}; see the class comment. */
	public IngestResult ingest(EhrId ehrId, String resourceType, List<Incoming> batch) {
		List<Parsed> parsed = batch.stream().map(this::parse).toList();
		Map<String, SyncedVersions.Known> known = versions.of(ehrId, resourceType,
				parsed.stream().filter(p -> p.json() != null).map(Parsed::id).filter(id -> !id.isEmpty()).toList());
		List<CompletableFuture<?>> acks = new ArrayList<>();
		List<SyncedVersions.Recorded> recorded = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Instant reached = null;
		int published = 0;
		int deadLettered = 0;
		int skipped = 0;
		for (Parsed item : parsed) {
			JsonNode resource = item.json();
			if (item.incoming().truncated()) {
				acks.add(publisher.deadLetter(ehrId, ehrId + "/" + resourceType, item.raw(), DeadLetterReason.OVERSIZED,
						"A " + resourceType + " line longer than " + item.raw().length()
								+ " characters; only its start is kept"));
				deadLettered++;
				continue;
			}
			if (resource == null) {
				acks.add(publisher.deadLetter(ehrId, ehrId + "/" + resourceType, item.raw(),
						DeadLetterReason.UNPARSEABLE_JSON, "Not JSON: " + item.problem()));
				deadLettered++;
				continue;
			}
			String id = item.id();
			String version = ResourceEvents.versionOf(resource);
			Instant lastUpdated = lastUpdated(resource);
			reached = later(reached, lastUpdated);
			SyncedVersions.Known before = known.get(id);
			if (!seen.add(id + "/" + version) || (before != null && before.versionId().equals(version))) {
				skipped++;
				continue;
			}
			Optional<Refusal> refusal = refusalOf(ehrId, resourceType, item);
			Optional<PatientKey> patient = ResourceEvents.patientOf(ehrId.value(), resource);
			if (refusal.isPresent()) {
				String key = patient.map(PatientKey::toString).orElse(ehrId + "/" + resourceType + "/" + id);
				acks.add(publisher.deadLetter(ehrId, key, item.raw(), refusal.get().reason(), refusal.get().detail()));
				deadLettered++;
			}
			else if (DirectoryTypes.contains(resourceType)) {
				acks.add(publisher.publish(Topics.EHR_DIRECTORY, DirectoryTypes.key(ehrId, resourceType, id),
						DirectoryTypes.upserted(ehrId, resource, now()), ehrId));
				published++;
			}
			else {
				acks.add(publisher.publish(Topics.EHR_RESOURCES, patient.orElseThrow().toString(),
						ResourceEvents.upserted(ehrId.value(), resource, now()), ehrId));
				published++;
			}
			if (!id.isEmpty()) {
				recorded.add(new SyncedVersions.Recorded(id, version, lastUpdated, patient.orElse(null), false));
			}
		}
		awaitAcknowledgement(acks);
		versions.record(ehrId, resourceType, recorded);
		return new IngestResult(published, deadLettered, skipped, reached);
	}

	private Optional<Refusal> refusalOf(EhrId ehrId, String resourceType, Parsed item) {
		if (item.raw().length() > settings.maxResourceBytes() / 4 && item.sizeInBytes() > settings.maxResourceBytes()) {
			return Optional.of(new Refusal(DeadLetterReason.OVERSIZED, resourceType + "/" + item.id() + " is "
					+ item.sizeInBytes() + " bytes, more than the limit of " + settings.maxResourceBytes()));
		}
		JsonNode resource = item.json();
		Optional<String> problem = validator.problemWith(resource, item.raw(), resourceType);
		if (problem.isPresent()) {
			return Optional.of(new Refusal(DeadLetterReason.MALFORMED_FHIR, problem.get()));
		}
		if (!DirectoryTypes.contains(resourceType) && ResourceEvents.patientOf(ehrId.value(), resource).isEmpty()) {
			return Optional.of(new Refusal(DeadLetterReason.NO_PATIENT,
					resourceType + "/" + item.id() + " names no patient (subject, patient, beneficiary or for)"));
		}
		return Optional.empty();
	}

	private Parsed parse(Incoming incoming) {
		if (incoming.json() != null) {
			return new Parsed(incoming, incoming.json(), null);
		}
		if (incoming.truncated()) {
			return new Parsed(incoming, null, "truncated");
		}
		try {
			JsonNode json = codec.mapper().readTree(incoming.raw());
			if (json == null || !json.isObject()) {
				return new Parsed(incoming, null, "not a JSON object");
			}
			return new Parsed(incoming, json, null);
		}
		catch (JacksonException ex) {
			return new Parsed(incoming, null, ex.getOriginalMessage());
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
	}

	static void awaitAcknowledgement(List<CompletableFuture<?>> acks) {
		try {
			CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Kafka", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Kafka did not acknowledge the batch; nothing recorded: " + ex.getMessage(),
					ex);
		}
	}

	static @Nullable Instant lastUpdated(JsonNode resource) {
		String value = resource.path("meta").path("lastUpdated").asString("");
		if (value.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	private record Parsed(Incoming incoming, @Nullable JsonNode json, @Nullable String problem) {

		String raw() {
			return incoming.raw();
		}

		int sizeInBytes() {
			return incoming.sizeInBytes();
		}

		String id() {
			return json == null ? "" : json.path("id").asString("");
		}

	}

	private record Refusal(DeadLetterReason reason, String detail) {
	}

}
