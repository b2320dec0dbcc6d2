package org.secondopinion.notification.placement;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.notification.cases.IncomingFlag.OrganizationReference;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How a case's facility is found ({@code second-opinion.notification.placement}).
 * @param order the sources tried, first to last: {@code managing-organization}, {@code encounter-service-provider},
 * {@code encounter-location}, {@code requester}; a source left out is never used
 * @param organizations the mapping from the EHRs' organisations to the facility names coordinators carry in their
 * {@code facility} claim
 * @param fallbackFacility the facility of a case no rule places; the fallback team's coordinators carry it
 * @param keepFlagFacility for flags without organisation references (from an assessment service that does not send
 * them): keep the facility the flag names when no mapping matches it
 * @param retryInterval how often unplaced cases are placed again after their EHR's provider directory changed
 */
@Validated
@ConfigurationProperties("second-opinion.notification.placement")
record PlacementSettings(List<String> order, List<@Valid Mapping> organizations, @NotBlank String fallbackFacility,
		boolean keepFlagFacility, @Nullable Duration retryInterval) {

	static final Set<String> SOURCES = Set.of(OrganizationReference.MANAGING_ORGANIZATION,
			OrganizationReference.ENCOUNTER_SERVICE_PROVIDER, OrganizationReference.ENCOUNTER_LOCATION,
			OrganizationReference.REQUESTER);

	PlacementSettings {
		order = order == null ? List.copyOf(List.of(OrganizationReference.MANAGING_ORGANIZATION,
				OrganizationReference.ENCOUNTER_SERVICE_PROVIDER, OrganizationReference.ENCOUNTER_LOCATION,
				OrganizationReference.REQUESTER)) : List.copyOf(order);
		organizations = organizations == null ? List.of() : List.copyOf(organizations);
		for (String source : order) {
			if (!SOURCES.contains(source)) {
				throw new IllegalArgumentException("Unknown placement source '" + source + "'; use some of " + SOURCES);
			}
		}
	}

	/**
	 * One organisation of an EHR and its facility. It matches an organisation by identifier ({@code system|value},
	 * or {@code value} alone for any system), by id, or by name or alias (ignoring case); give at least one.
	 * @param ehr the EHR whose organisation this is; none: any EHR
	 * @param identifier the organisation's identifier, {@code system|value}, or {@code value} alone for any system
	 * @param id the organisation's resource id in the EHR
	 * @param name the organisation's name or one of its aliases, ignoring case
	 * @param facility the facility name that coordinators carry in their {@code facility} claim
	 */
	record Mapping(@Nullable String ehr, @Nullable String identifier, @Nullable String id, @Nullable String name,
			@NotBlank String facility) {

		Mapping {
			if (blank(identifier) && blank(id) && blank(name)) {
				throw new IllegalArgumentException("The placement mapping to '" + facility
						+ "' names no organisation: give its identifier, id or name");
			}
		}

		private static boolean blank(@Nullable String value) {
			return value == null || value.isBlank();
		}

		boolean appliesTo(EhrId ehrId) {
			return ehr == null || ehr.isBlank() || ehr.equals(ehrId.value());
		}

	}

}
