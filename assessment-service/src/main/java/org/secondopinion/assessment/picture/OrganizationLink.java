package org.secondopinion.assessment.picture;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A reference in the patient's record to an organisation, or to what leads to one (a Location, a PractitionerRole,
 * a Practitioner), that may tell which facility cares for the patient.
 * @param source where it was found: one of the {@link OrganizationReference} source names
 * @param reference plain {@code Type/id}, when the reference is literal
 * @param at when the resource that holds it happened (the encounter's start, the order's date), for recency
 */
public record OrganizationLink(String source, @Nullable String reference, @Nullable String identifierSystem,
		@Nullable String identifierValue, @Nullable String display, @Nullable Instant at) {

	/**
	 * Whether the reference says anything to resolve: a literal reference or an identifier, or, where it points to an
	 * Organization (managing organization, service provider), a display that can match the organisation's name.
	 */
	boolean resolvable() {
		return reference != null || identifierValue != null
				|| display != null && (OrganizationReference.MANAGING_ORGANIZATION.equals(source)
						|| OrganizationReference.ENCOUNTER_SERVICE_PROVIDER.equals(source));
	}

	/** The same link without its time: two links to one organisation from one source are the same. */
	OrganizationLink timeless() {
		return new OrganizationLink(source, reference, identifierSystem, identifierValue, display, null);
	}

}
