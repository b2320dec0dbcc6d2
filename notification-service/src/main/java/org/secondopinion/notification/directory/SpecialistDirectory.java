package org.secondopinion.notification.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Suggests specialists for a second opinion: active roles in the specialty the case's evidence points to, at an
 * organisation other than the treating one.
 */
@Service
public class SpecialistDirectory {

	private final JdbcClient jdbc;

	private final EventCodec codec;

	private final SpecialtySettings settings;

	SpecialistDirectory(JdbcClient jdbc, EventCodec codec, SpecialtySettings settings) {
		this.jdbc = jdbc;
		this.codec = codec;
		this.settings = settings;
	}

	/**
	 * The specialties that clinical words point to, in the order of the settings.
	 * @param phrases e.g. the reasons and evidence displays of a case's criteria
	 */
	public List<String> specialtiesFor(List<String> phrases) {
		StringBuilder text = new StringBuilder();
		phrases.forEach(phrase -> text.append(' ').append(phrase));
		String words = text.toString().toLowerCase(Locale.ROOT);
		Set<String> specialties = new LinkedHashSet<>();
		settings.specialties().forEach((specialty, cues) -> {
			if (cues.stream().anyMatch(cue -> words.contains(cue.toLowerCase(Locale.ROOT)))) {
				specialties.add(specialty);
			}
		});
		return List.copyOf(specialties);
	}

	/**
	 * @param treatingOrganization the case's facility: its own specialists are left out
	 */
	public List<Specialist> suggest(EhrId ehrId, List<String> specialties, @Nullable String treatingOrganization) {
		if (specialties.isEmpty()) {
			return List.of();
		}
		Map<String, JsonNode> organizations = new java.util.HashMap<>();
		Map<String, JsonNode> practitioners = new java.util.HashMap<>();
		Map<String, JsonNode> locations = new java.util.HashMap<>();
		List<JsonNode> roles = new ArrayList<>();
		jdbc.sql("select resource_type, resource_id, body::text from directory_resource where ehr_id = ? order by resource_id")
			.param(ehrId.value())
			.query(rs -> {
				JsonNode body = codec.mapper().readTree(rs.getString(3));
				switch (rs.getString(1)) {
					case "Organization" -> organizations.put("Organization/" + rs.getString(2), body);
					case "Practitioner" -> practitioners.put("Practitioner/" + rs.getString(2), body);
					case "Location" -> locations.put("Location/" + rs.getString(2), body);
					case "PractitionerRole" -> roles.add(body);
					default -> {
					}
				}
			});
		List<Specialist> suggestions = new ArrayList<>();
		for (String specialty : specialties) {
			for (JsonNode role : roles) {
				if (suggestions.size() >= settings.maxSuggestions()) {
					return suggestions;
				}
				if (!role.path("active").asBoolean(true) || !hasSpecialty(role, specialty)) {
					continue;
				}
				String organization = display(role.path("organization"), organizations, "name");
				if (organization != null && treatingOrganization != null
						&& organization.equalsIgnoreCase(treatingOrganization)) {
					continue;
				}
				String reference = "PractitionerRole/" + role.path("id").asString();
				if (suggestions.stream().noneMatch(s -> s.reference().equals(reference))) {
					JsonNode organizationResource = organizations.get(role.path("organization").path("reference").asString(""));
					String contact = contact(role);
					suggestions.add(new Specialist(reference, nameOf(role, practitioners), specialtyText(role, specialty),
							organization, contact != null || organizationResource == null ? contact : contact(organizationResource),
							address(role, locations, organizationResource)));
				}
			}
		}
		return suggestions;
	}

	private static boolean hasSpecialty(JsonNode role, String specialty) {
		String wanted = specialty.toLowerCase(Locale.ROOT);
		for (JsonNode concept : role.path("specialty")) {
			if (concept.path("text").asString("").toLowerCase(Locale.ROOT).contains(wanted)) {
				return true;
			}
			for (JsonNode coding : concept.path("coding")) {
				if (coding.path("display").asString("").toLowerCase(Locale.ROOT).contains(wanted)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String specialtyText(JsonNode role, String fallback) {
		JsonNode concept = role.path("specialty").path(0);
		String text = concept.path("text").asString(concept.path("coding").path(0).path("display").asString(""));
		return text.isEmpty() ? fallback : text;
	}

	private static String nameOf(JsonNode role, Map<String, JsonNode> practitioners) {
		String display = display(role.path("practitioner"), Map.of(), "name");
		if (display != null) {
			return display;
		}
		JsonNode practitioner = practitioners.get(role.path("practitioner").path("reference").asString(""));
		if (practitioner != null) {
			JsonNode name = practitioner.path("name").path(0);
			String text = name.path("text").asString("");
			if (text.isEmpty()) {
				List<String> parts = new ArrayList<>();
				name.path("prefix").forEach(p -> parts.add(p.asString()));
				name.path("given").forEach(g -> parts.add(g.asString()));
				parts.add(name.path("family").asString(""));
				text = String.join(" ", parts).strip();
			}
			if (!text.isEmpty()) {
				return text;
			}
		}
		return role.path("practitioner").path("reference").asString("Unnamed practitioner");
	}

	private static @Nullable String display(JsonNode reference, Map<String, JsonNode> targets, String nameField) {
		String display = reference.path("display").asString("");
		if (!display.isEmpty()) {
			return display;
		}
		JsonNode target = targets.get(reference.path("reference").asString(""));
		String name = target == null ? "" : target.path(nameField).asString("");
		return name.isEmpty() ? null : name;
	}

	private static @Nullable String address(JsonNode role, Map<String, JsonNode> locations, @Nullable JsonNode organization) {
		for (JsonNode location : role.path("location")) {
			JsonNode found = locations.get(location.path("reference").asString(""));
			String text = found == null ? null : addressText(found.path("address"));
			if (text != null) {
				return text;
			}
		}
		return organization == null ? null : addressText(organization.path("address").path(0));
	}

	private static @Nullable String addressText(JsonNode address) {
		String text = address.path("text").asString("").strip();
		if (!text.isEmpty()) {
			return text;
		}
		List<String> parts = new ArrayList<>();
		address.path("line").forEach(line -> parts.add(line.asString("")));
		parts.add((address.path("city").asString("") + " " + address.path("state").asString("") + " "
				+ address.path("postalCode").asString("")).strip().replaceAll(" +", " "));
		String joined = String.join(", ", parts.stream().filter(p -> !p.isBlank()).toList());
		return joined.isEmpty() ? null : joined;
	}

	/** The first phone of the resource's telecom, else its first telecom of any kind. */
	private static @Nullable String contact(JsonNode resource) {
		for (JsonNode telecom : resource.path("telecom")) {
			if (telecom.path("system").asString("").equals("phone") && !telecom.path("value").asString("").isEmpty()) {
				return telecom.path("value").asString();
			}
		}
		for (JsonNode telecom : resource.path("telecom")) {
			String value = telecom.path("value").asString("");
			if (!value.isEmpty()) {
				return value;
			}
		}
		return null;
	}

}
