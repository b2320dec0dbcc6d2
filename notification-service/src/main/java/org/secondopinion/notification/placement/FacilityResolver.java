package org.secondopinion.notification.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.notification.cases.IncomingFlag.Identifier;
import org.secondopinion.notification.cases.IncomingFlag.OrganizationReference;
import org.secondopinion.notification.cases.Placement;
import org.secondopinion.notification.directory.ProviderDirectory;
import tools.jackson.databind.JsonNode;

/**
 * Places a case: tries the flag's organisation references source by source in the configured order (within a
 * source, in the flag's order: latest first), follows each to an organisation through the provider directory
 * (a Location to its managing organisation, a PractitionerRole to its organisation, a Practitioner to the
 * organisations of its roles), and takes the facility of the first organisation the mapping table knows. A flag
 * without references (an older producer) is placed by the facility it names. Nothing placed: the fallback facility,
 * with the reasons why.
 */
final class FacilityResolver {

	private final PlacementSettings settings;

	private final OrganizationMappings mappings;

	private final ProviderDirectory directory;

	FacilityResolver(PlacementSettings settings, ProviderDirectory directory) {
		this.settings = settings;
		this.mappings = new OrganizationMappings(settings);
		this.directory = directory;
	}

	Placement place(EhrId ehrId, @Nullable String flagFacility, @Nullable List<OrganizationReference> references) {
		List<String> misses = new ArrayList<>();
		if (references != null) {
			for (String source : settings.order()) {
				int index = 0;
				for (OrganizationReference reference : references) {
					if (!source.equals(reference.source())) {
						continue;
					}
					Optional<Placement> placed = place(ehrId, reference, index++ == 0, misses);
					if (placed.isPresent()) {
						return placed.get();
					}
				}
			}
		}
		else if (flagFacility != null && !flagFacility.isBlank()) {
			Optional<OrganizationMappings.Match> match = mappings.facilityNamed(ehrId, flagFacility);
			if (match.isPresent()) {
				return new Placement(match.get().facility(), Placement.FLAG_FACILITY, "placed by the facility the flag names, '"
						+ flagFacility + "', matched by " + match.get().how() + " → " + match.get().facility());
			}
			if (settings.keepFlagFacility()) {
				return new Placement(flagFacility, Placement.FLAG_FACILITY,
						"placed by the facility the flag names, '" + flagFacility + "', as it is");
			}
			misses.add("the facility the flag names, '" + flagFacility + "', is not in the mapping");
		}
		String why = references == null || !references.isEmpty() || !misses.isEmpty()
				? misses.isEmpty() ? "no placement source is configured for its references" : String.join("; ", misses)
				: "the patient's record names no organisation";
		return new Placement(settings.fallbackFacility(), Placement.FALLBACK,
				"no rule placed it (" + why + ") → fallback " + settings.fallbackFacility());
	}

	private Optional<Placement> place(EhrId ehrId, OrganizationReference reference, boolean latest,
			List<String> misses) {
		String source = reference.source();
		String what = describe(source, latest);
		Target target = Target.of(reference, source);
		Optional<Organization> organization = switch (target.type()) {
			case "Organization" -> Optional.of(organization(ehrId, target.id(), reference.identifier(), reference.display()));
			case "Location" -> via(ehrId, target, reference.identifier(), "managingOrganization", what, misses);
			case "PractitionerRole" -> via(ehrId, target, reference.identifier(), "organization", what, misses);
			case "Practitioner" -> practitioner(ehrId, target, what, misses);
			default -> {
				misses.add(what + " " + target.label() + " is not an organisation, location or practitioner");
				yield Optional.empty();
			}
		};
		if (organization.isEmpty()) {
			return Optional.empty();
		}
		Optional<OrganizationMappings.Match> match = mappings.facilityOf(ehrId, organization.get());
		String via = "Organization".equals(target.type()) ? "" : " " + target.label() + " at";
		if (match.isEmpty()) {
			misses.add(what + via + " " + organization.get().label() + " maps to no facility"
					+ (organization.get().inDirectory() ? "" : " (not in the directory)"));
			return Optional.empty();
		}
		return Optional.of(new Placement(match.get().facility(), source, "placed by " + what + via + " "
				+ organization.get().label() + ", matched by " + match.get().how() + " → " + match.get().facility()));
	}

