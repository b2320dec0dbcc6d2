package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.PictureFixtures;
import org.secondopinion.events.PatientRef;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DIAGNOSIS_SYMPTOM_MISMATCH on the labels clinicians give by exclusion (fibromyalgia, tension-type headache,
 * positional vertigo, non-cardiac chest pain, reflux and dyspepsia, functional neurological disorder, chronic
 * fatigue): each label's red flag, and its near misses: the red flag absent, explained by a diagnosis made later or
 * by an active one, recorded before the label only, or one weak red flag where two are needed.
 */
class LabelsGivenByExclusionTests {

	private static final Instant NOW = Instant.parse("2026-11-15T09:00:00Z");

	private static final String ICD = "http://hl7.org/fhir/sid/icd-10-cm";

	private static final String SCT = "http://snomed.info/sct";

	private static final String BORN_1978 = "1978-05-01";

	private static final String BORN_1962 = "1962-03-01";

	private final DiagnosisSymptomMismatch criterion = new DiagnosisSymptomMismatch(RuleSettings.valueSetFiles(),
			RuleSettings.load("diagnosis-mismatch", MismatchSettings.class));

	@Test
	void knowsEachLabelByItsCodes() {
		MismatchSettings settings = RuleSettings.load("diagnosis-mismatch", MismatchSettings.class);
		LabelRedFlags table = LabelRedFlags.load(RuleSettings.valueSetFiles(), settings.labelRedFlags());
		assertThat(table.labelOf(coded(ICD, "M79.7")).map(LabelRedFlags.Label::name)).hasValue("fibromyalgia");
		assertThat(table.labelOf(coded(ICD, "G44.209")).map(LabelRedFlags.Label::name))
			.hasValue("tension-type or non-specific headache");
		assertThat(table.labelOf(coded(ICD, "R51.9"))).as("headache recorded as a symptom is no label").isEmpty();
		assertThat(table.labelOf(coded(ICD, "R42"))).as("dizziness recorded as a symptom is no label").isEmpty();
		assertThat(table.labelOf(coded(SCT, "404640003"))).as("nor in SNOMED CT").isEmpty();
		assertThat(table.labelOf(coded(SCT, "111541001")).map(LabelRedFlags.Label::name))
			.hasValue("positional or non-specific vertigo");
		assertThat(table.labelOf(coded(ICD, "H81.4"))).as("vertigo of central origin is no label").isEmpty();
		assertThat(table.labelOf(coded(ICD, "M94.0")).map(LabelRedFlags.Label::name)).hasValue("non-cardiac chest pain");
		assertThat(table.labelOf(coded(ICD, "R07.9"))).as("chest pain unspecified names the complaint").isEmpty();
		assertThat(table.labelOf(coded(ICD, "K21.9")).map(LabelRedFlags.Label::name)).hasValue("reflux or dyspepsia");
		assertThat(table.labelOf(coded(ICD, "F44.5")).map(LabelRedFlags.Label::name))
			.hasValue("functional neurological disorder");
		assertThat(table.labelOf(new Concept(List.of(new CodedConcept(SCT, "1", "Functional neurological disorder")),
				null)).map(LabelRedFlags.Label::name)).as("a SNOMED CT concept read by its words")
			.hasValue("functional neurological disorder");
		assertThat(table.labelOf(coded(ICD, "G93.32")).map(LabelRedFlags.Label::name)).hasValue("chronic fatigue");
		assertThat(table.labelOf(coded(ICD, "F45.1")).map(LabelRedFlags.Label::name))
			.as("somatic symptom disorder: a catch-all whose objective red flags are judged too")
			.hasValue("somatic symptom disorder");
		assertThat(table.labelOf(coded(ICD, "R53.83")).map(LabelRedFlags.Label::name)).hasValue("fatigue as the diagnosis");
		assertThat(table.labelOf(coded(ICD, "R53.1"))).as("weakness is no fatigue label").isEmpty();
	}

