package org.secondopinion.assessment.picture;

import org.jspecify.annotations.Nullable;

/** How the EHR names the patient, and where they are cared for. All optional until the Patient arrives. */
public record PatientDetails(@Nullable String name, @Nullable String birthDate, @Nullable String mrn,
		@Nullable String facility) {

	public static PatientDetails unknown() {
		return new PatientDetails(null, null, null, null);
	}

}
