package org.secondopinion.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds {@code resource.*} events: the FHIR resource JSON as the EHR served it, keyed by patient. */
public final class ResourceEvents {

	private static final String[] PATIENT_ELEMENTS = { "subject", "patient", "beneficiary", "for" };

	private ResourceEvents() {
	}

	/**
	 * A {@code resource.upserted} event for {@code resource}, whose id is
	 * {@code {ehrId}/{type}/{id}/_history/{versionId}}. Resources without a version id get a content hash instead,
	 * so a redelivery still has the same id.
	 * @throws IllegalArgumentException when the resource has no type or id, or no patient it belongs to
	 */
	public static CloudEvent upserted(String ehrId, JsonNode resource, OffsetDateTime time) {
		String type = requireText(resource, "resourceType");
		String id = requireText(resource, "id");
		PatientKey patient = patientOf(ehrId, resource)
			.orElseThrow(() -> new IllegalArgumentException(type + "/" + id + " names no patient (subject or patient)"));
		return CloudEvent.of(ehrId + "/" + type + "/" + id + "/_history/" + versionOf(resource), source(ehrId),
				EventType.RESOURCE_UPSERTED, patient.reference(), time, resource);
	}

	/** A {@code resource.deleted} event; {@code data} holds the type, id and version deleted. */
	public static CloudEvent deleted(PatientKey patient, String type, String id, String versionId,
			OffsetDateTime time) {
		ObjectNode data = JsonNodeFactory.instance.objectNode();
		data.put("resourceType", type);
		data.put("id", id);
		data.put("versionId", versionId);
		return CloudEvent.of(patient.ehrId() + "/" + type + "/" + id + "/_history/" + versionId + "/deleted",
				source(patient.ehrId()), EventType.RESOURCE_DELETED, patient.reference(), time, data);
	}

	/** The patient a resource belongs to: the Patient itself, or its subject/patient/beneficiary reference. */
	public static Optional<PatientKey> patientOf(String ehrId, JsonNode resource) {
		if ("Patient".equals(resource.path("resourceType").asString(""))) {
			String id = resource.path("id").asString("");
			return id.isEmpty() ? Optional.empty() : Optional.of(new PatientKey(ehrId, id));
		}
		for (String element : PATIENT_ELEMENTS) {
			String patientId = patientIdOf(resource.path(element).path("reference").asString(""));
			if (patientId != null) {
				return Optional.of(new PatientKey(ehrId, patientId));
			}
		}
		return Optional.empty();
	}

	/** The version id, or a stable content hash when the EHR does not version resources. */
	public static String versionOf(JsonNode resource) {
		String version = resource.path("meta").path("versionId").asString("");
		return version.isEmpty() ? "sha256-" + sha256(resource.toString()).substring(0, 16) : version;
	}

	private static @Nullable String patientIdOf(String reference) {
		int at = reference.lastIndexOf("Patient/");
		if (at < 0 || (at > 0 && reference.charAt(at - 1) != '/')) {
			return null;
		}
		String rest = reference.substring(at + "Patient/".length());
		int slash = rest.indexOf('/');
		String id = slash < 0 ? rest : rest.substring(0, slash);
		return id.isEmpty() ? null : id;
	}

	private static String source(String ehrId) {
		return "/fhir-gateway/" + ehrId;
	}

	private static String requireText(JsonNode resource, String field) {
		String value = resource.path(field).asString("");
		if (value.isEmpty()) {
			throw new IllegalArgumentException("Resource has no '" + field + "'");
		}
		return value;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
