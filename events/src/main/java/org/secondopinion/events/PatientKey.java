package org.secondopinion.events;

import java.util.Objects;

/**
 * Identifies a patient within one EHR; its string form {@code {ehrId}/Patient/{id}} is the Kafka key that keeps
 * each patient's events in order.
 */
public record PatientKey(String ehrId, String patientId) {

	private static final String SEPARATOR = "/Patient/";

	public PatientKey {
		requireSegment(ehrId, "ehrId");
		requireSegment(patientId, "patientId");
	}

	/** Parses {@code {ehrId}/Patient/{id}}. */
	public static PatientKey parse(String key) {
		Objects.requireNonNull(key, "key");
		int at = key.indexOf(SEPARATOR);
		if (at <= 0 || at + SEPARATOR.length() >= key.length()) {
			throw new IllegalArgumentException("Not a patient key (expected {ehrId}/Patient/{id}): '" + key + "'");
		}
		return new PatientKey(key.substring(0, at), key.substring(at + SEPARATOR.length()));
	}

	/** The FHIR reference of the patient inside its EHR, {@code Patient/{id}}. */
	public String reference() {
		return "Patient/" + patientId;
	}

	@Override
	public String toString() {
		return ehrId + SEPARATOR + patientId;
	}

	private static void requireSegment(String value, String name) {
		if (value == null || value.isBlank() || value.contains("/")) {
			throw new IllegalArgumentException(name + " must be a non-empty path segment without '/': '" + value + "'");
		}
	}

}
