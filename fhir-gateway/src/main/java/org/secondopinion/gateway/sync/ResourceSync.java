package org.secondopinion.gateway.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.gateway.GatewaySettings;
import org.secondopinion.gateway.ehr.BundlePage;
import org.secondopinion.gateway.ehr.EhrClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** One incremental pass over one EHR resource type, page by page, from the watermark to the end. */
@Component
class ResourceSync {

	private static final Logger log = LoggerFactory.getLogger(ResourceSync.class);

	private static final long ACK_TIMEOUT_SECONDS = 120;

	private final SyncStateRepository state;

	private final ResourcePublisher publisher;

	private final FhirResourceValidator validator;

	private final GatewaySettings settings;

	private final Clock clock;

	ResourceSync(SyncStateRepository state, ResourcePublisher publisher, FhirResourceValidator validator,
			GatewaySettings settings, Clock clock) {
		this.state = state;
		this.publisher = publisher;
		this.validator = validator;
		this.settings = settings;
		this.clock = clock;
	}

	/** Runs the pass; returns how many resources were published. Failures are recorded, not thrown. */
	int sync(GatewaySettings.Ehr ehr, EhrClient client, String resourceType) {
		int total = 0;
		try {
			Map<String, String> params = new LinkedHashMap<>();
			state.watermark(ehr.id(), resourceType)
				.ifPresent(watermark -> params.put("_lastUpdated", "ge" + watermark));
			params.put("_sort", "_lastUpdated");
			params.put("_count", String.valueOf(settings.pageSizeOf(ehr)));
			BundlePage page = client.search(resourceType, params);
			while (true) {
				total += process(ehr.id(), resourceType, page);
				if (page.next().isEmpty()) {
					break;
				}
				page = client.page(page.next().get());
			}
			state.recordRun(ehr.id(), resourceType, null);
			return total;
		}
		catch (RuntimeException ex) {
			log.warn("Sync of {} from EHR {} stopped after {} resources: {}", resourceType, ehr.id(), total,
					ex.getMessage());
			state.recordRun(ehr.id(), resourceType, ex.getMessage());
			return total;
		}
	}

	private int process(String ehrId, String resourceType, BundlePage page) {
		List<String> ids = page.resources().stream().map(r -> r.path("id").asString("")).toList();
		Map<String, String> known = state.publishedVersions(ehrId, resourceType, ids);
		List<CompletableFuture<?>> acks = new ArrayList<>();
		List<SyncStateRepository.SyncedVersion> versions = new ArrayList<>();
		Instant reached = null;
		int published = 0;
		int deadLettered = 0;
		for (JsonNode resource : page.resources()) {
			String id = resource.path("id").asString("");
			String version = ResourceEvents.versionOf(resource);
			Instant lastUpdated = lastUpdated(resource);
			reached = later(reached, lastUpdated);
			if (version.equals(known.get(id))) {
				continue;
			}
			Optional<String> problem = validator.problemWith(resource, resourceType);
			Optional<PatientKey> patient = ResourceEvents.patientOf(ehrId, resource);
			if (problem.isEmpty() && patient.isEmpty()) {
				problem = Optional.of(resourceType + "/" + id + " names no patient (subject or patient reference)");
			}
			if (problem.isPresent()) {
				String key = patient.map(PatientKey::toString).orElse(ehrId + "/" + resourceType + "/" + id);
				acks.add(publisher.deadLetter(ehrId, key, resource.toString(), problem.get()));
				deadLettered++;
			}
			else {
				CloudEvent event = ResourceEvents.upserted(ehrId, resource, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
				acks.add(publisher.publish(patient.get(), event));
				published++;
			}
			if (!id.isEmpty()) {
				versions.add(new SyncStateRepository.SyncedVersion(id, version, lastUpdated));
			}
		}
		awaitAcknowledgement(acks);
		state.recordPage(ehrId, resourceType, versions, reached, published, deadLettered);
		if (deadLettered > 0) {
			log.warn("{} {} resource(s) from EHR {} sent to the dead-letter topic", deadLettered, resourceType, ehrId);
		}
		return published;
	}

	private static void awaitAcknowledgement(List<CompletableFuture<?>> acks) {
		try {
			CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Kafka", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Kafka did not acknowledge the page; the watermark stays: " + ex.getMessage(), ex);
		}
	}

	private static @Nullable Instant lastUpdated(JsonNode resource) {
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

}
