package org.secondopinion.assessment.picture;

import org.jspecify.annotations.Nullable;

/**
 * How the EHR names the patient, and where they are cared for. All optional until the Patient arrives.
 * @param facility the managing Organization's display, else its id, as flag events have always named it
 * @param deceased whether the EHR records the patient as deceased ({@code deceasedBoolean} true or a
 * {@code deceasedDateTime})
 */
public record PatientDetails(@Nullable String name, @Nullable String birthDate, @Nullable String mrn,
		@Nullable String facility, @Nullable OrganizationLink managingOrganization, boolean deceased) {

	public PatientDetails(@Nullable String name, @Nullable String birthDate, @Nullable String mrn,
			@Nullable String facility, @Nullable OrganizationLink managingOrganization) {
		this(name, birthDate, mrn, facility, managingOrganization, false);
	}

	public static PatientDetails unknown() {
		return new PatientDetails(null, null, null, null, null, false);
	}

}