	private Organization organization(EhrId ehrId, @Nullable String id, @Nullable Identifier identifier,
			@Nullable String display) {
		Organization organization = Organization.referenced(id, identifier == null ? null : identifier.system(),
				identifier == null ? null : identifier.value(), display);
		Optional<JsonNode> known = id != null ? directory.read(ehrId, "Organization", id) : Optional.empty();
		if (known.isEmpty() && identifier != null) {
			known = directory.withIdentifier(ehrId, "Organization", identifier.system(), identifier.value());
		}
		known.ifPresent(organization::with);
		return organization;
	}

	/** The organisation a directory resource (Location, PractitionerRole) points to in {@code field}. */
	private Optional<Organization> via(EhrId ehrId, Target target, @Nullable Identifier identifier, String field,
			String what, List<String> misses) {
		Optional<JsonNode> resource = target.id() != null ? directory.read(ehrId, target.type(), target.id())
				: Optional.empty();
		if (resource.isEmpty() && identifier != null) {
			resource = directory.withIdentifier(ehrId, target.type(), identifier.system(), identifier.value());
		}
		if (resource.isEmpty()) {
			misses.add(what + " " + target.label() + " is not in the directory");
			return Optional.empty();
		}
		JsonNode organization = resource.get().path(field);
		Optional<Organization> found = referenced(ehrId, organization);
		if (found.isEmpty()) {
			misses.add(what + " " + target.label() + " names no organisation");
		}
		return found;
	}

	private Optional<Organization> practitioner(EhrId ehrId, Target target, String what, List<String> misses) {
		if (target.id() == null) {
			misses.add(what + " " + target.label() + " cannot be looked up without an id");
			return Optional.empty();
		}
		List<JsonNode> roles = directory.rolesOfPractitioner(ehrId, target.id());
		Organization first = null;
		for (JsonNode role : roles) {
			Optional<Organization> organization = referenced(ehrId, role.path("organization"));
			if (organization.isPresent()) {
				if (mappings.facilityOf(ehrId, organization.get()).isPresent()) {
					return organization;
				}
				first = first == null ? organization.get() : first;
			}
		}
		if (first == null) {
			misses.add(what + " " + target.label() + " has no role at an organisation in the directory");
		}
		return Optional.ofNullable(first);
	}

	private Optional<Organization> referenced(EhrId ehrId, JsonNode reference) {
		Target target = Target.of(reference.path("reference").asString(null));
		JsonNode identifier = reference.path("identifier");
		String value = identifier.path("value").asString(null);
		Identifier id = value == null ? null : new Identifier(identifier.path("system").asString(null), value);
		if (target.id() == null && id == null) {
			return Optional.empty();
		}
		return Optional.of(organization(ehrId, target.id(), id, reference.path("display").asString(null)));
	}

	private static String describe(String source, boolean latest) {
		return switch (source) {
			case OrganizationReference.MANAGING_ORGANIZATION -> "the patient's managing organization";
			case OrganizationReference.ENCOUNTER_SERVICE_PROVIDER ->
				(latest ? "the latest" : "an earlier") + " encounter's service provider";
			case OrganizationReference.ENCOUNTER_LOCATION -> (latest ? "the latest" : "an earlier") + " encounter's location";
			case OrganizationReference.REQUESTER -> (latest ? "the latest" : "an earlier") + " order's requester";
			default -> source;
		};
	}

	/** What a reference points to: {@code Type/id} read from a relative, absolute or versioned reference. */
	private record Target(String type, @Nullable String id) {

		static Target of(OrganizationReference reference, String source) {
			Target target = of(reference.reference());
			if (!target.type().isEmpty()) {
				return target;
			}
			// a logical reference by identifier only: the type the source expects
			return new Target(OrganizationReference.ENCOUNTER_LOCATION.equals(source) ? "Location" : "Organization", null);
		}

		static Target of(@Nullable String reference) {
			if (reference == null || reference.isBlank()) {
				return new Target("", null);
			}
			String plain = reference.contains("/_history/") ? reference.substring(0, reference.indexOf("/_history/"))
					: reference;
			String[] parts = plain.split("/");
			if (parts.length < 2) {
				return new Target("", null);
			}
			return new Target(parts[parts.length - 2], parts[parts.length - 1]);
		}

		String label() {
			return id == null ? type + " (by identifier)" : type + "/" + id;
		}

	}

}
