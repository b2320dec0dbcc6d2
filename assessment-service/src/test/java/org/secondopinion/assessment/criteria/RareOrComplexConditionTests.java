package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.Optional;

import ca.uhn.fhir.context.FhirContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.assessment.picture.PictureFixtures.picture;

class RareOrComplexConditionTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final String FIXTURES = "fixtures/rare-or-complex-condition/";

	private final RareOrComplexCondition criterion = new RareOrComplexCondition(RuleSettings.valueSetFiles(),
			RuleSettings.load("rare-or-complex", RareOrComplexSettings.class));

	@Test
	void flagsAnActiveRareDiseaseWithTheExactConditionVersion() {
		Optional<Finding> finding = evaluate("fabry-disease.json");

		assertThat(finding).hasValueSatisfying(f -> {
			assertThat(f.code().code()).isEqualTo("RARE_OR_COMPLEX_CONDITION");
			assertThat(f.reason()).isEqualTo("Fabry's disease is a rare disease; a centre that sees it often can "
					+ "confirm the diagnosis and the treatment plan.");
			assertThat(f.evidence()).containsExactly(new Evidence("Condition/fabry/_history/3", "Fabry's disease"));
			assertThat(f.urgent()).isFalse();
			assertThat(f.problems()).contains("Condition/fabry", "http://hl7.org/fhir/sid/icd-10-cm|E75.21");
		});
	}

	@Test
	void matchesAnIcd10SubcodeThroughTheValueSetsCategoryFilter() {
		assertThat(evaluate("crest-syndrome-icd-subcode.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("CR(E)ST syndrome is a rare disease"));
	}

	@Test
	void ignoresARefutedRareDiagnosis() {
		assertThat(evaluate("refuted-sarcoidosis.json")).isEmpty();
	}

	@Test
	void ignoresAResolvedRareDisease() {
		assertThat(evaluate("resolved-myasthenia.json")).isEmpty();
	}

	@Test
	void matchesARareDiseaseSentWithALocalCodeByItsNameButNotACodedConceptOutsideTheSet() {
		assertThat(evaluate("text-only-hereditary-angioedema.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("Hereditary angio-oedema type I is a rare disease");
			assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("Condition/hae/_history/1");
		});
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "D84.1, hereditary angioedema", "G40.834, Dravet syndrome",
			"G40.812, Lennox-Gastaut syndrome", "E74.02, Pompe disease", "D61.3, idiopathic aplastic anaemia",
			"M31.7, microscopic polyangiitis", "C45.0, pleural mesothelioma", "Q87.40, Marfan syndrome",
			"G12.21, amyotrophic lateral sclerosis", "E80.21, acute intermittent porphyria", "I78.0, HHT",
			"Q51.0, Mayer-Rokitansky-Kuster-Hauser syndrome", "Q52.0, congenital absence of vagina",
			"Q79.0, congenital diaphragmatic hernia", "Q39.1, oesophageal atresia with fistula", "Q43.1, Hirschsprung disease",
			"Q42.3, imperforate anus", "Q64.10, bladder exstrophy", "Q05.7, lumbar spina bifida", "Q22.4, tricuspid atresia",
			"Q26.2, TAPVR", "Q75.4, Treacher Collins syndrome", "Q89.3, situs inversus", "Q56.4, indeterminate sex",
			"D69.3, immune thrombocytopenia", "D69.41, Evans syndrome", "D45, polycythaemia vera",
			"D47.3, essential thrombocythaemia", "D47.4, primary myelofibrosis", "D60.0, chronic acquired pure red cell aplasia",
			"D68.311, acquired haemophilia", "D55.21, pyruvate kinase deficiency", "G61.0, Guillain-Barre syndrome",
			"G60.1, Refsum disease", "C92.00, acute myeloid leukaemia", "C91.00, acute lymphoblastic leukaemia",
			"C92.10, chronic myeloid leukaemia", "C71.6, medulloblastoma of the cerebellum", "C72.0, spinal cord tumour",
			"C7B.01, secondary carcinoid of distant lymph nodes", "C21.1, anal canal carcinoma", "C23, gallbladder cancer",
			"C24.1, ampullary carcinoma", "C11.9, nasopharyngeal carcinoma", "C07, parotid carcinoma",
			"C51.9, vulval carcinoma", "C58, choriocarcinoma", "C60.9, penile carcinoma", "C33, tracheal carcinoma",
			"E85.82, wild-type transthyretin amyloidosis", "M04.1, periodic fever syndrome", "M33.20, polymyositis",
			"K74.3, primary biliary cholangitis", "J84.81, lymphangioleiomyomatosis", "G71.01, Duchenne muscular dystrophy",
			"I45.81, long QT syndrome" })
	void matchesRareDiseasesAcrossWholeOrphanetFamilies(String code, String what) {
		assertThat(rare(code)).as(what).isTrue();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "E78.5, hyperlipidaemia", "D68.0, von Willebrand disease",
			"D68.51, factor V Leiden", "D57.3, sickle cell trait", "D56.3, thalassaemia minor", "E80.4, Gilbert syndrome",
			"E79.0, hyperuricaemia", "G40.909, epilepsy", "G35, multiple sclerosis", "M31.6, giant cell arteritis",
			"D61.818, pancytopenia", "E83.110, hereditary haemochromatosis", "Q90.9, Down syndrome", "I42.1, obstructive HCM",
			"E71.43, iatrogenic carnitine deficiency", "M35.3, polymyalgia rheumatica",
			"Q21.1, atrial septal defect", "Q21.0, ventricular septal defect", "Q65.89, hip dysplasia", "Q66.89, clubfoot",
			"D69.6, thrombocytopenia unspecified", "D69.59, secondary thrombocytopenia", "D75.82, heparin-induced thrombocytopenia",
			"D75.839, thrombocytosis", "D47.2, monoclonal gammopathy", "D55.0, G6PD deficiency anaemia",
			"C91.10, chronic lymphocytic leukaemia", "C18.9, colon cancer", "C44.91, basal cell carcinoma of skin",
			"C73, thyroid cancer", "C64.1, renal cell carcinoma", "G62.9, polyneuropathy", "D64.9, anaemia unspecified",
			"N04.9, nephrotic syndrome", "D75.81, secondary myelofibrosis",
			"Q37.9, cleft palate with cleft lip", "Q40.0, pyloric stenosis", "Q43.0, Meckel diverticulum",
			"Q51.3, bicornuate uterus", "Q53.9, undescended testis", "Q54.9, hypospadias", "Q60.0, unilateral renal agenesis",
			"Q62.11, pelviureteric junction obstruction", "Q75.0, craniosynostosis", "Q97.0, triple X" })
	void leavesCommonConditionsThatShareAChapterOut(String code, String what) {
		assertThat(rare(code)).as(what).isFalse();
	}

	private static boolean rare(String icd10cm) {
		CodeSet set = CodeSet.load(FhirContext.forR4Cached(),
				new org.springframework.core.io.ClassPathResource("valuesets/rare-diseases.json"));
		return set.contains(new org.secondopinion.assessment.picture.CodedConcept("http://hl7.org/fhir/sid/icd-10-cm", icd10cm, null));
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "ORPHA:558", "558", "ORPHA:79445" })
	void acceptsAnyOrphanetCodeAsARareDisease(String orpha) {
		CodeSet set = CodeSet.load(FhirContext.forR4Cached(),
				new org.springframework.core.io.ClassPathResource("valuesets/rare-diseases.json"));
		assertThat(set.contains(new org.secondopinion.assessment.picture.CodedConcept("http://www.orpha.net", orpha, null)))
			.isTrue();
		assertThat(set.contains(new org.secondopinion.assessment.picture.CodedConcept("http://www.orpha.net", "Marfan", null)))
			.isFalse();
	}

	@Test
	void doesNotMatchARareDiseaseNamedOnlyInFreeText() {
		assertThat(evaluate("text-only-rare-disease.json")).isEmpty();
	}

	@Test
	void flagsFiveActiveChronicConditionsAcrossThreeSpecialtiesInMixedCodeSystems() {
		Optional<Finding> finding = evaluate("five-conditions-three-specialties.json");

		assertThat(finding).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("Has 5 long-term conditions looked after by 4 specialties (cardiology, "
					+ "endocrinology, nephrology and pulmonology); a coordinated review can check that the treatments "
					+ "fit together.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/htn/_history/1", "Condition/t2dm/_history/1", "Condition/ckd3/_history/1",
						"Condition/lipids/_history/1", "Condition/copd/_history/1");
		});
	}

	@Test
	void doesNotCallFiveConditionsOfTwoSpecialtiesComplex() {
		assertThat(evaluate("five-conditions-two-specialties.json")).isEmpty();
	}

	@Test
	void countsTheSameConditionRecordedTwiceOnce() {
		assertThat(evaluate("four-conditions-recorded-twice.json")).isEmpty();
	}

	@Test
	void countsAProblemOnceWhenEncounterDiagnosesCodeItAgainInIcd10OrAsItsCause() {
		assertThat(evaluate("four-problems-also-coded-as-encounter-diagnoses.json")).isEmpty();
	}

	@Test
	void countsADistinctProblemOfTheSameSpecialtyRecordedOnlyAsAnEncounterDiagnosis() {
		Optional<Finding> finding = evaluate("five-problems-some-only-as-encounter-diagnoses.json");

		assertThat(finding).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("Has 5 long-term conditions looked after by 4 specialties");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/hashimoto/_history/1", "Condition/htn/_history/1",
						"Condition/asthma/_history/1", "Condition/ckd3/_history/1", "Condition/dx-hf/_history/1");
		});
	}

	@Test
	void countsPtsdSleepApnoeaHearingLossAndPostTraumaticHeadacheAsChronicConditionsOfTheirSpecialties() {
		assertThat(evaluate("veteran-with-ptsd-sleep-apnoea-hearing-loss-and-post-traumatic-headache.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo("Has 5 long-term conditions looked after by 5 "
					+ "specialties (psychiatry, pulmonology, otolaryngology, neurology and endocrinology); a coordinated review "
					+ "can check that the treatments fit together."));
	}

	@Test
	void doesNotCountEpisodicTensionHeadachesOrAnAcuteConcussionAsChronicConditions() {
		assertThat(evaluate("four-chronic-conditions-and-episodic-headaches.json")).isEmpty();
	}

	@Test
	void countsTheChronicConditionsWarehouseCategoriesEachWithItsSpecialty() {
		assertThat(criterion.evaluate(activeConditions("M10.9", "N40.0", "B20", "J47.9", "F03.90"), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo("Has 5 long-term conditions looked after by 5 "
					+ "specialties (rheumatology, urology, infectious diseases, pulmonology and neurology); a coordinated "
					+ "review can check that the treatments fit together."));
		assertThat(criterion.evaluate(activeConditions("I35.0", "I42.9", "L20.9", "K90.0", "http://snomed.info/sct|239872002"), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Has 5 long-term conditions looked after by 4 "
					+ "specialties (cardiology, dermatology, gastroenterology and orthopaedics)"));
	}

	@Test
	void countsParalysisAndPressureUlcersAsChronicConditionsOfRehabilitationAndWoundCare() {
		// a spinal cord injury: paraplegia, neurogenic bladder, a stage 4 pressure ulcer, recurrent depression, CKD 3a
		assertThat(criterion.evaluate(activeConditions("G82.21", "N31.9", "L89.154", "F33.1", "N18.31"), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo("Has 5 long-term conditions looked after by 5 "
					+ "specialties (rehabilitation medicine, urology, wound care, psychiatry and nephrology); a coordinated "
					+ "review can check that the treatments fit together."));
		// chronic pain (left to primary care) and a neurogenic bowel are not counted: two conditions, not four
		assertThat(criterion.evaluate(activeConditions("G82.21", "G89.29", "K59.2", "N31.9"), NOW)).isEmpty();
	}

	@Test
	void countsDementiaCodedTwiceOnceAndLeavesCataractObesityAndTraitsOut() {
		// Alzheimer disease with the dementia it causes, emphysema with COPD, hypertensive CKD with CKD: one problem each;
		// cataract, obesity, sickle cell trait and fibromyalgia are not a specialty's chronic conditions
		assertThat(criterion.evaluate(activeConditions("G30.9", "F02.80", "J43.9", "J44.9", "I12.9", "N18.30", "I10",
				"H25.11", "E66.01", "D57.3", "M79.7"), NOW))
			.isEmpty();
	}

	@Test
	void countsAProblemSentAsTextAloneByTheProblemItNamesAndItsDuplicatesOnce() {
		// an exchange's problem list: diabetes with its CKD, CKD 3b, AF coded and again in words, Parkinson's, COPD in words
		assertThat(criterion.evaluate(activeConditions("E11.22", "text:DM2", "N18.32", "http://snomed.info/sct|49436004",
				"text:Atrial fibrillation, permanent", "G20.A1", "text:COPD, moderate"), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo("Has 5 long-term conditions looked after by 5 "
					+ "specialties (endocrinology, nephrology, cardiology, neurology and pulmonology); a coordinated "
					+ "review can check that the treatments fit together."));
		assertThat(criterion.evaluate(activeConditions("E11.22", "N18.32", "http://snomed.info/sct|49436004",
				"text:Atrial fibrillation, permanent", "text:History of COPD exacerbation"), NOW))
			.as("a duplicate in words and words that are not the problem's name")
			.isEmpty();
	}

	@Test
	void readsAProblemTypedWithItsStageOrItsSideAfterTheName() {
		assertThat(criterion.evaluate(activeConditions("E11.9", "I50.9", "text:Chronic kidney disease stage 3b", "J44.9",
				"text:Osteoarthritis both knees"), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Has 5 long-term conditions looked after by 5 "));
		assertThat(criterion.evaluate(activeConditions("E11.9", "I50.9", "text:Chronic kidney disease stage 3b", "J44.9",
				"text:Osteoarthritis suspected in both knees"), NOW))
			.as("other words between the name and the side").isEmpty();
	}

	@Test
	void countsTheChronicConditionsOfAChildBornPreterm() {
		// bronchopulmonary dysplasia, spastic diplegic cerebral palsy, epilepsy, esotropia and global developmental delay
		assertThat(criterion.evaluate(activeConditions("P27.1", "G80.1", "G40.909", "H50.00", "F88"), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Has 5 long-term conditions looked after by 4 specialties"));
		assertThat(criterion.evaluate(activeConditions("http://snomed.info/sct|67569000", "http://snomed.info/sct|128188000",
				"http://snomed.info/sct|84757009", "http://snomed.info/sct|16596007", "http://snomed.info/sct|248290002"), NOW))
			.as("in SNOMED CT")
			.isPresent();
		assertThat(criterion.evaluate(activeConditions("P27.1", "G80.1", "G40.909", "R13.12", "Z93.1"), NOW))
			.as("dysphagia is a symptom and a gastrostomy a status, neither a chronic condition")
			.isEmpty();
	}

	@Test
	void countsMetastasesWithTheirCancerNotAsConditionsOfTheirOwn() {
		assertThat(criterion.evaluate(activeConditions("J44.9", "I10", "C34.1", "C78.7", "C79.51"), NOW))
			.as("lung cancer with liver and bone metastases, COPD and hypertension: three conditions").isEmpty();
		assertThat(criterion.evaluate(activeConditions("J44.9", "I10", "C34.1",
				"http://snomed.info/sct|94381002", "text:Bone metastases"), NOW))
			.as("metastases in SNOMED CT or in words").isEmpty();
		assertThat(criterion.evaluate(activeConditions("J44.9", "I10", "C34.1", "C50.911", "E11.9"), NOW))
			.as("two primary cancers are two conditions").isPresent();
		assertThat(RareOrComplexCondition.isSecondaryMalignancy(new org.secondopinion.assessment.picture.Concept(
				java.util.List.of(), "Carcinoma of breast without distant metastases"))).as("denied in words").isFalse();
		assertThat(RareOrComplexCondition.isSecondaryMalignancy(new org.secondopinion.assessment.picture.Concept(
				java.util.List.of(new org.secondopinion.assessment.picture.CodedConcept("http://hl7.org/fhir/sid/icd-10-cm",
						"C50.911", "Malignant neoplasm of right breast")), "Breast cancer, metastatic work-up negative")))
			.as("a primary's ICD-10 code outweighs its words").isFalse();
		assertThat(criterion.evaluate(activeConditions("J44.9", "I10", "C78.7", "N18.3", "E11.9"), NOW))
			.as("a metastasis whose primary is not on the list stands for the cancer").isPresent();
	}

	private static org.secondopinion.assessment.picture.ClinicalPicture activeConditions(String... codes) {
		java.util.List<org.hl7.fhir.r4.model.Resource> resources = new java.util.ArrayList<>();
		org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
		patient.setId("p-1");
		resources.add(patient);
		for (int i = 0; i < codes.length; i++) {
			String system = codes[i].contains("|") ? codes[i].substring(0, codes[i].indexOf('|')) : "http://hl7.org/fhir/sid/icd-10-cm";
			String code = codes[i].substring(codes[i].indexOf('|') + 1);
			org.hl7.fhir.r4.model.Condition condition = new org.hl7.fhir.r4.model.Condition();
			condition.setId("c-" + i);
			condition.getClinicalStatus().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/condition-clinical").setCode("active");
			if (codes[i].startsWith("text:")) {
				condition.getCode().setText(codes[i].substring("text:".length()));
			}
			else {
				condition.getCode().addCoding().setSystem(system).setCode(code);
			}
			condition.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/p-1"));
			resources.add(condition);
		}
		return org.secondopinion.assessment.picture.PictureFixtures.picture(org.secondopinion.events.PatientRef.of("test-ehr", "p-1"), resources);
	}

	@Test
	void describesItsParametersForTheRuleCatalog() {
		assertThat(criterion.parameters()).containsEntry("rare-or-complex.minimum-chronic-conditions", "5")
			.containsEntry("rare-or-complex.minimum-specialties", "3")
			.hasEntrySatisfying("rare-or-complex.rare-diseases", v -> assertThat(v).startsWith("RareDiseases 2026.12-5"));
	}

	private Optional<Finding> evaluate(String fixture) {
		return criterion.evaluate(picture(FIXTURES + fixture), NOW);
	}

}
