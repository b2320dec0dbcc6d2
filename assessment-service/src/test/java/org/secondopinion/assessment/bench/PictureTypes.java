package org.secondopinion.assessment.bench;

import java.util.List;

/** The resource types the picture is built from, as the sandbox's population loader names them. */
final class PictureTypes {

	static final List<String> ALL = List.of("Patient", "ServiceRequest", "Procedure", "Condition", "Observation",
			"Encounter", "MedicationRequest", "CarePlan", "QuestionnaireResponse", "Communication", "Flag",
			"DocumentReference", "DiagnosticReport");

	private PictureTypes() {
	}

}