	@Test
	void refusesAnAgeAtTheLabelOnALabelThatOneRedFlagIsEnoughFor(@TempDir Path dir) throws IOException {
		Files.createDirectories(dir.resolve("tables"));
		Files.createDirectories(dir.resolve("valuesets"));
		for (String set : List.of("labels-dyspepsia.json", "red-flags-dyspepsia.json")) {
			try (var in = getClass().getResourceAsStream("/valuesets/" + set)) {
				Files.copy(in, dir.resolve("valuesets").resolve(set));
			}
		}
		Files.writeString(dir.resolve("tables/labels.json"), """
				{"name": "LabelRedFlags", "version": "test", "description": "test", "labels": [
				  {"name": "reflux", "labels": "../valuesets/labels-dyspepsia.json",
				   "findings": "../valuesets/red-flags-dyspepsia.json", "results": [],
				   "ageAtLabel": {"atLeast": 60, "name": "new at 60 or over"}}]}
				""");
		assertThatThrownBy(() -> LabelRedFlags.load(RuleSettings.valueSetFiles(),
				new FileSystemResource(dir.resolve("tables/labels.json"))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("reflux counts an age at the label, which is never enough alone");
	}

	// fibromyalgia: two different red flags

	@Test
	void flagsRaisedInflammatoryMarkersAndCreatineKinaseAfterFibromyalgia() {
		assertThat(evaluate(BORN_1978, fibromyalgia(), lab("crp", "1988-5", "C reactive protein", "2026-10-01", 38, "mg/L", "H"),
				lab("ck", "2157-6", "Creatine kinase", "2026-10-20", 2400, "U/L", "H")))
			.hasValueSatisfying(f -> {
				assertThat(f.reason()).startsWith("High inflammatory markers and high creatine kinase followed fibromyalgia, "
						+ "diagnosed on 1 Jun 2026, which does not explain them (fibromyalgia is a diagnosis of exclusion)");
				assertThat(f.evidence()).extracting(Evidence::reference)
					.containsExactly("Condition/label/_history/1", "Observation/crp/_history/1", "Observation/ck/_history/1");
			});
	}

	@Test
	void needsTwoDifferentRedFlagsAfterFibromyalgia() {
		assertThat(evaluate(BORN_1978, fibromyalgia(), lab("crp", "1988-5", "C reactive protein", "2026-10-01", 38, "mg/L", "H")))
			.as("one raised CRP")
			.isEmpty();
		assertThat(evaluate(BORN_1978, fibromyalgia(), lab("crp", "1988-5", "C reactive protein", "2026-10-01", 38, "mg/L", "H"),
				lab("esr", "4537-7", "ESR", "2026-10-02", 41, "mm/h", "H")))
			.as("a raised ESR and CRP are one red flag")
			.isEmpty();
		assertThat(evaluate(BORN_1978, fibromyalgia(), lab("crp", "1988-5", "C reactive protein", "2026-10-01", 3, "mg/L", "N"),
				lab("ck", "2157-6", "Creatine kinase", "2026-10-20", 120, "U/L", "N")))
			.as("normal tests")
			.isEmpty();
	}

	@Test
	void leavesFibromyalgiaRedFlagsExplainedOrBeforeTheLabelAlone() {
		assertThat(evaluate(BORN_1978, fibromyalgia(), lab("crp", "1988-5", "C reactive protein", "2026-10-01", 38, "mg/L", "H"),
				lab("ck", "2157-6", "Creatine kinase", "2026-10-20", 2400, "U/L", "H"),
				condition("myositis", ICD, "M33.20", "Polymyositis, organ involvement unspecified", "2026-11-01")))
			.as("polymyositis diagnosed later")
			.isEmpty();
		assertThat(evaluate(BORN_1978, condition("hypo", ICD, "E03.9", "Hypothyroidism, unspecified", "2025-01-10"),
				fibromyalgia(), lab("crp", "1988-5", "C reactive protein", "2026-10-01", 38, "mg/L", "H"),
				lab("ck", "2157-6", "Creatine kinase", "2026-10-20", 600, "U/L", "H")))
			.as("a raised CK in a patient with hypothyroidism")
			.isEmpty();
		assertThat(evaluate(BORN_1978, fibromyalgia(), lab("crp", "1988-5", "C reactive protein", "2026-05-01", 38, "mg/L", "H"),
				lab("ck", "2157-6", "Creatine kinase", "2026-05-20", 2400, "U/L", "H")))
			.as("before the label")
			.isEmpty();
	}

	// tension-type headache: one red flag

	@Test
	void flagsPapilloedemaAfterATensionTypeHeadache() {
		assertThat(evaluate(BORN_1978, tensionHeadache(),
				condition("disc", ICD, "H47.13", "Papilledema associated with retinal disorder", "2026-10-10")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Papilledema associated with retinal disorder "
					+ "followed tension-type headache, diagnosed on 1 Jul 2026, which does not explain it (tension-type or "
					+ "non-specific headache is a diagnosis of exclusion)"));
	}

	@Test
	void flagsAThunderclapHeadacheWrittenInANoteButNotOneDenied() {
		assertThat(evaluate(BORN_1978, tensionHeadache(), note("n-1", "2026-10-12",
				"Came in with a sudden severe headache while lifting, worst headache of her life.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Thunderclap headache followed tension-type headache"));
		assertThat(evaluate(BORN_1978, tensionHeadache(), note("n-1", "2026-10-12",
				"Usual band-like headache. No thunderclap onset, no papilloedema, no focal deficit.")))
			.isEmpty();
	}

	@Test
	void flagsAnEsrOfFiftyOrMoreAfterAHeadacheOnlyAtFiftyOrOver() {
		assertThat(evaluate(BORN_1962, tensionHeadache(), lab("esr", "4537-7", "ESR", "2026-10-01", 72, "mm/h", "H")))
			.hasValueSatisfying(f -> assertThat(f.reason())
				.startsWith("High erythrocyte sedimentation rate followed tension-type headache"));
		assertThat(evaluate(BORN_1978, tensionHeadache(), lab("esr", "4537-7", "ESR", "2026-10-01", 72, "mm/h", "H")))
			.as("at 48")
			.isEmpty();
		assertThat(evaluate(BORN_1962, tensionHeadache(), lab("esr", "4537-7", "ESR", "2026-10-01", 31, "mm/h", "H")))
			.as("raised, under 50 mm/h")
			.isEmpty();
	}

	@Test
	void leavesPapilloedemaBeforeTheHeadacheLabelOrExplainedByALaterDiagnosisAlone() {
		assertThat(evaluate(BORN_1978, condition("disc", ICD, "H47.13", "Papilledema associated with retinal disorder",
				"2026-06-10"), tensionHeadache()))
			.isEmpty();
		assertThat(evaluate(BORN_1978, tensionHeadache(),
				condition("disc", ICD, "H47.13", "Papilledema associated with retinal disorder", "2026-10-10"),
				condition("iih", ICD, "G93.2", "Benign intracranial hypertension", "2026-10-20")))
			.isEmpty();
	}

	// positional vertigo: one red flag

	@Test
	void flagsAnInabilityToStandUnaidedAfterAPositionalVertigoLabel() {
		assertThat(evaluate(BORN_1978, vertigo(), note("n-1", "2026-10-05",
				"Vertigo worse. On examination unable to stand unaided, vertical nystagmus.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Unable to stand or walk unaided and central "
					+ "nystagmus followed benign paroxysmal vertigo, right ear, diagnosed on 1 Aug 2026"));
	}

	@Test
	void leavesAVertigoLabelWithoutCentralFeaturesOrWithALaterStrokeAlone() {
		assertThat(evaluate(BORN_1978, vertigo(), note("n-1", "2026-10-05",
				"Positional vertigo on rolling over. Gait steady, able to walk unaided. No nystagmus at rest.")))
			.isEmpty();
		assertThat(evaluate(BORN_1978, vertigo(), note("n-1", "2026-10-05", "Unable to stand unaided."),
				condition("stroke", ICD, "I63.9", "Cerebral infarction, unspecified", "2026-10-06")))
			.isEmpty();
	}

	// non-cardiac chest pain: one red flag

	@Test
	void flagsARaisedTroponinAfterCostochondritis() {
		assertThat(evaluate(BORN_1978, costochondritis(),
				lab("trop", "89579-7", "Troponin I high sensitivity", "2026-10-05", 86, "ng/L", "H")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("High troponin followed chondrocostal junction "
					+ "syndrome [Tietze], diagnosed on 1 Sep 2026, which does not explain it (non-cardiac chest pain is a "
					+ "diagnosis of exclusion)"));
	}

	@Test
	void flagsIschaemicChangesWrittenInAnEcgNoteButNotANormalOne() {
		assertThat(evaluate(BORN_1978, costochondritis(), note("n-1", "2026-10-05",
				"ECG today: new 1 mm ST depression V4-V6.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("ST segment depression followed chondrocostal"));
		assertThat(evaluate(BORN_1978, costochondritis(), note("n-1", "2026-10-05",
				"ECG today: sinus rhythm, no ischaemic changes, no ST depression.")))
			.isEmpty();
		assertThat(evaluate(BORN_1978, costochondritis(), note("n-1", "2026-10-05",
				"Seen in ED overnight, troponin was elevated at 64, discharged on aspirin.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Raised troponin followed chondrocostal"));
	}

	@Test
	void leavesATroponinNormalOrExplainedByHeartFailureAlone() {
		assertThat(evaluate(BORN_1978, costochondritis(),
				lab("trop", "89579-7", "Troponin I high sensitivity", "2026-10-05", 4, "ng/L", "N")))
			.isEmpty();
		assertThat(evaluate(BORN_1978, condition("hf", ICD, "I50.9", "Heart failure, unspecified", "2024-02-01"),
				costochondritis(), lab("trop", "89579-7", "Troponin I high sensitivity", "2026-10-05", 40, "ng/L", "H")))
			.isEmpty();
	}

	// reflux and dyspepsia: two red flags, the age at the label one of them

	@Test
	void flagsALowFerritinAfterRefluxNewAtSixtyOrOver() {
		assertThat(evaluate(BORN_1962, reflux(), lab("ferritin", "2276-4", "Ferritin", "2026-10-01", 6, "ng/mL", "L")))
			.hasValueSatisfying(f -> {
				assertThat(f.reason()).startsWith("Low ferritin followed gastro-esophageal reflux disease without "
						+ "esophagitis, diagnosed on 1 Jul 2026 at the age of 64, which does not explain it (reflux or "
						+ "dyspepsia is a diagnosis of exclusion, and dyspepsia new at 60 or over is a red flag of its own)");
				assertThat(f.evidence()).extracting(Evidence::reference)
					.containsExactly("Condition/label/_history/1", "Observation/ferritin/_history/1");
			});
	}

	@Test
	void needsASecondRedFlagAfterRefluxUnderSixty() {
		assertThat(evaluate(BORN_1978, reflux(),
				note("n-1", "2026-10-20", "Reflux better on omeprazole but has lost 6 kg without trying.")))
			.as("one red flag at 48")
			.isEmpty();
		// a recent reflux diagnosis is judged by the explanation map too, which reads a low ferritin alone
		assertThat(evaluate(BORN_1978, reflux(), lab("ferritin", "2276-4", "Ferritin", "2026-10-01", 6, "ng/mL", "L")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Low ferritin began after")
				.doesNotContain("diagnosis of exclusion"));
		assertThat(evaluate(BORN_1978, reflux(), lab("ferritin", "2276-4", "Ferritin", "2026-10-01", 6, "ng/mL", "L"),
				note("n-1", "2026-10-20", "Reflux better on omeprazole but has lost 6 kg without trying.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Unintentional weight loss and low ferritin followed "
					+ "gastro-esophageal reflux disease without esophagitis, diagnosed on 1 Jul 2026, which"));
		assertThat(evaluate(BORN_1962, reflux())).as("an age alone is never enough").isEmpty();
	}

	@Test
	void countsAnIronDeficiencyAnaemiaCodedAfterRefluxAsItsRedFlagNotItsCause() {
		assertThat(evaluate(BORN_1962, reflux(),
				condition("ida", ICD, "D50.9", "Iron deficiency anemia, unspecified", "2026-10-01")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Iron deficiency anemia followed gastro-esophageal "
					+ "reflux disease without esophagitis, diagnosed on 1 Jul 2026 at the age of 64"));
		assertThat(evaluate(BORN_1962, reflux(),
				condition("ida", ICD, "D50.9", "Iron deficiency anemia, unspecified", "2026-10-01"),
				condition("ulcer", ICD, "K25.4", "Chronic or unspecified gastric ulcer with hemorrhage", "2026-10-20")))
			.as("a gastric ulcer found later")
			.isEmpty();
	}

	// functional neurological disorder: one objective sign

	@Test
	void flagsARaisedCreatineKinaseAndDenervationAfterAFunctionalNeurologicalDisorder() {
		assertThat(evaluate(BORN_1978, functionalNeurological(),
				lab("ck", "2157-6", "Creatine kinase", "2026-09-20", 1900, "U/L", "H"),
				note("n-1", "2026-10-02", "EMG: active denervation in the right L5 myotome.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Denervation, neuropathy or myopathy on electromyography and "
					+ "high creatine kinase followed conversion disorder with motor symptom or deficit, diagnosed on 15 Jun "
					+ "2026"));
	}

	@Test
	void leavesAFunctionalNeurologicalDisorderWithANormalWorkUpAlone() {
		assertThat(evaluate(BORN_1978, functionalNeurological(), note("n-1", "2026-10-02",
				"EMG and nerve conduction normal, no denervation. Reflexes brisk and symmetrical, plantars flexor. "
						+ "Hoover's sign positive.")))
			.isEmpty();
	}

	// chronic fatigue: anaemia or an abnormal TSH alone; raised inflammatory markers only with another red flag

	@Test
	void flagsALowHaemoglobinAfterAChronicFatigueLabel() {
		assertThat(evaluate(BORN_1978, chronicFatigue(), lab("hb", "718-7", "Hemoglobin", "2026-10-01", 9.1, "g/dL", "L")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Low haemoglobin followed myalgic encephalomyelitis/"
					+ "chronic fatigue syndrome, diagnosed on 1 Jun 2026, which does not explain it (chronic fatigue is a "
					+ "diagnosis of exclusion)"));
	}

	@Test
	void countsRaisedInflammatoryMarkersAfterChronicFatigueOnlyWithAnotherRedFlag() {
		assertThat(evaluate(BORN_1978, chronicFatigue(), lab("crp", "1988-5", "C reactive protein", "2026-10-01", 21, "mg/L", "H")))
			.as("a weak red flag alone")
			.isEmpty();
		assertThat(evaluate(BORN_1978, chronicFatigue(), lab("crp", "1988-5", "C reactive protein", "2026-10-01", 21, "mg/L", "H"),
				note("n-1", "2026-10-03", "Still exhausted. Has lost 7 kg without trying since the summer.")))
			.hasValueSatisfying(f -> assertThat(f.reason())
				.startsWith("Unintentional weight loss and high inflammatory markers followed myalgic"));
	}

	@Test
	void leavesAnAbnormalTshInAPatientWithThyroidDiseaseAlone() {
		assertThat(evaluate(BORN_1978, condition("hashimoto", ICD, "E06.3", "Autoimmune thyroiditis", "2023-03-01"),
				chronicFatigue(), lab("tsh", "3016-3", "TSH", "2026-10-01", 8.9, "m[IU]/L", "H")))
			.isEmpty();
		assertThat(evaluate(BORN_1978, chronicFatigue(), lab("tsh", "3016-3", "TSH", "2026-10-01", 8.9, "m[IU]/L", "H")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("High thyroid-stimulating hormone followed"));
	}

	// Parkinson's disease: two of the MDS red flags (early falls, autonomic failure, stridor, no levodopa response)

	@Test
	void flagsEarlyFallsAutonomicFailureAndNoLevodopaResponseAfterAParkinsonsDiseaseLabel() {
		assertThat(evaluate(BORN_1962, parkinsons("2025-12-01"),
				condition("oh", SCT, "28651003", "Orthostatic hypotension", "2026-09-22"),
				note("n-1", "2026-10-20", "No meaningful response to levodopa 600 mg/day. 5 falls in 6 months, mostly backward.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Orthostatic hypotension, no response to levodopa and "
					+ "recurrent falls followed Parkinson's disease without dyskinesia, without mention of fluctuations, diagnosed on "
					+ "1 Dec 2025, which does not explain them "
					+ "(Parkinson's disease is diagnosed only while such red flags are absent)"));
	}

	@Test
	void leavesParkinsonsDiseaseWithOneRedFlagOrRedFlagsYearsIntoTheDiseaseAlone() {
		assertThat(evaluate(BORN_1962, parkinsons("2025-12-01"),
				condition("oh", SCT, "28651003", "Orthostatic hypotension", "2026-09-22")))
			.as("one red flag")
			.isEmpty();
		assertThat(evaluate(BORN_1962, parkinsons("2025-12-01"), note("n-1", "2026-10-20",
				"Good response to levodopa. No falls. No orthostatic hypotension on standing.")))
			.as("denied")
			.isEmpty();
		Condition longStanding = parkinsons("2016-03-01");
		Encounter visit = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED);
		visit.setId("pd-visit");
		visit.getPeriod().setStartElement(new DateTimeType("2026-10-20T10:00:00Z"));
		visit.addReasonCode(new CodeableConcept(new Coding(ICD, "G20.A1", "Parkinson's disease")));
		assertThat(evaluate(BORN_1962, longStanding, visit,
				condition("oh", SCT, "28651003", "Orthostatic hypotension", "2026-09-22"),
				note("n-1", "2026-10-20", "Recurrent falls. Levodopa response wearing off.")))
			.as("a decade into the disease, falls and autonomic failure are its course")
			.isEmpty();
	}

	// a catch-all that names a finding, not its cause, while a symptom stays on the problem list

	@Test
	void judgesAnUnspecifiedAnaemiaAgainstASymptomStillActiveOnTheProblemList() {
		Condition anaemia = condition("label", ICD, "D64.9", "Anemia, unspecified", "2026-04-28");
		Condition haemoglobinuria = condition("hburia", ICD, "R82.3", "Hemoglobinuria", "2026-07-10");
		assertThat(evaluate(BORN_1978, anaemia, haemoglobinuria)).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("Anemia, unspecified, a catch-all diagnosis, has stood for 201 days while symptoms continue "
					+ "(hemoglobinuria, last on 10 Jul 2026)"));
		haemoglobinuria.setClinicalStatus(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "resolved", null)));
		assertThat(evaluate(BORN_1978, anaemia, haemoglobinuria)).as("the symptom resolved four months ago").isEmpty();
	}

	// reflex syncope: one high-risk feature of cardiac syncope; rhinitis: two alarm symptoms

	@Test
	void flagsAProlongedQtcOrExertionalSyncopeAfterAVasovagalLabelButNotSyncopeAlone() {
		Condition vasovagal = condition("label", SCT, "398665005", "Vasovagal syncope", "2026-06-21");
		assertThat(evaluate(BORN_1978, vasovagal, lab("qtc", "8636-3", "QTc interval", "2026-10-04", 501, "ms", "H")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("High corrected QT interval followed vasovagal "
					+ "syncope, diagnosed on 21 Jun 2026, which does not explain it (reflex syncope is diagnosed only "
					+ "without the high-risk features of cardiac syncope)"));
		assertThat(evaluate(BORN_1978, vasovagal, note("n-1", "2026-10-04", "Sudden LOC while running for the bus. "
				+ "Exertional syncope.")))
			.isPresent();
		assertThat(evaluate(BORN_1978, vasovagal, condition("again", ICD, "R55", "Syncope and collapse", "2026-10-04"),
				lab("qtc", "8636-3", "QTc interval", "2026-10-04", 452, "ms", "H")))
			.as("another faint and a QTc under 470 ms")
			.isEmpty();
	}

	@Test
	void flagsTwoAlarmSymptomsAfterARhinitisLabelButNotANosebleedAlone() {
		Condition rhinitis = condition("label", ICD, "J30.9", "Allergic rhinitis, unspecified", "2026-03-01");
		assertThat(evaluate(BORN_1962, rhinitis, condition("numb", ICD, "R20.1", "Hypoesthesia of skin", "2026-09-15"),
				note("n-1", "2026-09-15", "Persistent unilateral nasal obstruction on the left.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("(rhinitis inflames both sides of the nose and "
					+ "produces none of these alarm symptoms)"));
		assertThat(evaluate(BORN_1962, rhinitis, condition("bleed", ICD, "R04.0", "Epistaxis", "2026-09-15")))
			.as("a nosebleed on nasal steroids")
			.isEmpty();
	}

	@Test
	void flagsAnInflammatoryArthritisAfterAnOsteoarthritisLabelButNotOneRaisedMarker() {
		Condition knees = condition("label", SCT, "239873007", "Osteoarthritis of knee", "2026-05-01");
		assertThat(evaluate(BORN_1962, knees, lab("esr", "4537-7", "ESR", "2026-10-27", 48, "mm/h", "H"),
				lab("rf", "11572-5", "Rheumatoid factor", "2026-10-27", 88, "[IU]/mL", "H")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("High erythrocyte sedimentation rate and high "
					+ "rheumatoid factor followed osteoarthritis of knee, diagnosed on 1 May 2026, which does not explain "
					+ "them (osteoarthritis is classified only while the signs of an inflammatory arthritis are absent)"));
		assertThat(evaluate(BORN_1962, knees, note("n-1", "2026-10-27", "Boggy swelling of MCP 2-3 both hands."),
				lab("ccp", "32218-0", "Cyclic citrullinated peptide Ab", "2026-10-27", 140, "U/mL", "H")))
			.as("synovitis in words and anti-CCP")
			.isPresent();
		assertThat(evaluate(BORN_1962, knees, lab("esr", "4537-7", "ESR", "2026-10-27", 34, "mm/h", "H"),
				lab("crp", "1988-5", "C reactive protein", "2026-10-27", 14, "mg/L", "H")))
			.as("an ESR under 40 mm/h and a raised CRP, common with age and an effusion")
			.isEmpty();
		assertThat(evaluate(BORN_1962, knees, lab("rf", "11572-5", "Rheumatoid factor", "2026-10-27", 88, "[IU]/mL", "H")))
			.as("one red flag of the two needed")
			.isEmpty();
		assertThat(evaluate(BORN_1962, knees, lab("esr", "4537-7", "ESR", "2026-10-27", 48, "mm/h", "H"),
				lab("rf", "11572-5", "Rheumatoid factor", "2026-10-27", 88, "[IU]/mL", "H"),
				condition("ra", ICD, "M06.9", "Rheumatoid arthritis, unspecified", "2026-11-05")))
			.as("rheumatoid arthritis diagnosed since")
			.isEmpty();
	}

	@Test
	void flagsTheFindingsOfEndometriosisAfterAnIrritableBowelLabel() {
		Condition ibs = condition("label", ICD, "K58.9", "Irritable bowel syndrome without diarrhea", "2026-06-01");
		assertThat(evaluate(BORN_1978, ibs, note("n-1", "2026-10-06", "Cyclic pain; painful bowel movements during menses."),
				lab("ca125", "10334-1", "Cancer Ag 125", "2026-10-06", 68, "U/mL", "H")))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("high CA-125 followed irritable bowel syndrome"));
		assertThat(evaluate(BORN_1978, ibs, condition("dysp", SCT, "71315007", "Dyspareunia", "2026-10-06")))
			.as("deep dyspareunia")
			.isPresent();
		assertThat(evaluate(BORN_1978, ibs, condition("dysp", SCT, "71315007", "Dyspareunia", "2026-10-06"),
				condition("endo", ICD, "N80.9", "Endometriosis, unspecified", "2026-11-01")))
			.as("endometriosis diagnosed since")
			.isEmpty();
		assertThat(evaluate(BORN_1978, ibs, note("n-1", "2026-10-06", "No dyspareunia, no painful bowel movements.")))
			.as("denied")
			.isEmpty();
	}

	@Test
	void judgesALabelOlderThanAYearThatANoteOfTheYearRestates() {
		Condition old = condition("label", ICD, "F44.4", "Conversion disorder with motor symptom or deficit", "2025-06-01");
		Observation ck = lab("ck", "2157-6", "Creatine kinase", "2026-10-20", 2400, "U/L", "H");
		assertThat(evaluate(BORN_1978, old, ck, note("n-1", "2026-11-01",
				"Assessment unchanged: functional neurological disorder. Continue physio.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("High creatine kinase followed conversion disorder"));
		assertThat(evaluate(BORN_1978, old, ck)).as("no visit, prescription or note of the year names it").isEmpty();
		assertThat(evaluate(BORN_1978, old, ck, note("n-1", "2025-09-01",
				"Assessment: functional neurological disorder."))).as("a note older than a year").isEmpty();
		assertThat(evaluate(BORN_1978, old, ck, note("n-1", "2026-11-01",
				"This is not a functional neurological disorder; referred to neuromuscular clinic.")))
			.as("a note that sets the label aside")
			.isEmpty();
	}

	@Test
	void countsNoDiagnosisOverBeforeTheRedFlagsCameAsTheirCause() {
		Condition knees = condition("label", SCT, "239873007", "Osteoarthritis of knee", "2026-05-01");
		Condition uti = condition("uti", ICD, "N39.0", "Urinary tract infection, site not specified", "2026-06-10");
		uti.setClinicalStatus(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "resolved", null)));
		Observation esr = lab("esr", "4537-7", "ESR", "2026-10-27", 48, "mm/h", "H");
		Observation rf = lab("rf", "11572-5", "Rheumatoid factor", "2026-10-27", 88, "[IU]/mL", "H");
		assertThat(evaluate(BORN_1962, knees, uti, esr, rf)).as("a urinary infection treated in June").isPresent();
		Condition gout = condition("gout", ICD, "M10.9", "Gout, unspecified", "2026-06-10");
		assertThat(evaluate(BORN_1962, knees, gout, esr, rf)).as("a diagnosis still active may be the cause").isEmpty();
	}

	@Test
	void flagsTwoRedFlagsOfASecondaryHeadacheAfterAMigraineLabelButNotItsOwnCourse() {
		Condition migraine = condition("label", ICD, "G43.009", "Migraine without aura, not intractable", "2026-03-01");
		assertThat(evaluate(BORN_1978, migraine, condition("disc", SCT, "423341008", "Optic disc edema", "2026-11-01"),
				condition("diplopia", ICD, "H53.2", "Diplopia", "2026-11-01")))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("followed migraine without aura, diagnosed on 1 Mar "
					+ "2026, which does not explain them (migraine is diagnosed only while no secondary headache is suggested)"));
		assertThat(evaluate(BORN_1978, migraine, note("n-1", "2026-11-01",
				"Headaches getting progressively worse, now 20 days a month despite topiramate.")))
			.as("a migraine getting more frequent: the worsening criterion's ground")
			.isEmpty();
	}

	@Test
	void countsAnOldRedFlagOfALabelANoteOfTheLastMonthsRestatesAfterIt() {
		Condition old = condition("label", ICD, "M79.7", "Fibromyalgia", "2025-01-10");
		Observation ck = lab("ck", "2157-6", "Creatine kinase", "2026-07-09", 1850, "U/L", "H");
		Observation esr = lab("esr", "4537-7", "ESR", "2026-07-09", 38, "mm/h", "H");
		assertThat(evaluate(BORN_1978, old, ck, esr, note("n-1", "2026-10-14",
				"Pain and weakness worse. Dx fibromyalgia on problem list. Increase gabapentin.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("High creatine kinase and high inflammatory markers "
					+ "followed fibromyalgia"));
		assertThat(evaluate(BORN_1978, old, ck, esr, note("n-1", "2026-07-01", "Dx fibromyalgia on problem list.")))
			.as("restated before the red flags only")
			.isEmpty();
	}

	@Test
	void countsALabelANoteRestatesByItsIcd10Code() {
		Condition old = condition("label", "http://hl7.org/fhir/sid/icd-10", "M79.7", "Fibromyalgia", "2025-01-10");
		Observation ck = lab("ck", "2157-6", "Creatine kinase", "2026-07-09", 1850, "U/L", "H");
		Observation esr = lab("esr", "4537-7", "ESR", "2026-07-09", 38, "mm/h", "H");
		assertThat(evaluate(BORN_1978, old, ck, esr, note("n-1", "2026-10-14",
				"Bolesti a slabosť horšie. Záver: M79.7 – pokračovať v liečbe.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("High creatine kinase and high inflammatory markers "
					+ "followed fibromyalgia"));
		assertThat(evaluate(BORN_1978, old, ck, esr, note("n-1", "2026-10-14", "Bolesti horšie. Kontrola o 3 mesiace.")))
			.as("a note that does not name it")
			.isEmpty();
	}

	@Test
	void judgesLumbarDiscDegenerationAsTheLabelOfMechanicalBackPainItIs() {
		Condition ddd = condition("label", ICD, "M51.36", "Other intervertebral disc degeneration, lumbar region", "2026-04-02");
		assertThat(evaluate(BORN_1962, ddd, lab("esr", "30341-2", "ESR", "2026-11-06", 64, "mm/h", "H"),
				lab("alp", "6768-6", "Alkaline phosphatase", "2026-11-06", 214, "U/L", "H")))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("followed other intervertebral disc degeneration, "
					+ "lumbar region, diagnosed on 2 Apr 2026, which does not explain them"));
		assertThat(evaluate(BORN_1962, ddd, lab("esr", "30341-2", "ESR", "2026-11-06", 64, "mm/h", "H")))
			.as("one red flag where two are needed")
			.isEmpty();
	}

	@Test
	void readsAnExaminationWrittenAsTextAndSignsOfRaisedPressureAfterAMigraineLabel() {
		Condition migraine = condition("label", SCT, "56097005", "Migraine without aura", "2026-03-04");
		Observation fundus = new Observation();
		fundus.setId("fundus");
		fundus.setStatus(Observation.ObservationStatus.FINAL);
		fundus.setSubject(new Reference("Patient/p-1"));
		fundus.getCode().setText("Dilated fundus examination");
		fundus.addCategory(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "exam", null)));
		fundus.setEffective(new DateTimeType("2026-10-14T10:00:00Z"));
		fundus.setValue(new org.hl7.fhir.r4.model.StringType("Bilateral optic disc edema with blurred margins, Frisen grade 2."));
		fundus.addInterpretation(new CodeableConcept(new Coding(
				"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "A", null)));
		assertThat(evaluate(BORN_1978, migraine, fundus, note("n-1", "2026-10-20",
				"Daily headaches, positional, with pulsatile tinnitus and transient visual obscurations.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("pulsatile tinnitus or transient visual obscurations"));
		fundus.setValue(new org.hl7.fhir.r4.model.StringType("Optic discs sharp, no edema."));
		fundus.getInterpretationFirstRep().getCodingFirstRep().setCode("N");
		assertThat(evaluate(BORN_1978, migraine, fundus, note("n-1", "2026-10-20", "Daily headaches, positional.")))
			.as("a normal examination and one red flag")
			.isEmpty();
	}

	@Test
	void judgesNoNewSymptomAgainstADiagnosisBroughtFromHistoryLongAfterItsOnset() {
		Condition migraine = condition("migraine", SCT, "56097005", "Migraine without aura", "2026-07-14");
		migraine.getCode().addCoding(new Coding(ICD, "G43.009", "Migraine without aura, not intractable"));
		Condition handPain = condition("hands", SCT, "57676002", "Joint pain", "2026-09-08");
		assertThat(evaluate(BORN_1978, migraine, handPain)).as("a migraine diagnosed in July, joint pain since")
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Joint pain began after migraine without aura"));
		migraine.setOnset(new DateTimeType("2010-05-01"));
		assertThat(evaluate(BORN_1978, migraine, handPain)).as("a migraine since 2010 entered at a first visit in July")
			.isEmpty();
	}

	@Test
	void flagsTheSignsOfPulmonaryFibrosisAfterACopdLabelWithoutAirflowObstruction() {
		Condition copd = condition("label", ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified", "2026-03-01");
		Observation ratio = lab("ratio", "19926-5", "FEV1/FVC", "2026-10-06", 0.84, "{ratio}", "N");
		DocumentReference exam = note("n-1", "2026-10-06", "Exam: fine bibasilar inspiratory crackles. Digital clubbing.");
		assertThat(evaluate(BORN_1962, copd, ratio, exam)).hasValueSatisfying(f -> assertThat(f.reason())
			.contains("followed chronic obstructive pulmonary disease, diagnosed on 1 Mar 2026")
			.contains("(COPD is diagnosed by airflow limitation, and produces none of these findings)"));
		assertThat(evaluate(BORN_1962, copd, lab("ratio", "19926-5", "FEV1/FVC", "2026-10-06", 0.58, "{ratio}", "L"),
				note("n-1", "2026-10-06", "Exam: coarse crackles and wheeze, no clubbing.")))
			.as("airflow obstruction, coarse crackles, clubbing denied")
			.isEmpty();
		assertThat(evaluate(BORN_1962, copd, ratio)).as("a ratio of 0.70 or more alone").isEmpty();
		assertThat(evaluate(BORN_1962, copd, ratio, exam,
				condition("ild", ICD, "J84.10", "Pulmonary fibrosis, unspecified", "2026-11-01")))
			.as("pulmonary fibrosis diagnosed since")
			.isEmpty();
	}

	@Test
	void flagsNephroticProteinuriaAndGlomerularHaematuriaAfterAHypertensiveKidneyDiseaseLabel() {
		Condition nephrosclerosis = condition("label", ICD, "I12.9",
				"Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease", "2026-02-01");
		Observation upcr = lab("upcr", "2890-2", "Protein/Creatinine [Mass Ratio] in Urine", "2026-10-07", 4.3, "g/g", "H");
		assertThat(evaluate(BORN_1962, nephrosclerosis, upcr,
				note("n-1", "2026-10-07", "Urine sediment: 10-20 RBC/hpf, dysmorphic RBCs, occasional RBC cast.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Dysmorphic red cells or red-cell casts in urine and high urine protein/creatinine ratio followed hypertensive chronic kidney disease"));
		assertThat(evaluate(BORN_1962, nephrosclerosis, upcr,
				lab("alb", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-10-07", 2.8, "g/dL", "L")))
			.as("nephrotic-range proteinuria and a low albumin")
			.isPresent();
		assertThat(evaluate(BORN_1962, nephrosclerosis,
				lab("upcr", "2890-2", "Protein/Creatinine [Mass Ratio] in Urine", "2026-10-07", 0.8, "g/g", "H"),
				lab("alb", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-10-07", 3.3, "g/dL", "L")))
			.as("modest proteinuria and a low albumin, which counts only with another")
			.isEmpty();
		assertThat(evaluate(BORN_1962, nephrosclerosis, upcr,
				lab("alb", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-10-07", 2.8, "g/dL", "L"),
				condition("mn", ICD, "N04.2", "Nephrotic syndrome with diffuse membranous glomerulonephritis", "2026-11-01")))
			.as("a glomerular disease diagnosed since")
			.isEmpty();
	}

	@Test
	void flagsTheSignsOfCushingsSyndromeAfterAnObesityLabel() {
		Condition obesity = condition("label", ICD, "E66.9", "Obesity, unspecified", "2026-02-01");
		DocumentReference exam = note("n-1", "2026-10-20",
				"Exam: wide purple abdominal striae, round plethoric face, proximal leg weakness.");
		Condition diabetes = condition("dm", ICD, "E11.9", "Type 2 diabetes mellitus without complications", "2026-06-02");
		assertThat(evaluate(BORN_1978, obesity, exam)).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("Wide violaceous striae, facial plethora and proximal myopathy followed obesity, diagnosed on 1 Feb 2026"));
		assertThat(evaluate(BORN_1978, obesity, exam,
				condition("cushing", ICD, "E24.9", "Cushing's syndrome, unspecified", "2026-11-01")))
			.as("Cushing's syndrome diagnosed since")
			.isEmpty();
		assertThat(evaluate(BORN_1978, obesity, note("n-1", "2026-10-20", "Silvery striae on the abdomen."),
				lab("k", "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-10-20", 3.3, "mmol/L", "L")))
			.as("pale striae and a low potassium, which counts only with another")
			.isEmpty();
		assertThat(evaluate(BORN_1978, obesity, exam, diabetes))
			.as("a diagnosis made since may be the cause")
			.isEmpty();
	}

	@Test
	void flagsTheSignsOfAMyositisAfterAPolymyalgiaRheumaticaLabel() {
		Condition pmr = condition("label", ICD, "M35.3", "Polymyalgia rheumatica", "2026-03-09");
		Observation ck = lab("ck", "2157-6", "Creatine kinase", "2026-10-02", 2380, "U/L", "H");
		assertThat(evaluate(BORN_1962, pmr, ck, note("n-1", "2026-11-04", "Persistent proximal weakness, now using a walker.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("(polymyalgia rheumatica causes pain and stiffness, "
					+ "not weakness, and leaves the muscle enzymes normal)"));
		assertThat(evaluate(BORN_1962, pmr, ck)).as("a raised creatine kinase alone").isEmpty();
	}

	@Test
	void takesSeizuresForTheCourseOfAFunctionalSeizureDiagnosisNotForItsRedFlag() {
		Condition seizures = condition("seizure", ICD, "R56.9", "Unspecified convulsions", "2026-10-28");
		assertThat(evaluate(BORN_1978, condition("label", ICD, "F44.5", "Conversion disorder with seizures or convulsions",
				"2026-07-17"), seizures)).isEmpty();
		assertThat(evaluate(BORN_1978, functionalNeurological(), seizures)).as("a seizure after a functional weakness")
			.isPresent();
	}

	@Test
	void flagsTheRedFlagsOfACauseAfterFatigueCodedAsTheDiagnosis() {
		Condition fatigue = condition("label", ICD, "R53.83", "Other fatigue", "2026-03-10");
		Observation hb = lab("hb", "718-7", "Hemoglobin", "2026-10-23", 10.1, "g/dL", "L");
		Observation calcium = lab("ca", "17861-6", "Calcium", "2026-10-23", 11.3, "mg/dL", "H");
		assertThat(evaluate(BORN_1962, fatigue, hb, calcium)).hasValueSatisfying(f -> assertThat(f.reason())
			.contains("(fatigue is a symptom, coded as the diagnosis only while the tests for its cause stay normal)"));
		assertThat(evaluate(BORN_1962, fatigue, note("n-1", "2026-09-08", "Night sweats 2-3 times a week, about 5 kg weight loss.")))
			.as("night sweats and weight loss in words")
			.isPresent();
		assertThat(evaluate(BORN_1962, fatigue, hb)).as("one red flag of the two needed").isEmpty();
		assertThat(evaluate(BORN_1962, fatigue, lab("esr", "4537-7", "ESR", "2026-10-23", 34, "mm/h", "H"),
				lab("crp", "1988-5", "C reactive protein", "2026-10-23", 14, "mg/L", "H")))
			.as("raised inflammatory markers, counted once and only with another")
			.isEmpty();
	}

	@Test
	void flagsObjectiveSignsOfDiseaseAfterASomaticSymptomDisorderLabel() {
		Condition somatic = condition("label", ICD, "F45.1", "Undifferentiated somatoform disorder", "2026-04-14");
		assertThat(evaluate(BORN_1978, somatic, condition("effusion", ICD, "M25.461", "Effusion, right knee", "2026-10-06"),
				lab("ana", "5048-4", "Nuclear Ab [Titer] in Serum by Immunofluorescence", "2026-10-06", 640, "{titer}", "H")))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("(a somatic symptom disorder accounts for how symptoms "
					+ "are experienced, not for objective signs of disease)"));
		assertThat(evaluate(BORN_1978, somatic, note("n-1", "2026-10-06", "Right knee: warm with a moderate effusion."),
				lab("crp", "1988-5", "C reactive protein", "2026-10-06", 24, "mg/L", "H")))
			.as("an effusion in words and a raised CRP")
			.isPresent();
		assertThat(evaluate(BORN_1978, somatic, lab("crp", "1988-5", "C reactive protein", "2026-10-06", 24, "mg/L", "H")))
			.as("a raised CRP alone")
			.isEmpty();
	}

	@Test
	void flagsPtosisAndDoubleVisionAfterADryEyeLabel() {
		Condition dryEye = condition("label", ICD, "H04.123", "Dry eye syndrome of bilateral lacrimal glands", "2026-05-12");
		assertThat(evaluate(BORN_1962, dryEye, condition("ptosis", ICD, "H02.403", "Unspecified ptosis of bilateral eyelids",
				"2026-08-18"), condition("diplopia", ICD, "H53.2", "Diplopia", "2026-10-27")))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("(dry eye is a disease of the ocular surface and moves "
					+ "neither the lids nor the eyes)"));
		assertThat(evaluate(BORN_1962, dryEye, condition("ptosis", ICD, "H02.403", "Unspecified ptosis of bilateral eyelids",
				"2026-08-18")))
			.as("a ptosis alone, common with age")
			.isEmpty();
		assertThat(evaluate(BORN_1962, dryEye, note("n-1", "2026-10-27", "Droopy lids by evening."),
				condition("diplopia", ICD, "H53.2", "Diplopia", "2026-10-27")))
			.as("the drooping lids in words")
			.isPresent();
	}

	@Test
	void flagsTheSignsOfALymphomaAfterADermatitisLabel() {
		Condition dermatitis = condition("label", ICD, "L25.9", "Unspecified contact dermatitis, unspecified cause",
				"2026-01-12");
		Condition nodes = condition("nodes", SCT, "30746006", "Lymphadenopathy", "2026-11-16");
		Observation ldh = lab("ldh", "14804-9", "Lactate dehydrogenase", "2026-11-16", 318, "U/L", "H");
		assertThat(evaluate(BORN_1962, dermatitis, nodes, ldh)).hasValueSatisfying(f -> assertThat(f.reason())
			.contains("followed contact dermatitis, diagnosed on")
			.contains("(dermatitis inflames the skin and causes neither enlarged lymph nodes nor weight loss, sweats or a "
					+ "raised LDH)"));
		assertThat(evaluate(BORN_1962, dermatitis,
				note("n-1", "2026-11-16", "Palpable axillary nodes. Weight down 6 kg, night sweats some nights.")))
			.as("nodes, weight loss and sweats in words")
			.isPresent();
		assertThat(evaluate(BORN_1962, dermatitis, nodes)).as("reactive nodes alone, common with widespread eczema")
			.isEmpty();
		assertThat(evaluate(BORN_1962, dermatitis, lab("eos", "711-2", "Eosinophils", "2026-11-16", 1.3, "10*3/uL", "H"),
				ldh))
			.as("eosinophilia is the eczema's own")
			.isEmpty();
	}

	@Test
	void flagsTheFeaturesOfAxialSpondyloarthritisAfterAMechanicalBackPainLabel() {
		Condition backPain = condition("label", ICD, "M54.50", "Low back pain, unspecified", "2026-01-12");
		Observation crp = lab("crp", "1988-5", "C reactive protein", "2026-09-22", 24, "mg/L", "H");
		assertThat(evaluate(BORN_1978, backPain, crp,
				note("n-1", "2026-11-10", "Labs: CRP 24, ESR 32, HLA-B27 positive. A: mechanical LBP.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("HLA-B27 positive"));
		assertThat(evaluate(BORN_1978, backPain,
				note("n-1", "2026-09-01", "Now also heel pain at the Achilles insertion (tender enthesis)."),
				note("n-2", "2026-10-15", "MRI: bilateral sacroiliac subchondral bone marrow oedema.")))
			.as("enthesitis and sacroiliitis in words")
			.isPresent();
		assertThat(evaluate(BORN_1978, backPain, crp)).as("raised inflammatory markers alone").isEmpty();
	}

	@Test
	void flagsARisingPsaAndNightPainAfterABackPainLabel() {
		Condition backPain = condition("label", ICD, "M54.50", "Low back pain, unspecified", "2026-05-12");
		Observation psa = lab("psa", "2857-1", "Prostate specific Ag", "2026-11-03", 4.6, "ng/mL", "H");
		assertThat(evaluate(BORN_1962, backPain, psa,
				note("n-1", "2026-11-03", "Ongoing low back pain, now waking him at night; physio has not helped.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("high prostate-specific antigen"));
		assertThat(evaluate(BORN_1962, backPain, psa)).as("a raised PSA alone").isEmpty();
	}

	@Test
	void flagsAnaemiaAndALowVitaminB12AfterASomaticSymptomDisorderLabel() {
		Condition somatic = condition("label", ICD, "F45.1", "Undifferentiated somatoform disorder", "2026-02-10");
		Observation b12 = local(lab("b12", "x", "Vitamin B12", "2026-10-20", 98, "pg/mL", "L"), "B12");
		assertThat(evaluate(BORN_1962, somatic, b12,
				lab("hb", "718-7", "Hemoglobin", "2026-10-20", 10.4, "g/dL", "L")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Low vitamin B12 and low haemoglobin followed"));
		assertThat(evaluate(BORN_1962, somatic, lab("mcv", "787-2", "MCV", "2026-10-20", 104, "fL", "H")))
			.as("a raised MCV alone, which counts only with another")
			.isEmpty();
	}

	@Test
	void flagsTheSignsOfAutoimmuneDiabetesAfterAType2DiabetesLabelReadingLocallyCodedTestsByName() {
		Condition diabetes = condition("label", ICD, "E11.9", "Type 2 diabetes mellitus without complications",
				"2026-04-20");
		Observation gad = local(lab("gad", "x", "GAD65 antibodies", "2026-10-01", 250, "[IU]/mL", "H"), "GADAB");
		Observation cPeptide = local(lab("cpep", "x", "C-peptide (random, with glucose 14.2 mmol/L)", "2026-10-01", 236,
				"pmol/L", "L"), "CPEP");
		assertThat(evaluate(BORN_1978, diabetes, gad, cPeptide)).hasValueSatisfying(f -> assertThat(f.reason())
			.contains("(type 2 diabetes keeps its insulin reserve and makes no islet autoantibodies)"));
		assertThat(evaluate(BORN_1978, diabetes, gad,
				note("n-1", "2026-11-10", "Patient rang: feels exhausted, still thirsty, lost 6 kg without trying.")))
			.as("antibodies and weight loss in words")
			.isPresent();
		assertThat(evaluate(BORN_1978, diabetes, cPeptide)).as("a low C-peptide alone").isEmpty();
		assertThat(evaluate(BORN_1978, diabetes, local(lab("gad", "x", "GAD65 antibodies", "2026-10-01", 1, "[IU]/mL", "N"),
				"GADAB"), cPeptide))
			.as("negative antibodies")
			.isEmpty();
	}

	/** The test under a laboratory's own code, its name as the code's display and text. */
	private static Observation local(Observation lab, String code) {
		String name = lab.getCode().getCodingFirstRep().getDisplay();
		lab.setCode(new CodeableConcept(new Coding("https://lab.example.org/fhir/CodeSystem/tests", code, name)).setText(name));
		return lab;
	}

	@Test
	void flagsTheSignsOfArterialClaudicationAfterASciaticaLabel() {
		Condition sciatica = condition("label", ICD, "M54.41", "Lumbago with sciatica, right side", "2025-12-09");
		assertThat(evaluate(BORN_1962, sciatica, note("n-1", "2026-10-06", "Calf pain walking 1 block. Pedal pulses hard to feel."),
				note("n-2", "2026-11-10", "Arterial Doppler: moderate arterial insufficiency, right femoropopliteal occlusive disease.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("followed lumbago with sciatica, right side"));
		assertThat(evaluate(BORN_1962, sciatica, note("n-1", "2026-10-06", "Calf pain walking 1 block. Pedal pulses hard to feel.")))
			.as("one red flag of the two needed")
			.isEmpty();
	}

	@Test
	void flagsEosinophiliaAndRedCellsInTheUrineAfterASomaticSymptomDisorderLabel() {
		Condition somatic = condition("label", ICD, "F45.1", "Undifferentiated somatoform disorder", "2026-03-10");
		assertThat(evaluate(BORN_1978, somatic, lab("eos", "711-2", "Eosinophils [#/volume] in Blood", "2026-09-01", 1.4,
				"10*3/uL", "H"), lab("rbc", "13945-1", "Erythrocytes [#/area] in Urine sediment", "2026-09-01", 12, "/[HPF]", "H")))
			.isPresent();
	}

	private Optional<Finding> evaluate(String born, Resource... resources) {
		List<Resource> all = new ArrayList<>();
		Patient patient = new Patient();
		patient.setId("p-1");
		patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(born));
		patient.setGender(Enumerations.AdministrativeGender.FEMALE);
		all.add(patient);
		all.addAll(List.of(resources));
		return criterion.evaluate(PictureFixtures.picture(PatientRef.of("test", "p-1"), all), NOW);
	}

	private static Concept coded(String system, String code) {
		return new Concept(List.of(new CodedConcept(system, code, null)), null);
	}

	private static Condition fibromyalgia() {
		return condition("label", ICD, "M79.7", "Fibromyalgia", "2026-06-01");
	}

	private static Condition tensionHeadache() {
		return condition("label", SCT, "398057008", "Tension-type headache", "2026-07-01");
	}

	private static Condition vertigo() {
		return condition("label", ICD, "H81.11", "Benign paroxysmal vertigo, right ear", "2026-08-01");
	}

	private static Condition costochondritis() {
		return condition("label", ICD, "M94.0", "Chondrocostal junction syndrome [Tietze]", "2026-09-01");
	}

	private static Condition reflux() {
		return condition("label", ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis", "2026-07-01");
	}

	private static Condition functionalNeurological() {
		return condition("label", ICD, "F44.4", "Conversion disorder with motor symptom or deficit", "2026-06-15");
	}

	private static Condition chronicFatigue() {
		return condition("label", ICD, "G93.32", "Myalgic encephalomyelitis/chronic fatigue syndrome", "2026-06-01");
	}

	private static Condition parkinsons(String day) {
		return condition("label", ICD, "G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations", day);
	}

	private static Condition condition(String id, String system, String code, String display, String day) {
		Condition condition = new Condition();
		condition.setId(id);
		condition.setSubject(new Reference("Patient/p-1"));
		condition.setClinicalStatus(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null)));
		condition.setCode(new CodeableConcept(new Coding(system, code, display)));
		condition.setRecordedDateElement(new DateTimeType(day));
		condition.setOnset(new DateTimeType(day));
		return condition;
	}

	private static Observation lab(String id, String loinc, String display, String day, double value, String unit,
			String interpretation) {
		Observation lab = new Observation();
		lab.setId(id);
		lab.setStatus(Observation.ObservationStatus.FINAL);
		lab.setSubject(new Reference("Patient/p-1"));
		lab.addCategory(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", null)));
		lab.setCode(new CodeableConcept(new Coding("http://loinc.org", loinc, display)));
		lab.setEffective(new DateTimeType(day + "T10:00:00Z"));
		lab.setValue(new Quantity().setValue(value).setUnit(unit).setSystem("http://unitsofmeasure.org").setCode(unit));
		lab.addInterpretation(new CodeableConcept(new Coding(
				"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", interpretation, null)));
		return lab;
	}

	private static DocumentReference note(String id, String day, String text) {
		DocumentReference note = new DocumentReference();
		note.setId(id);
		note.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
		note.setSubject(new Reference("Patient/p-1"));
		note.setType(new CodeableConcept(new Coding("http://loinc.org", "11506-3", "Progress note")));
		note.setDate(Date.from(Instant.parse(day + "T15:00:00Z")));
		note.addContent().setAttachment(new Attachment().setContentType("text/plain")
			.setData(text.getBytes(StandardCharsets.UTF_8)));
		return note;
	}

}
