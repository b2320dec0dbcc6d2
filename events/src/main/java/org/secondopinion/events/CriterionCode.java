package org.secondopinion.events;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The eight second-opinion criteria of the contract, each with its stable code (as it travels in events, APIs,
 * configuration and FHIR codings) and the one plain-language label every page, e-mail, packet, CDS card and filter
 * shows for it. This is the only place the codes are spelled out.
 */
public enum CriterionCode {

	PERSISTENT_SYMPTOMS_NORMAL_WORKUP("Persistent symptoms despite a normal work-up"),
	DIAGNOSIS_SYMPTOM_MISMATCH("Diagnosis does not fit the symptoms"),
	MAJOR_PROCEDURE_PLANNED("Major procedure planned"),
	UNTREATABLE_PROGNOSIS("Condition called untreatable"),
	HIGH_IMPACT_TREATMENT("High-impact treatment"),
	PATIENT_REPORTED_CONCERN("Patient asks to be heard"),
	WORSENING_DESPITE_TREATMENT("Worsening despite treatment"),
	RARE_OR_COMPLEX_CONDITION("Rare or complex condition");

	/** The code system of the criteria codes in FHIR resources (DetectedIssue.code, CDS Hooks cards). */
	public static final String SYSTEM = "https://secondopinion.org/fhir/CodeSystem/second-opinion-criteria";

	private final String label;

	CriterionCode(String label) {
		this.label = label;
	}

	/** The code as the contract spells it, e.g. {@code MAJOR_PROCEDURE_PLANNED}. */
	@JsonValue
	public String code() {
		return name();
	}

	/** The short plain-language name, e.g. {@code Major procedure planned}. */
	public String label() {
		return label;
	}

	/**
	 * The criterion of a code as the contract spells it.
	 * @throws InvalidEventException when the code is not one of the eight
	 */
	@JsonCreator
	public static CriterionCode of(String code) {
		return Vocabulary.parse(CriterionCode.class, code, "criterion code");
	}

	/** Whether {@code code} is one of the eight, for lenient readers such as query parameters. */
	public static boolean isKnown(String code) {
		return Arrays.stream(values()).anyMatch(c -> c.code().equals(code));
	}

}
