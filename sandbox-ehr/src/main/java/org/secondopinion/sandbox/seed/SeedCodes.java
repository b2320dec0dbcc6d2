package org.secondopinion.sandbox.seed;

import java.util.List;

/** The codes the seed population is made of. */
final class SeedCodes {

	static final Concept HYPERTENSION = Concept.snomed("38341003", "Hypertension");

	static final Concept TYPE_2_DIABETES = Concept.snomed("44054006", "Type 2 diabetes mellitus");

	static final Concept LOW_BACK_PAIN = Concept.snomed("279039007", "Low back pain");

	static final List<Concept> CONDITIONS = List.of(HYPERTENSION, TYPE_2_DIABETES, LOW_BACK_PAIN);

	static final Concept SPINAL_FUSION = Concept.snomed("55705006", "Spinal fusion");

	/** Surgery that warrants a second opinion; the first seeded patient always has {@link #SPINAL_FUSION} ordered. */
	static final List<Concept> MAJOR_SURGERY = List.of(SPINAL_FUSION,
			Concept.snomed("232717009", "Coronary artery bypass grafting"),
			Concept.snomed("609588000", "Total knee replacement"),
			Concept.snomed("52734007", "Total replacement of hip"), Concept.snomed("236886002", "Hysterectomy"));

	static final Concept PHYSICAL_THERAPY = Concept.snomed("91251008", "Physical therapy procedure");

	static final Concept SYSTOLIC_BLOOD_PRESSURE = Concept.loinc("8480-6", "Systolic blood pressure");

	static final Concept HBA1C = Concept.loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood");

	static final Concept MEDICAL_RECORD_NUMBER = new Concept("http://terminology.hl7.org/CodeSystem/v2-0203", "MR",
			"Medical record number");

	static final Concept ACTIVE = new Concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active",
			"Active");

	static final Concept CONFIRMED = new Concept("http://terminology.hl7.org/CodeSystem/condition-ver-status",
			"confirmed", "Confirmed");

	static final Concept PROBLEM_LIST_ITEM = new Concept(
			"http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item");

	static final Concept VITAL_SIGNS = new Concept("http://terminology.hl7.org/CodeSystem/observation-category",
			"vital-signs", "Vital Signs");

	static final Concept LABORATORY = new Concept("http://terminology.hl7.org/CodeSystem/observation-category",
			"laboratory", "Laboratory");

	private SeedCodes() {
	}

}
