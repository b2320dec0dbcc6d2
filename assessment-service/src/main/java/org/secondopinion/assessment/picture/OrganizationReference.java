package org.secondopinion.assessment.picture;

/**
 * Where in the patient's record an {@link OrganizationLink} was found: the source names flag events carry (the
 * publishing edge writes them as they are).
 */
public final class OrganizationReference {

	/** Patient.managingOrganization. */
	public static final String MANAGING_ORGANIZATION = "managing-organization";

	/** Encounter.serviceProvider. */
	public static final String ENCOUNTER_SERVICE_PROVIDER = "encounter-service-provider";

	/** Encounter.location.location, a Location. */
	public static final String ENCOUNTER_LOCATION = "encounter-location";

	/** ServiceRequest.requester, MedicationRequest.requester, CarePlan.author. */
	public static final String REQUESTER = "requester";

	private OrganizationReference() {
	}

}
