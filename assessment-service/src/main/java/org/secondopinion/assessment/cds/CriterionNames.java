package org.secondopinion.assessment.cds;

import java.util.Map;

/** Short names of the criteria, for card summaries and FHIR displays. */
public final class CriterionNames {

	/** The code system of the criteria codes in FHIR resources. */
	public static final String SYSTEM = "https://secondopinion.org/fhir/CodeSystem/second-opinion-criteria";

	private static final Map<String, String> NAMES = Map.of("PERSISTENT_SYMPTOMS_NORMAL_WORKUP",
			"Persistent symptoms despite a normal work-up", "DIAGNOSIS_SYMPTOM_MISMATCH",
			"Diagnosis does not fit the symptoms", "MAJOR_PROCEDURE_PLANNED", "Major procedure planned",
			"UNTREATABLE_PROGNOSIS", "Condition called untreatable", "HIGH_IMPACT_TREATMENT",
			"High-impact treatment planned", "PATIENT_REPORTED_CONCERN", "Patient asks to be heard",
			"WORSENING_DESPITE_TREATMENT", "Worsening despite treatment", "RARE_OR_COMPLEX_CONDITION",
			"Rare or complex condition");

	private CriterionNames() {
	}

	/** The criterion's short name, or its code when it has none. */
	public static String of(String code) {
		return NAMES.getOrDefault(code, code);
	}

}
