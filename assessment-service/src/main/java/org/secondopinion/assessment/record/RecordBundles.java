package org.secondopinion.assessment.record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.secondopinion.assessment.picture.PictureStore;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientRef;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assembles a patient's record from the latest resource versions the picture store keeps: the Patient, active
 * Conditions, Observations of the last two years, MedicationRequests, Procedures, ServiceRequests, Coverage, and the
 * evidence resources asked for whatever their type or age.
 */
@Component
class RecordBundles {

	static final List<String> TYPES = List.of("Patient", "Condition", "Observation", "MedicationRequest", "Procedure",
			"ServiceRequest", "Coverage");

	private static final Set<String> INACTIVE_CONDITIONS = Set.of("inactive", "remission", "resolved");

	private static final Duration RECENT = Duration.ofDays(730);

	private final PictureStore pictures;

	private final EventCodec codec;

	private final Clock clock;

	RecordBundles(PictureStore pictures, EventCodec codec, Clock clock) {
		this.pictures = pictures;
		this.codec = codec;
		this.clock = clock;
	}

	/**
	 * @param evidence {@code Type/id} or {@code Type/id/_history/v} references that must be included
	 * @return a FHIR R4 Bundle of type collection; empty of entries when nothing of the patient is kept
	 */
	ObjectNode bundle(PatientRef patient, Collection<String> evidence) {
		Map<String, JsonNode> included = new LinkedHashMap<>();
		Instant recentSince = clock.instant().minus(RECENT);
		for (Stored stored : stored(patient)) {
			if (isEvidence(stored, evidence) || belongs(stored.body(), recentSince)) {
				included.put(stored.type() + "/" + stored.id(), stored.body());
			}
		}
		ObjectNode bundle = codec.mapper().createObjectNode();
		bundle.put("resourceType", "Bundle");
		bundle.put("type", "collection");
		bundle.put("timestamp", clock.instant().toString());
		ArrayNode entries = bundle.putArray("entry");
		List<String> order = new ArrayList<>(included.keySet());
		order.sort((a, b) -> Integer.compare(TYPES.indexOf(a.substring(0, a.indexOf('/'))),
				TYPES.indexOf(b.substring(0, b.indexOf('/')))));
		for (String key : order) {
			entries.addObject().put("fullUrl", fullUrl(patient.ehr(), key)).set("resource", included.get(key));
		}
		return bundle;
	}

	/** A stable absolute URL for the resource: the record names the EHR, not our server. */
	static String fullUrl(EhrId ehr, String typeAndId) {
		return "urn:uuid:" + java.util.UUID.nameUUIDFromBytes((ehr.value() + "/" + typeAndId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private List<Stored> stored(PatientRef patient) {
		return pictures.latestResources(patient, TYPES)
			.stream()
			.map(kept -> new Stored(kept.resourceType(), kept.resourceId(), kept.versionId(),
					codec.mapper().readTree(kept.json())))
			.toList();
	}

	private static boolean isEvidence(Stored stored, Collection<String> evidence) {
		String reference = stored.type() + "/" + stored.id();
		return evidence.stream().anyMatch(e -> e.equals(reference) || e.startsWith(reference + "/_history/"));
	}

	private static boolean belongs(JsonNode resource, Instant recentSince) {
		return switch (resource.path("resourceType").asString()) {
			case "Condition" -> !INACTIVE_CONDITIONS.contains(resource.path("clinicalStatus").path("coding").path(0).path("code").asString(""));
			case "Observation" -> {
				Instant when = instant(resource.path("effectiveDateTime").asString(
						resource.path("effectivePeriod").path("start").asString(resource.path("issued").asString(""))));
				yield when == null || !when.isBefore(recentSince);
			}
			default -> true;
		};
	}

	private static Instant instant(String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return value.length() == 10 ? java.time.LocalDate.parse(value).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)
					: OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private record Stored(String type, String id, String versionId, JsonNode body) {
	}

}
