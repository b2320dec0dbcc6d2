package org.secondopinion.notification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.notification.directory.ProviderDirectory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Who ordered, treats or diagnosed: the requester and performer of the evidence's ServiceRequests and
 * MedicationRequests, the performer of its Procedures, the asserter and recorder of its Conditions, each resolved
 * through the EHR's provider directory to a name, specialty and phone.
 */
@Component
class Clinicians {

	private final ProviderDirectory directory;

	Clinicians(ProviderDirectory directory) {
		this.directory = directory;
	}

	/**
	 * A clinician behind a piece of evidence.
	 * @param role what they did, e.g. "Ordered", "Performs", "Diagnosed"
	 * @param about the evidence it concerns, e.g. "Spinal fusion"
	 * @param reference the FHIR reference the evidence names, e.g. {@code Practitioner/pr-7}
	 */
	record Clinician(String role, String about, String name, @Nullable String specialty, @Nullable String phone,
			String reference) {
	}

	List<Clinician> of(EhrId ehrId, List<JsonNode> evidence) {
		List<Clinician> clinicians = new ArrayList<>();
		for (JsonNode resource : evidence) {
			String about = Resources.name(resource);
			switch (resource.path("resourceType").asString()) {
				case "ServiceRequest" -> {
					add(clinicians, ehrId, "Ordered", about, resource.path("requester"));
					resource.path("performer").forEach(p -> add(clinicians, ehrId, "To perform", about, p));
				}
				case "MedicationRequest" -> {
					add(clinicians, ehrId, "Prescribed", about, resource.path("requester"));
					add(clinicians, ehrId, "Treating", about, resource.path("performer"));
				}
				case "Procedure" -> resource.path("performer")
					.forEach(p -> add(clinicians, ehrId, "Performs", about, p.path("actor")));
				case "Condition" -> {
					add(clinicians, ehrId, "Diagnosed", about, resource.path("asserter"));
					add(clinicians, ehrId, "Recorded", about, resource.path("recorder"));
				}
				default -> {
				}
			}
		}
		return clinicians;
	}

	private void add(List<Clinician> clinicians, EhrId ehrId, String role, String about, JsonNode reference) {
		String ref = reference.path("reference").asString("");
		String display = reference.path("display").asString("");
		if (ref.isEmpty() && display.isEmpty()) {
			return;
		}
		String local = local(ref);
		if (clinicians.stream().anyMatch(c -> c.role().equals(role) && c.about().equals(about)
				&& (c.reference().equals(local) && !local.isEmpty() || c.name().equals(display)))) {
			return;
		}
		clinicians.add(resolve(ehrId, role, about, local, display));
	}

	private Clinician resolve(EhrId ehrId, String role, String about, String reference, String display) {
		Found found = find(ehrId, reference);
		String name = found.practitioner().map(Clinicians::humanName)
			.or(() -> found.organization().map(o -> o.path("name").asString("")))
			.filter(n -> !n.isBlank())
			.orElse(!display.isEmpty() ? display
					: found.role().map(r -> r.path("practitioner").path("display").asString("")).filter(n -> !n.isBlank())
						.orElse(reference));
		String specialty = found.role().map(Clinicians::specialty).orElse(null);
		String phone = found.role().map(Clinicians::phone)
			.or(() -> found.practitioner().map(Clinicians::phone))
			.or(() -> found.organization().map(Clinicians::phone))
			.orElse(null);
		return new Clinician(role, about, name, specialty, phone, reference);
	}

	/** The directory's entries behind a Practitioner, PractitionerRole or Organization reference. */
	private Found find(EhrId ehrId, String reference) {
		String[] parts = reference.split("/");
		if (parts.length != 2) {
			return new Found(Optional.empty(), Optional.empty(), Optional.empty());
		}
		return switch (parts[0]) {
			case "Practitioner" -> new Found(directory.read(ehrId, "Practitioner", parts[1]),
					directory.rolesOfPractitioner(ehrId, parts[1]).stream().findFirst(), Optional.empty());
			case "PractitionerRole" -> {
				Optional<JsonNode> role = directory.read(ehrId, "PractitionerRole", parts[1]);
				String of = local(role.map(r -> r.path("practitioner").path("reference").asString("")).orElse(""));
				yield new Found(of.startsWith("Practitioner/")
						? directory.read(ehrId, "Practitioner", of.substring("Practitioner/".length())) : Optional.empty(),
						role, Optional.empty());
			}
			case "Organization" -> new Found(Optional.empty(), Optional.empty(), directory.read(ehrId, "Organization", parts[1]));
			default -> new Found(Optional.empty(), Optional.empty(), Optional.empty());
		};
	}

	private record Found(Optional<JsonNode> practitioner, Optional<JsonNode> role, Optional<JsonNode> organization) {
	}

	/** {@code Practitioner/pr-1} of a relative or absolute reference. */
	static String local(String reference) {
		String[] parts = reference.split("/");
		if (parts.length >= 2) {
			int history = reference.indexOf("/_history/");
			String[] base = (history < 0 ? reference : reference.substring(0, history)).split("/");
			return base[base.length - 2] + "/" + base[base.length - 1];
		}
		return reference;
	}

	static String humanName(JsonNode resource) {
		JsonNode name = resource.path("name").path(0);
		String text = name.path("text").asString("");
		if (!text.isBlank()) {
			return text;
		}
		List<String> parts = new ArrayList<>();
		name.path("prefix").forEach(p -> parts.add(p.asString("")));
		name.path("given").forEach(g -> parts.add(g.asString("")));
		parts.add(name.path("family").asString(""));
		return String.join(" ", parts.stream().filter(p -> !p.isBlank()).toList());
	}

	private static @Nullable String specialty(JsonNode role) {
		JsonNode concept = role.path("specialty").path(0);
		String text = concept.path("text").asString(concept.path("coding").path(0).path("display").asString(""));
		return text.isBlank() ? null : text;
	}

	static @Nullable String phone(JsonNode resource) {
		for (JsonNode telecom : resource.path("telecom")) {
			if (telecom.path("system").asString("phone").equals("phone") && !telecom.path("value").asString("").isBlank()) {
				return telecom.path("value").asString();
			}
		}
		return null;
	}

}
