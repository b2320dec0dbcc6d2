package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.assessment.picture.PictureFixtures.picture;

class DiagnosisSymptomMismatchTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final String FIXTURES = "fixtures/diagnosis-symptom-mismatch/";

	private final DiagnosisSymptomMismatch criterion = new DiagnosisSymptomMismatch(RuleSettings.valueSetFiles(),
			RuleSettings.load("diagnosis-mismatch", MismatchSettings.class));

	@Test
	void flagsACatchAllDiagnosisMatchedByAnIcd10CategoryFilterStandingForMonthsWhileSymptomsContinue() {
		assertThat(evaluate("irritable-bowel-for-months-with-diarrhoea.json")).hasValueSatisfying(f -> {
			assertThat(f.code().code()).isEqualTo("DIAGNOSIS_SYMPTOM_MISMATCH");
			assertThat(f.reason()).isEqualTo("Irritable bowel syndrome with diarrhea, a catch-all diagnosis, has stood "
					+ "for 290 days while symptoms continue (diarrhea, last on 14 Oct 2026); a second opinion can check "
					+ "whether the diagnosis is right.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/ibs/_history/2", "Observation/diarrhoea-1/_history/1",
						"Observation/diarrhoea-2/_history/1");
			assertThat(f.problems()).contains("Condition/ibs");
		});
	}

	@Test
	void waitsNinetyDaysBeforeCallingACatchAllLabelPersistent() {
		assertThat(evaluate("fatigue-label-thirty-days-old.json")).isEmpty();
	}

	@Test
	void leavesASymptomLabelWithANormalWorkUpToPersistentSymptomsButNotOneFollowedByAnAbnormalResult() {
		assertThat(evaluate("fatigue-label-eight-months-old-with-a-normal-work-up.json"))
			.as("fatigue as the label of fatigue: symptoms without a diagnosis").isEmpty();
		assertThat(evaluate("fatigue-label-eight-months-old-then-a-raised-alkaline-phosphatase.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("a catch-all diagnosis, has stood for"));
	}

	@Test
	void ignoresAnOldCatchAllLabelWhenNoSymptomFollowedIt() {
		assertThat(evaluate("viral-illness-never-closed.json")).isEmpty();
	}

	@Test
	void judgesALabelOfYearsAgoStillInUseForTheRedFlagsThatFollowedIt() {
		assertThat(evaluate("reflux-of-years-ago-then-dysphagia-and-low-haemoglobin.json")).hasValueSatisfying(f -> {
			// a reflux label is one given by exclusion: its red-flag results count too, and the age it was given at
			assertThat(f.reason()).startsWith("Dysphagia and low haemoglobin followed gastroesophageal reflux disease, "
					+ "diagnosed on 14 Apr 2024 at the age of 64, which does not explain them (reflux or dyspepsia is a "
					+ "diagnosis of exclusion, and dyspepsia new at 60 or over is a red flag of its own);");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/gerd/_history/1", "Condition/dysphagia/_history/1", "Observation/hb/_history/1");
		});
		assertThat(evaluate("reflux-of-years-ago-then-heartburn.json")).isEmpty();
		assertThat(evaluate("reflux-of-years-ago-no-longer-seen-then-dysphagia.json")).as("a label no visit was for this year")
			.isEmpty();
	}

	@Test
	void takesAnActiveMalignancyAsAccountingForRedFlags() {
		assertThat(evaluate("reflux-then-dysphagia-in-oesophageal-cancer.json")).isEmpty();
	}

	@Test
	void flagsSymptomsAndAbnormalResultsThatTheDiagnosisDoesNotExplain() {
		assertThat(evaluate("reflux-then-dysphagia-and-low-haemoglobin.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("Dysphagia and low haemoglobin followed gastroesophageal reflux disease, "
					+ "diagnosed on 14 Apr 2026 at the age of 66, which does not explain them (reflux or dyspepsia is a "
					+ "diagnosis of exclusion, and dyspepsia new at 60 or over is a red flag of its own); a second "
					+ "opinion can check whether the diagnosis is right.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/gerd/_history/1", "Condition/dysphagia/_history/1", "Observation/hb/_history/1");
		});
	}

	@Test
	void ignoresSymptomsTheDiagnosisExplainsAndResultsTheMapKnowsNothingAbout() {
		assertThat(evaluate("reflux-then-heartburn-and-high-cholesterol.json")).isEmpty();
		assertThat(evaluate("graves-disease-explains-palpitations.json")).isEmpty();
	}

	@Test
	void flagsVomitingAfterATensionTypeHeadacheDiagnosisWhichExplainsTheHeadacheAlone() {
		assertThat(evaluate("tension-headache-then-vomiting.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("Vomiting began after tension-type headache was diagnosed on 20 May 2026, "
					+ "which does not explain it; a second opinion can check whether the diagnosis is right.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/tth/_history/1", "Condition/vomiting/_history/1");
		});
	}

	@Test
	void leavesASymptomAfterADiagnosisThatTheProblemListMarksResolved() {
		assertThat(evaluate("tension-headache-then-vomiting-that-resolved.json")).isEmpty();
	}

	@Test
	void ignoresHeadachesAfterATensionTypeHeadacheDiagnosis() {
		assertThat(evaluate("tension-headache-then-more-headaches.json")).isEmpty();
	}

	@Test
	void doesNotJudgeSymptomsRecordedOnlyAsFreeText() {
		assertThat(evaluate("reflux-then-symptom-in-free-text-only.json")).isEmpty();
	}

	@Test
	void flagsBulbarSignsAfterCarpalTunnelSyndromeWhoseEntrapmentNeuropathyFamilyDoesNotExplainThem() {
		assertThat(evaluate("carpal-tunnel-then-bulbar-signs.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("Dysphagia, dysarthria and fasciculation began after carpal tunnel syndrome "
					+ "was diagnosed on 7 Apr 2026, which does not explain them; a second opinion can check whether the "
					+ "diagnosis is right.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/cts/_history/1", "Condition/dysphagia/_history/1",
						"Condition/dysarthria/_history/1", "Observation/fasciculations/_history/1");
		});
	}

	@Test
	void readsARedFlagRecordedInWordsOnly() {
		assertThat(evaluate("carpal-tunnel-then-uncoded-slurred-speech.json")).hasValueSatisfying(f -> assertThat(
				f.reason()).startsWith("Slurred speech began after carpal tunnel syndrome was diagnosed on 7 Apr 2026"));
	}

	@Test
	void ignoresNumbnessAfterCarpalTunnelSyndromeWhichExplainsIt() {
		assertThat(evaluate("carpal-tunnel-then-numbness.json")).isEmpty();
	}

	@Test
	void ignoresRedFlagsRecordedBeforeTheDiagnosis() {
		assertThat(evaluate("bulbar-signs-before-carpal-tunnel.json")).isEmpty();
	}

	@Test
	void ignoresRedFlagsThatALaterDiagnosisExplains() {
		assertThat(evaluate("carpal-tunnel-then-bulbar-signs-then-motor-neurone-disease.json")).isEmpty();
	}

	@Test
	void ignoresARedFlagThatAnotherActiveDiagnosisExplains() {
		assertThat(evaluate("carpal-tunnel-then-dysphagia-explained-by-eosinophilic-oesophagitis.json")).isEmpty();
	}

	@Test
	void ignoresAnExaminationThatFoundTheSignAbsent() {
		assertThat(evaluate("carpal-tunnel-then-fasciculations-none-seen.json")).isEmpty();
	}

	@Test
	void leavesRedFlagsWithNoDiagnosisAtAllToTheOtherCriterion() {
		assertThat(evaluate("bulbar-signs-without-any-diagnosis.json")).isEmpty();
	}

	@Test
	void flagsARedFlagAfterADiagnosisTheMapDoesNotKnowWhenItWasGivenForSymptoms() {
		assertThat(evaluate("costochondritis-then-haemoptysis.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("Hemoptysis followed chondrocostal junction syndrome [Tietze], diagnosed on "
					+ "10 Jun 2026, which does not explain it (non-cardiac chest pain is a diagnosis of exclusion); a "
					+ "second opinion can check whether the diagnosis is right.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/costo/_history/1", "Condition/haemoptysis/_history/1");
		});
	}

	@Test
	void doesNotJudgeAnEstablishedDiseaseTheMapKnowsOnlyAsAnExplanation() {
		assertThat(evaluate("pulmonary-embolism-then-raised-nt-probnp.json")).isEmpty();
	}

	@Test
	void judgesOnlyRedFlagsAfterADiagnosisTheMapDoesNotKnowNotAbnormalResults() {
		assertThat(evaluate("deep-vein-thrombosis-then-raised-nt-probnp.json")).isEmpty();
	}

	@Test
	void doesNotJudgeADiagnosisTheMapDoesNotKnowThatNoSymptomLedTo() {
		assertThat(evaluate("hypertension-then-syncope.json")).isEmpty();
	}

	@Test
	void leavesARedFlagToALaterDiagnosisTheMapCannotRead() {
		assertThat(evaluate("costochondritis-then-haemoptysis-then-a-diagnosis-the-map-does-not-know.json")).isEmpty();
	}

	@Test
	void judgesANewDiagnosisOfAKnownFamilyForTheRedFlagsAloneWhenItExplainsTheRest() {
		assertThat(evaluate("knee-osteoarthritis-then-night-sweats.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("Night sweats began after osteoarthritis of knee was "
					+ "diagnosed on 2 May 2026, which does not explain it;");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/oa/_history/1", "Condition/sweats/_history/1");
		});
	}

	@Test
	void flagsARaisedCalprotectinAfterAnIrritableBowelLabelOfYearsAgoStillPrescribedFor() {
		assertThat(evaluate("irritable-bowel-of-two-years-prescribed-for-then-raised-calprotectin.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("High faecal calprotectin and high C-reactive protein followed irritable "
					+ "bowel syndrome with diarrhea, diagnosed on 2 Sep 2024, which does not explain them (functional "
					+ "bowel disorder is a diagnosis of exclusion); a second opinion can check whether the diagnosis is "
					+ "right.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/ibs/_history/1", "Observation/calpro/_history/1", "Observation/crp/_history/1");
		});
	}

	@Test
	void readsTheRedFlagTestsUnderALaboratorysOwnCodesByTheirNames() {
		assertThat(evaluate("irritable-bowel-then-raised-calprotectin-under-a-laboratorys-own-codes.json"))
			.hasValueSatisfying(f -> assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/ibs/_history/1", "Observation/calpro/_history/1", "Observation/crp/_history/1"));
	}

	@Test
	void flagsAFunctionalSeizureLabelOnceTheEegShowsEpilepticSeizures() {
		assertThat(evaluate("functional-seizures-then-epileptiform-eeg.json")).hasValueSatisfying(f -> assertThat(f.evidence())
			.extracting(Evidence::reference)
			.containsExactly("Condition/pnes/_history/1", "DiagnosticReport/veeg/_history/1"));
		assertThat(evaluate("functional-seizures-then-normal-video-eeg.json")).isEmpty();
	}

	@Test
	void flagsARhinitisLabelFollowedByAnEffusionInOneEarAndANodeInTheNeck() {
		assertThat(evaluate("rhinitis-then-one-sided-ear-effusion-and-neck-node.json")).hasValueSatisfying(f -> assertThat(
				f.evidence())
			.extracting(Evidence::reference)
			.containsExactly("Condition/rhinitis/_history/1", "Condition/ome/_history/1", "Condition/node/_history/1"));
	}

	@Test
	void flagsAFibromyalgiaLabelFollowedBySwollenJointsAndARaisedCrp() {
		assertThat(evaluate("fibromyalgia-then-swollen-joints-and-raised-crp.json")).hasValueSatisfying(f -> assertThat(
				f.evidence())
			.extracting(Evidence::reference)
			.contains("Condition/fm/_history/1", "Observation/crp/_history/1"));
	}

	@Test
	void ignoresAnIrritableBowelLabelWhoseTestsStayNormal() {
		assertThat(evaluate("irritable-bowel-of-two-years-prescribed-for-then-normal-tests.json")).isEmpty();
	}

	@Test
	void leavesTheRedFlagsOfALabelToADiagnosisMadeAfterIt() {
		assertThat(evaluate("irritable-bowel-then-raised-calprotectin-then-crohns-disease.json")).isEmpty();
	}

	@Test
	void flagsALimpAndLowCountsAfterGrowingPainsADiagnosisOfExclusion() {
		assertThat(evaluate("growing-pains-then-limp-and-low-counts.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("Limping, low white cell count and low platelet count followed growing "
					+ "pains, diagnosed on 1 Jul 2026, which does not explain them (growing pains is a diagnosis of "
					+ "exclusion); a second opinion can check whether the diagnosis is right.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/gp/_history/1", "Encounter/v-2/_history/1", "Observation/wbc/_history/1",
						"Observation/plt/_history/1");
		});
	}

	@Test
	void ignoresGrowingPainsWithTheEveningPainItExplainsAndNormalTests() {
		assertThat(evaluate("growing-pains-then-evening-leg-pain-and-normal-counts.json")).isEmpty();
	}

	@Test
	void ignoresRedFlagsOfALabelRecordedBeforeIt() {
		assertThat(evaluate("limp-and-fever-before-growing-pains.json")).isEmpty();
	}

	@Test
	void readsAnIschaemicChangeWrittenInAnEcgsText() {
		assertThat(evaluate("anxiety-then-new-st-depression-on-an-ecg.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("ST segment depression began after generalized anxiety disorder was diagnosed on "
					+ "1 Jun 2026, which does not explain it; a second opinion can check whether the diagnosis is right.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/gad/_history/1", "Observation/ecg-2/_history/1");
		});
	}

	@Test
	void ignoresAnEcgTextThatDeniesOrCallsTheChangeOld() {
		assertThat(evaluate("anxiety-then-ecgs-without-new-st-changes.json")).isEmpty();
	}

	@Test
	void readsAMassWrittenInAnImagingReportsConclusion() {
		assertThat(evaluate("knee-osteoarthritis-then-lytic-lesion-on-x-ray.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("Mass on imaging began after osteoarthritis of knee was diagnosed on 1 Jun 2026");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/oa/_history/1", "DiagnosticReport/x-ray/_history/1");
		});
	}

	@Test
	void flagsSevereHypertensionAndHyperglycaemiaAfterAnAnxietyLabelCarriedOnAtAVisitAfterThem() {
		assertThat(evaluate("anxiety-then-severe-hypertension-and-hyperglycaemia-carried-on.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("High systolic blood pressure and high glucose followed anxiety disorder, "
					+ "diagnosed on 10 Mar 2026, which does not explain them (anxiety disorder is a diagnosis of "
					+ "exclusion); a second opinion can check whether the diagnosis is right.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/anx/_history/1", "Observation/bp-1/_history/1", "Observation/glu/_history/1");
		});
	}

	@Test
	void leavesRedFlagsOlderThanRecentWithinWhenNoVisitCarriedTheLabelOnAfterThem() {
		assertThat(evaluate("anxiety-then-severe-hypertension-and-hyperglycaemia-not-carried-on.json")).isEmpty();
	}

	@Test
	void takesHypertensionAndDiabetesAsAccountingForHighReadingsAfterAnAnxietyLabel() {
		assertThat(evaluate("anxiety-with-hypertension-and-diabetes-then-high-readings.json")).isEmpty();
	}

	@Test
	void needsTwoDifferentRedFlagsAfterAnAnxietyLabel() {
		assertThat(evaluate("anxiety-then-one-severe-blood-pressure.json")).isEmpty();
	}

	@Test
	void dropsAnOldRedFlagResultThatReadNormalOnALaterDay() {
		assertThat(evaluate("anxiety-then-hyperglycaemia-that-cleared-and-severe-hypertension.json")).isEmpty();
	}

	@Test
	void flagsMyelomaFeaturesAfterANonSpecificBackPainLabel() {
		assertThat(evaluate("back-pain-then-anaemia-hypercalcaemia-and-raised-esr.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("Low haemoglobin, high calcium and high inflammatory markers followed low "
					+ "back pain, diagnosed on 1 Jun 2026, which does not explain them (non-specific back pain is a "
					+ "diagnosis of exclusion); a second opinion can check whether the diagnosis is right.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/lbp/_history/1", "Observation/hb/_history/1", "Observation/ca/_history/1",
						"Observation/esr/_history/1", "Observation/crp/_history/1");
		});
	}

	@Test
	void readsABursitisLabelAsNonSpecificBackPainIsRead() {
		assertThat(evaluate("trochanteric-bursitis-then-anaemia-hypercalcaemia-and-raised-esr.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Low haemoglobin, high calcium and high "
					+ "inflammatory markers followed trochanteric bursitis, right hip, diagnosed on 1 Jun 2026")
				.contains("regional soft-tissue pain"));
		assertThat(evaluate("trochanteric-bursitis-then-raised-esr-and-crp-alone.json")).as("one red flag").isEmpty();
	}

	@Test
	void takesAnAnaemiaCodedAfterTheRedFlagsForOneOfThemNotForTheirCause() {
		assertThat(evaluate("back-pain-then-anaemia-hypercalcaemia-and-raised-esr-then-anaemia-of-chronic-disease-coded.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("High calcium and high inflammatory markers followed low back "
					+ "pain"));
	}

	@Test
	void countsARaisedEsrAndCrpAsOneRedFlagAfterABackPainLabel() {
		assertThat(evaluate("back-pain-then-raised-esr-and-crp-alone.json")).isEmpty();
	}

	@Test
	void takesChronicKidneyDiseaseAsAccountingForAnaemiaAndARaisedCreatinineAfterABackPainLabel() {
		assertThat(evaluate("back-pain-with-chronic-kidney-disease-then-anaemia-and-raised-creatinine.json")).isEmpty();
	}

	@Test
	void takesKidneyFailureAndItsAnaemiaAsAccountingForAHighFerritinAfterTheyAreDiagnosed() {
		assertThat(evaluate("kidney-failure-and-anaemia-of-ckd-diagnosed-then-high-ferritin.json")).isEmpty();
	}

	@Test
	void stillJudgesDiabetesWithKidneyDiseaseForAResultNeitherExplains() {
		assertThat(evaluate("diabetic-kidney-disease-diagnosed-then-high-ferritin-and-high-tsh.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("High ").contains("began after type 2 diabetes mellitus with diabetic chronic "
					+ "kidney disease was diagnosed on 5 Oct 2026, which does not explain it;");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/dm-ckd/_history/1", "Observation/tsh/_history/1");
		});
	}

	@Test
	void leavesResultsAloneOnceALaterDiagnosisTheMapDoesNotKnowMayExplainThem() {
		assertThat(evaluate("diabetic-kidney-disease-diagnosed-then-osteomyelitis-then-high-tsh.json"))
			.as("an osteomyelitis found since: the work-up went on").isEmpty();
	}

	@Test
	void readsAMeasuredFeverAsASymptomContinuingUnderACatchAllDiagnosis() {
		assertThat(evaluate("viral-infection-for-months-then-measured-fevers.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("Viral infection, unspecified, a catch-all diagnosis, has stood for 184 "
					+ "days while symptoms continue (fever, last on 10 Oct 2026); a second opinion can check whether the "
					+ "diagnosis is right.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/viral/_history/1", "Observation/t-1/_history/1", "Observation/t-2/_history/1");
		});
	}

	@Test
	void doesNotReadATemperatureUnder38AsAFever() {
		assertThat(evaluate("viral-infection-for-months-then-normal-temperatures.json")).isEmpty();
	}

	@Test
	void judgesADiagnosisCodedAsAShippedSnomedDescendantOfAFamilyTheMapKnows() {
		assertThat(evaluate("anxiety-coded-as-a-snomed-descendant-then-suppressed-tsh.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("Low thyrotropin [Units/volume] in Serum or Plasma and high thyroxine (T4) "
					+ "free [Mass/volume] in Serum or Plasma began after generalized anxiety disorder was diagnosed on "
					+ "1 Jun 2026, which does not explain them;");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/gad/_history/1", "Observation/tsh/_history/1", "Observation/ft4/_history/1");
		});
		assertThat(evaluate("anxiety-coded-as-a-snomed-descendant-explains-palpitations.json")).as("the family explains it")
			.isEmpty();
	}

	private Optional<Finding> evaluate(String fixture) {
		return criterion.evaluate(picture(FIXTURES + fixture), NOW);
	}

}
