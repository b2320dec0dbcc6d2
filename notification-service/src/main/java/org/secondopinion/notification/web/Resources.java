package org.secondopinion.notification.web;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads what the pages show of a FHIR resource: its name, value, date and code. */
final class Resources {

	private static final String[] DATES = { "effectiveDateTime", "performedDateTime", "authoredOn", "onsetDateTime",
			"recordedDate", "occurrenceDateTime", "issued", "date" };

	private Resources() {
	}

	static String name(JsonNode resource) {
		JsonNode concept = resource.has("medicationCodeableConcept") ? resource.path("medicationCodeableConcept")
				: resource.path("code");
		String text = concept.path("text").asString("");
		if (text.isEmpty()) {
			text = concept.path("coding").path(0).path("display").asString("");
		}
		return text.isEmpty() ? resource.path("resourceType").asString() : text;
	}

	static @Nullable String value(JsonNode resource) {
		JsonNode quantity = resource.path("valueQuantity");
		if (quantity.has("value")) {
			return quantity.path("value").asString() + " " + quantity.path("unit").asString("");
		}
		String status = resource.path("status").asString(
				resource.path("clinicalStatus").path("coding").path(0).path("code").asString(""));
		return status.isEmpty() ? null : status;
	}

	static @Nullable String date(JsonNode resource) {
		for (String field : DATES) {
			String value = resource.path(field).asString("");
			if (!value.isEmpty()) {
				return value.substring(0, Math.min(10, value.length()));
			}
		}
		String start = resource.path("effectivePeriod").path("start").asString(resource.path("performedPeriod").path("start").asString(""));
		return start.isEmpty() ? null : start.substring(0, Math.min(10, start.length()));
	}

	/** {@code system|code} of the first coding, or the text. */
	static String code(JsonNode resource) {
		JsonNode coding = resource.path("code").path("coding").path(0);
		return coding.isMissingNode() ? resource.path("code").path("text").asString("")
				: coding.path("system").asString("") + "|" + coding.path("code").asString("");
	}

}
