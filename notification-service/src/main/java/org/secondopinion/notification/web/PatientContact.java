package org.secondopinion.notification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How to reach the patient, from the Patient resource of their record: phones, e-mail addresses, home address and
 * the language they prefer (the {@code communication} marked preferred, else the first).
 */
record PatientContact(List<String> phones, List<String> emails, @Nullable String address, @Nullable String language) {

	static final PatientContact NONE = new PatientContact(List.of(), List.of(), null, null);

	public boolean isEmpty() {
		return phones.isEmpty() && emails.isEmpty() && address == null && language == null;
	}

	static PatientContact of(@Nullable JsonNode patient) {
		if (patient == null) {
			return NONE;
		}
		List<String> phones = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		for (JsonNode telecom : patient.path("telecom")) {
			String value = telecom.path("value").asString("").strip();
			String use = telecom.path("use").asString("");
			if (value.isEmpty() || use.equals("old") || telecom.path("period").has("end")) {
				continue;
			}
			switch (telecom.path("system").asString("")) {
				case "phone", "sms" -> phones.add(use.isEmpty() ? value : value + " (" + use + ")");
				case "email" -> emails.add(value);
				default -> {
				}
			}
		}
		return new PatientContact(List.copyOf(phones), List.copyOf(emails), address(patient), language(patient));
	}

	private static @Nullable String address(JsonNode patient) {
		JsonNode chosen = null;
		for (JsonNode address : patient.path("address")) {
			String use = address.path("use").asString("");
			if (use.equals("old") || address.path("period").has("end")) {
				continue;
			}
			if (chosen == null || use.equals("home")) {
				chosen = address;
			}
			if (use.equals("home")) {
				break;
			}
		}
		if (chosen == null) {
			return null;
		}
		String text = chosen.path("text").asString("").strip();
		if (!text.isEmpty()) {
			return text;
		}
		List<String> parts = new ArrayList<>();
		chosen.path("line").forEach(line -> parts.add(line.asString("")));
		String cityLine = String.join(" ", List.of(chosen.path("city").asString(""), chosen.path("state").asString(""),
				chosen.path("postalCode").asString(""))).strip().replaceAll(" +", " ");
		parts.add(cityLine);
		parts.add(chosen.path("country").asString(""));
		String joined = String.join(", ", parts.stream().filter(p -> !p.isBlank()).toList());
		return joined.isEmpty() ? null : joined;
	}

	private static @Nullable String language(JsonNode patient) {
		JsonNode chosen = null;
		for (JsonNode communication : patient.path("communication")) {
			if (chosen == null || communication.path("preferred").asBoolean(false)) {
				chosen = communication;
			}
			if (communication.path("preferred").asBoolean(false)) {
				break;
			}
		}
		if (chosen == null) {
			return null;
		}
		JsonNode language = chosen.path("language");
		String text = language.path("text").asString(language.path("coding").path(0).path("display").asString("")).strip();
		if (!text.isEmpty()) {
			return text;
		}
		String code = language.path("coding").path(0).path("code").asString("").strip();
		if (code.isEmpty()) {
			return null;
		}
		String name = Locale.forLanguageTag(code).getDisplayName(Locale.ENGLISH);
		return name.isEmpty() || name.equalsIgnoreCase(code) ? code : name;
	}

}
