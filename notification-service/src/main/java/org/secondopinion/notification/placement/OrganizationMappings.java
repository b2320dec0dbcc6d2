package org.secondopinion.notification.placement;

import java.util.Locale;
import java.util.Optional;

import org.secondopinion.events.EhrId;
import org.secondopinion.notification.placement.PlacementSettings.Mapping;

/** The mapping table: an EHR's organisation to a facility, by identifier first, then id, then name. */
final class OrganizationMappings {

	private final PlacementSettings settings;

	OrganizationMappings(PlacementSettings settings) {
		this.settings = settings;
	}

	/** The facility of the organisation and how it matched. */
	Optional<Match> facilityOf(EhrId ehrId, Organization organization) {
		for (Mapping mapping : settings.organizations()) {
			if (mapping.appliesTo(ehrId) && mapping.identifier() != null && !mapping.identifier().isBlank()
					&& organization.hasIdentifier(mapping.identifier().strip())) {
				return Optional.of(new Match(mapping.facility(), "identifier " + mapping.identifier().strip()));
			}
		}
		for (Mapping mapping : settings.organizations()) {
			if (mapping.appliesTo(ehrId) && mapping.id() != null && organization.ids().contains(mapping.id().strip())) {
				return Optional.of(new Match(mapping.facility(), "id"));
			}
		}
		for (Mapping mapping : settings.organizations()) {
			if (mapping.appliesTo(ehrId) && mapping.name() != null && !mapping.name().isBlank()
					&& organization.names().contains(normal(mapping.name()))) {
				return Optional.of(new Match(mapping.facility(), "name"));
			}
		}
		return Optional.empty();
	}

	/** A facility name as a flag of an older producer names it, mapped by id or name; else as it is. */
	Optional<Match> facilityNamed(EhrId ehrId, String facility) {
		return facilityOf(ehrId, Organization.named(facility));
	}

	static String normal(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	record Match(String facility, String how) {
	}

}
