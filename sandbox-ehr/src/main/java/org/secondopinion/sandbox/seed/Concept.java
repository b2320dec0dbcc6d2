package org.secondopinion.sandbox.seed;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** A code with its system and display, as used in the seed population. */
record Concept(String system, String code, String display) {

	static final String SNOMED = "http://snomed.info/sct";

	static final String LOINC = "http://loinc.org";

	static Concept snomed(String code, String display) {
		return new Concept(SNOMED, code, display);
	}

	static Concept loinc(String code, String display) {
		return new Concept(LOINC, code, display);
	}

	Coding toCoding() {
		return new Coding(system, code, display);
	}

	CodeableConcept toCodeableConcept() {
		return new CodeableConcept(toCoding()).setText(display);
	}

}
