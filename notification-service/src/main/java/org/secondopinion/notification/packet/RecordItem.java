package org.secondopinion.notification.packet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** One resource of the record as the printable packet lists it: what it is, its value or status, and when. */
public record RecordItem(String reference, String name, @Nullable String detail, @Nullable String date) {

	static List<RecordItem> of(JsonNode bundle, String resourceType) {
		List<RecordItem> items = new ArrayList<>();
		for (JsonNode entry : bundle.path("entry")) {
			JsonNode resource = entry.path("resource");
			if (resource.path("resourceType").asString().equals(resourceType)) {
				items.add(new RecordItem(resourceType + "/" + resource.path("id").asString(), name(resource),
						detail(resource), date(resource)));
			}
		}
		items.sort(Comparator.comparing((RecordItem item) -> item.date() == null ? "" : item.date()).reversed());
		return items;
	}

	private static String name(JsonNode resource) {
		JsonNode concept = resource.has("medicationCodeableConcept") ? resource.path("medicationCodeableConcept")
				: resource.has("payor") ? resource.path("type") : resource.path("code");
		String text = concept.path("text").asString("");
		if (text.isEmpty()) {
			text = concept.path("coding").path(0).path("display").asString("");
		}
		if (text.isEmpty() && resource.path("resourceType").asString().equals("Coverage")) {
			text = resource.path("payor").path(0).path("display").asString("Coverage");
		}
		return text.isEmpty() ? resource.path("resourceType").asString() : text;
	}

	private static @Nullable String detail(JsonNode resource) {
		JsonNode quantity = resource.path("valueQuantity");
		if (quantity.has("value")) {
			return quantity.path("value").asString() + " " + quantity.path("unit").asString(quantity.path("code").asString(""));
		}
		if (resource.has("valueCodeableConcept")) {
			return resource.path("valueCodeableConcept").path("text").asString(
					resource.path("valueCodeableConcept").path("coding").path(0).path("display").asString(""));
		}
		if (resource.has("valueString")) {
			return resource.path("valueString").asString();
		}
		String interpretation = resource.path("interpretation").path(0).path("coding").path(0).path("code").asString("");
		if (!interpretation.isEmpty()) {
			return "interpretation " + interpretation;
		}
		String status = resource.path("status").asString(
				resource.path("clinicalStatus").path("coding").path(0).path("code").asString(""));
		return status.isEmpty() ? null : status;
	}

	private static @Nullable String date(JsonNode resource) {
		for (String field : new String[] { "effectiveDateTime", "performedDateTime", "authoredOn", "onsetDateTime",
				"recordedDate", "occurrenceDateTime", "issued" }) {
			String value = resource.path(field).asString("");
			if (!value.isEmpty()) {
				return value.length() > 10 ? value.substring(0, 10) : value;
			}
		}
		String start = resource.path("period").path("start").asString(resource.path("effectivePeriod").path("start").asString(""));
		return start.isEmpty() ? null : start.substring(0, Math.min(10, start.length()));
	}

}
