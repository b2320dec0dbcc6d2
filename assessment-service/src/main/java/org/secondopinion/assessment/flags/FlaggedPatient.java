package org.secondopinion.assessment.flags;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.PatientRef;

/** Who a flag or an assessment is about, as the EHR names them. */
public record FlaggedPatient(PatientRef ref, @Nullable String name, @Nullable String birthDate,
		@Nullable String mrn) {
}
