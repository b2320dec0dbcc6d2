package org.secondopinion.assessment.picture;

import java.util.List;

import org.secondopinion.events.PatientKey;

/** What the criteria know of one patient, built from the latest version of each of their resources. */
public record ClinicalPicture(PatientKey patient, PatientDetails details, List<PlannedProcedure> plannedProcedures,
		List<PerformedProcedure> performedProcedures) {

	public ClinicalPicture {
		plannedProcedures = List.copyOf(plannedProcedures);
		performedProcedures = List.copyOf(performedProcedures);
	}

}
