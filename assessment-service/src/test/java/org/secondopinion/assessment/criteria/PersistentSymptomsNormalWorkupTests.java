package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.assessment.picture.PictureFixtures.picture;

class PersistentSymptomsNormalWorkupTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final String FIXTURES = "fixtures/persistent-symptoms-normal-workup/";

	private final PersistentSymptomsNormalWorkup criterion = new PersistentSymptomsNormalWorkup(
			RuleSettings.valueSetFiles(), RuleSettings.load("persistent-symptoms", PersistentSymptomsSettings.class));

	@Test
	void flagsASymptomRecordedOnThreeDatesOverEightWeeksWithEveryTestNormal() {
		assertThat(evaluate("palpitations-on-three-dates-with-normal-tests.json")).hasValueSatisfying(f -> {
			assertThat(f.code().code()).isEqualTo("PERSISTENT_SYMPTOMS_NORMAL_WORKUP");
			assertThat(f.reason()).isEqualTo("The symptom palpitations was recorded on 3 dates over 14 weeks (since "
					+ "10 Jun 2026), all 3 tests since were normal and no diagnosis explains it; a second opinion can "
					+ "look for what may have been missed.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Observation/palp-1/_history/1", "Observation/palp-2/_history/1",
						"Observation/palp-3/_history/1", "Observation/tsh/_history/1",
						"Observation/potassium/_history/1", "Observation/holter/_history/1");
			assertThat(f.problems()).containsExactly("http://snomed.info/sct|80313002");
		});
	}

	@Test
	void followsOneSymptomAcrossIcd10AndSnomedCodings() {
		assertThat(evaluate("fatigue-coded-in-icd-then-snomed.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("The symptom fatigue was recorded on 3 dates over 14 weeks (since 1 Jun 2026), "
					+ "all 2 tests since were normal");
			assertThat(f.evidence()).extracting(Evidence::reference).contains("Condition/fatigue-3/_history/2");
		});
	}

	@Test
	void readsACodeTheRecordGivesAlongsideASymptomCodeAsThatSymptomOnItsOtherRecords() {
		assertThat(evaluate("tremor-coded-in-snomed-and-icd-once-then-snomed-only.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("The symptom tremor was recorded on 3 dates over 10 weeks (since 6 Jul 2026), "
					+ "the only test since was normal and no diagnosis explains it");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/tremor-1/_history/1", "Observation/tremor-2/_history/1",
						"Encounter/tremor-3/_history/1", "Observation/tsh/_history/1");
		});
	}

	@Test
	void doesNotTakeACodeOutsideTheSymptomValueSetForASymptomWhenNoRecordPairsItWithOne() {
		assertThat(evaluate("tremor-coded-in-snomed-only.json")).isEmpty();
	}

	@Test
	void ignoresASymptomWhoseWorkUpFoundSomethingAbnormal() {
		assertThat(evaluate("fatigue-with-an-abnormal-test.json")).isEmpty();
	}

	@Test
	void takesASocialHistoryScreeningReadPositiveForNoTestOfTheWorkUp() {
		assertThat(evaluate("palpitations-with-a-positive-exposure-screening.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).contains("all 3 tests since were normal");
			assertThat(f.evidence()).extracting(Evidence::reference).doesNotContain("Observation/exposure/_history/1");
		});
	}

	@Test
	void ignoresASymptomExplainedByADiagnosisMadeSinceItBegan() {
		assertThat(evaluate("fatigue-explained-by-hypothyroidism.json")).isEmpty();
	}

	@Test
	void needsAtLeastOneNormalTestToCallItANormalWorkUp() {
		assertThat(evaluate("fatigue-never-tested.json")).isEmpty();
	}

	@Test
	void ignoresASymptomRecordedOverLessThanEightWeeks() {
		assertThat(evaluate("cough-over-five-weeks.json")).isEmpty();
	}

	@Test
	void followsASymptomCodedOnceThroughTheVisitReasonsTypedInText() {
		assertThat(evaluate("headache-coded-once-then-typed-in-visit-reasons.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("The symptom headache was recorded on 4 dates over 15 weeks (since 1 Jul 2026), "
					+ "all 2 tests since were normal and no diagnosis explains it");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/headache-1/_history/1", "Encounter/visit-1/_history/1",
						"Encounter/visit-2/_history/1", "Encounter/visit-3/_history/1", "Encounter/visit-4/_history/1",
						"Observation/hb/_history/1", "Observation/esr/_history/1");
			assertThat(f.problems()).contains("http://hl7.org/fhir/sid/icd-10-cm|R51.9", "http://snomed.info/sct|25064002");
		});
	}

	@Test
	void readsVisitReasonsTypedWithTheNameTheRecordsOwnSymptomGoesBy() {
		// "hip pain" is no name of the symptom value set: the problem coded M25.552 and SNOMED CT 49218002 gives it
		assertThat(evaluate("hip-pain-coded-once-then-typed-with-its-side-in-visit-reasons.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("The symptom hip pain was recorded on 4 dates over 15 weeks (since 1 Jul 2026)");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.contains("Condition/hip-pain-1/_history/1", "Encounter/visit-2/_history/1", "Encounter/visit-4/_history/1");
		});
		assertThat(evaluate("hip-pain-coded-once-then-visits-for-other-things.json"))
			.as("visits whose reasons are not that name: two dates only")
			.isEmpty();
	}

	@Test
	void countsEachVisitLinkedToASymptomOnTheProblemListAsARecordOfIt() {
		assertThat(evaluate("dizziness-on-the-problem-list-once-and-linked-from-each-visit.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("The symptom dizziness was recorded on 4 dates over 18 weeks (since 3 Jun 2026), "
					+ "all 2 tests since were normal and no diagnosis explains it");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Condition/dizziness/_history/1", "Encounter/visit-1/_history/1",
						"Encounter/visit-2/_history/1", "Encounter/visit-3/_history/1", "Encounter/visit-4/_history/1",
						"Observation/tsh/_history/1", "Observation/hb/_history/1");
		});
	}

	@Test
	void takesASymptomCodedTogetherWithTheDisorderCausingItAsExplained() {
		assertThat(evaluate("low-back-pain-coded-with-its-spondylosis-linked-from-each-visit.json")).isEmpty();
		assertThat(evaluate("low-back-pain-linked-from-each-visit.json")).as("the symptom alone")
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("low back pain"));
	}

	@Test
	void doesNotTakeVisitsLinkedToASymptomNoLongerActiveAsOngoing() {
		assertThat(evaluate("dizziness-linked-from-each-visit-then-resolved.json")).isEmpty();
	}

	@Test
	void doesNotCountCancelledOrPlannedVisitsLinkedToASymptom() {
		assertThat(evaluate("dizziness-linked-from-visits-cancelled-or-only-planned.json")).isEmpty();
	}

	@Test
	void doesNotCountVisitsLinkedToADiagnosisAsRecordsOfASymptom() {
		assertThat(evaluate("dizziness-recorded-once-and-visits-for-hypertension.json")).isEmpty();
	}

	@Test
	void readsASymptomTypedInTextOnEveryVisitByItsNameAndSynonyms() {
		assertThat(evaluate("fatigue-typed-in-text-on-every-visit.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("The symptom fatigue was recorded on 3 dates over 11 weeks (since 15 Jul 2026), the only test "
					+ "since was normal"));
	}

	@Test
	void takesNoTextForASymptomUnlessTheWholeClauseNamesIt() {
		assertThat(evaluate("words-that-name-no-symptom-on-three-visits.json")).isEmpty();
	}

	@Test
	void ignoresASymptomTypedInTextThatADiagnosisMadeSinceExplains() {
		assertThat(evaluate("headache-typed-in-text-explained-by-migraine.json")).isEmpty();
	}

	@Test
	void readsEmergencyVisitsCodedInHcpcsOrSnomedAfterAFollowUpOfficeVisit() {
		assertThat(evaluate("emergency-visits-typed-in-hcpcs-and-snomed-after-a-follow-up-office-visit.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("2 unscheduled visits (4 Oct 2026 and 11 Oct 2026) "
					+ "followed a primary-care visit on 1 Oct 2026"));
	}

	@Test
	void readsAPrimaryCareVisitByItsGeneralPracticeServiceType() {
		assertThat(evaluate("two-emergency-visits-after-a-general-practice-service.json")).hasValueSatisfying(
				f -> assertThat(f.reason()).contains("followed a primary-care visit on 1 Oct 2026"));
	}

	@Test
	void takesNoUrgentCareVisitForThePrimaryCareVisitNorAnEmergencyFollowUpForAnEmergencyVisit() {
		assertThat(evaluate("emergency-visits-after-an-urgent-care-sick-visit.json")).isEmpty();
		assertThat(evaluate("one-emergency-visit-and-an-ed-follow-up-after-a-family-medicine-visit.json")).isEmpty();
	}

	@Test
	void flagsTwoUnscheduledVisitsWithinFourteenDaysOfAPrimaryCareVisit() {
		assertThat(evaluate("two-emergency-visits-after-a-gp-visit.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("2 unscheduled visits (4 Oct 2026 and 11 Oct 2026) followed a primary-care "
					+ "visit on 1 Oct 2026");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Encounter/gp/_history/1", "Encounter/ed-1/_history/1", "Encounter/ed-2/_history/1");
		});
	}

	@Test
	void looksBackAYearForReturnVisitsAsForRedFlags() {
		assertThat(evaluate("two-emergency-visits-after-a-gp-visit-five-months-ago.json")).as("five months ago")
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("followed a primary-care visit on 4 May 2026"));
		assertThat(evaluate("two-emergency-visits-after-a-gp-visit-thirteen-months-ago.json")).as("thirteen months ago")
			.isEmpty();
	}

	@Test
	void countsTheWindowInCalendarDaysWithTheFourteenthDayIncluded() {
		assertThat(evaluate("second-emergency-visit-on-the-fourteenth-day-after-a-gp-visit-on-a-date.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith(
					"2 unscheduled visits (4 Oct 2026 and 15 Oct 2026) followed a primary-care visit on 1 Oct 2026"));
		assertThat(evaluate("second-emergency-visit-on-the-fifteenth-day-after-a-gp-visit.json")).isEmpty();
	}

	@Test
	void readsAPrimaryCareVisitWhoseTypeIsTextOnly() {
		assertThat(evaluate("two-emergency-visits-after-an-office-visit-typed-in-text.json")).hasValueSatisfying(
				f -> assertThat(f.reason()).contains("followed a primary-care visit on 1 Oct 2026"));
	}

	@Test
	void countsAnUrgentCareVisitRecordedAsAmbulatoryAsUnscheduled() {
		assertThat(evaluate("emergency-and-urgent-care-visits-after-a-gp-visit.json")).hasValueSatisfying(f -> assertThat(
				f.reason()).startsWith("2 unscheduled visits (4 Oct 2026 and 11 Oct 2026) followed a primary-care visit"));
		assertThat(evaluate("emergency-and-office-visits-after-a-gp-visit.json")).isEmpty();
	}

	@Test
	void ignoresAnElectiveAdmissionAndASingleEmergencyVisit() {
		assertThat(evaluate("elective-admission-after-a-gp-visit.json")).isEmpty();
	}

	@Test
	void flagsAPositiveFaecalImmunochemicalTestWithNoFollowUpInSixtyDays() {
		assertThat(evaluate("positive-fit-without-follow-up.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("A positive faecal occult blood test on 20 Jun 2026 has had no follow-up in "
					+ "the 134 days since");
			assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("Observation/fit/_history/1");
		});
	}

	@Test
	void readsAPositiveFaecalTestSentWithALaboratorysOwnCodeByItsName() {
		assertThat(evaluate("positive-fit-by-a-laboratory-code.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("A positive faecal occult blood test (142 ug/g) on 20 Jun 2026 has had no follow-up"));
		assertThat(evaluate("fitness-score-by-a-laboratory-code.json")).as("\"fit\" only as a whole word").isEmpty();
	}

	@Test
	void ignoresAPositiveTestFollowedByColonoscopy() {
		assertThat(evaluate("positive-fit-followed-by-colonoscopy.json")).isEmpty();
	}

	@Test
	void flagsIronDeficiencyAnaemiaOnlyWithALowMcvOrFerritin() {
		assertThat(evaluate("iron-deficiency-anaemia-without-follow-up.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("An iron-deficiency anaemia (9.8 g/dL) on 1 Jul 2026 has had no follow-up in the 123 days since"));
		assertThat(evaluate("low-haemoglobin-with-normal-mcv.json")).isEmpty();
	}

	@Test
	void takesARepeatPsaForFollowUpButNotARepeatBloodCountAfterAnIronDeficiencyAnaemia() {
		assertThat(evaluate("raised-psa-repeated-normal.json")).as("a raised PSA is repeated before a biopsy").isEmpty();
		assertThat(evaluate("iron-deficiency-anaemia-with-repeat-blood-counts-only.json"))
			.as("iron and blood counts treat it; the gastrointestinal work-up follows it up")
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("An iron-deficiency anaemia (9.8 g/dL) on 1 Jul 2026"));
	}

	@Test
	void readsTheHaemoglobinAndMcvOfANordicLaboratoryInNpuCodesAndSubstanceConcentration() {
		assertThat(evaluate("iron-deficiency-anaemia-in-npu-codes-without-follow-up.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("An iron-deficiency anaemia (6.1 mmol/L) on 1 Jul 2026"));
	}

	@Test
	void takesAnIronDeficiencyForTheHereditaryHaemorrhagicTelangiectasiaOnTheList() {
		assertThat(evaluate("iron-deficiency-anaemia-in-hereditary-haemorrhagic-telangiectasia.json")).isEmpty();
	}

	@Test
	void takesAnIronDeficiencyForTheHeavyMenstrualBleedingOnTheListThatDay() {
		assertThat(evaluate("iron-deficiency-anaemia-with-heavy-menstrual-bleeding-on-the-list.json")).isEmpty();
		assertThat(evaluate("iron-deficiency-anaemia-after-heavy-menstrual-bleeding-resolved.json"))
			.as("heavy bleeding over before the result")
			.isPresent();
		assertThat(evaluate("iron-deficiency-anaemia-with-fibroids-alone.json")).as("fibroids without heavy bleeding")
			.isPresent();
	}

	@Test
	void flagsARaisedPsaWithNoFollowUpInSixtyDays() {
		assertThat(evaluate("raised-psa-without-follow-up.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).contains("A raised PSA (9.8 ng/mL) on 15 Jun 2026 has had no follow-up");
			assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("Observation/psa/_history/1");
		});
	}

	@Test
	void takesAUrologyVisitNamedInItalianAsTheRaisedPsasFollowUp() {
		assertThat(evaluate("raised-psa-followed-by-an-italian-urology-visit.json")).isEmpty();
	}

	@Test
	void ignoresARaisedPsaFollowedByASnomedCodedProstateBiopsyAndADiagnosis() {
		assertThat(evaluate("raised-psa-followed-by-snomed-biopsy-and-diagnosis.json")).isEmpty();
	}

	@Test
	void ignoresARaisedPsaFollowedByACoreNeedleBiopsyCodedInSnomedCt() {
		assertThat(evaluate("raised-psa-followed-by-snomed-biopsy.json")).isEmpty();
	}

	@Test
	void readsAnImagingReportOfAFollowUpExaminationAsThatExaminationDone() {
		assertThat(evaluate("raised-psa-followed-by-a-prostate-mri-report.json")).isEmpty();
		assertThat(evaluate("raised-psa-with-a-cancelled-prostate-mri-report.json")).isPresent();
	}

	@Test
	void ignoresARaisedPsaSeenInAUrologyClinic() {
		assertThat(evaluate("raised-psa-seen-in-urology.json")).isEmpty();
	}

	@Test
	void ignoresARaisedPsaExplainedByADiagnosisMadeWithinTheWindow() {
		assertThat(evaluate("raised-psa-explained-by-a-later-diagnosis.json")).isEmpty();
	}

	@Test
	void stillFlagsARaisedPsaWhenTheOnlyExplainingDiagnosisDatesFromYearsBefore() {
		assertThat(evaluate("raised-psa-with-a-diagnosis-from-years-before.json")).isPresent();
	}

	@Test
	void ignoresARaisedPsaThatMonitorsAProstateCancerDiagnosedYearsBefore() {
		assertThat(evaluate("raised-psa-monitoring-a-known-prostate-cancer.json")).isEmpty();
	}

	@Test
	void ignoresARaisedPsaAfterAProstateCancerKnownOnlyAsAPersonalHistory() {
		assertThat(evaluate("raised-psa-after-a-treated-prostate-cancer.json")).isEmpty();
	}

	@Test
	void takesACancerRecordedMonthsAfterARaisedPsaAsTheWorkUpThatFoundItsCause() {
		// late, but the question the raised PSA asked is answered: it is not "no follow-up"
		assertThat(evaluate("raised-psa-with-a-cancer-recorded-months-later.json")).isEmpty();
	}

	@Test
	void ignoresAPositiveFaecalTestInAPatientWhoseColonCancerIsInRemission() {
		assertThat(evaluate("positive-fit-without-follow-up.json")).isPresent();
		assertThat(evaluate("positive-fit-after-a-colon-cancer.json")).isEmpty();
	}

	@Test
	void readsAProstateMriOrderedOnlyInTextAndScheduledAsFollowUp() {
		assertThat(evaluate("raised-psa-followed-by-mri-ordered-in-text.json")).isEmpty();
	}

	@Test
	void describesEachRedFlagsFollowUpForTheRuleCatalog() {
		assertThat(criterion.parameters())
			.hasEntrySatisfying("persistent-symptoms.red-flags.raised-PSA.follow-up-procedures",
					v -> assertThat(v).startsWith("FollowUpProstate 2026.12-1").contains("shipped expansion of 3 codes dated 2026-12-06"))
			.containsKey("persistent-symptoms.red-flags.raised-PSA.specialties")
			.containsKey("persistent-symptoms.red-flags.raised-PSA.explained-by")
			.hasEntrySatisfying("persistent-symptoms.red-flags.raised-PSA.known-disease",
					v -> assertThat(v).startsWith("KnownProstateCancer 2026.12-1"));
	}

	@Test
	void flagsAChestFilmWhoseReportCallsItSuspiciousInWordsWithNoFollowUp() {
		assertThat(criterion.evaluate(records(report("XR Chest 2 Views", "2026-08-14",
				"IMPRESSION: 2.3 cm spiculated right upper lobe opacity, suspicious for neoplasm. Recommend CT chest.")), NOW))
			.hasValueSatisfying(f -> {
				assertThat(f.reason()).startsWith("A lung mass or suspected lung cancer on 14 Aug 2026 has had no follow-up "
						+ "in the 78 days since");
				assertThat(f.evidence()).extracting(Evidence::display)
					.containsExactly("XR Chest 2 Views: suspicious for neoplasm");
			});
		assertThat(criterion.evaluate(records(report("Mammogram diagnostic bilateral", "2026-08-14",
				"Irregular mass left breast 2 o'clock. BI-RADS 4: suspicious abnormality, biopsy should be considered.")),
				NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("A suspicious mammogram or breast lump on 14 Aug 2026"));
	}

	@Test
	void leavesAChestReportThatDeniesItOrIsFollowedUpOrOnAnotherOrganAlone() {
		assertThat(criterion.evaluate(records(report("XR Chest 2 Views", "2026-08-14",
				"No suspicious pulmonary mass. No spiculated lesion. Lungs clear.")), NOW))
			.as("denied")
			.isEmpty();
		org.hl7.fhir.r4.model.Procedure ct = new org.hl7.fhir.r4.model.Procedure();
		ct.setId("ct");
		ct.setStatus(org.hl7.fhir.r4.model.Procedure.ProcedureStatus.COMPLETED);
		ct.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/p-1"));
		ct.getCode().addCoding().setSystem("http://www.ama-assn.org/go/cpt").setCode("71260").setDisplay("CT thorax with contrast");
		ct.setPerformed(new org.hl7.fhir.r4.model.DateTimeType("2026-08-28"));
		assertThat(criterion.evaluate(records(report("XR Chest 2 Views", "2026-08-14",
				"Spiculated right upper lobe opacity, suspicious for neoplasm."), ct), NOW))
			.as("a chest CT two weeks later")
			.isEmpty();
		assertThat(criterion.evaluate(records(report("XR Lumbar spine 2 views", "2026-08-14",
				"Sclerotic focus, suspicious for neoplasm; correlate with bone scan.")), NOW))
			.as("a report on another organ: no lung red flag")
			.isEmpty();
	}

	@Test
	void takesASymptomStillActiveOnTheProblemListAtARecentVisitAsOngoing() {
		org.hl7.fhir.r4.model.Condition numbness = activeSymptom("numb", "http://snomed.info/sct", "44077006", "Numbness");
		numbness.setRecordedDateElement(new org.hl7.fhir.r4.model.DateTimeType("2026-03-20"));
		java.util.List<org.hl7.fhir.r4.model.Resource> seen = new java.util.ArrayList<>(java.util.List.of(numbness,
				visit("v-1", "2026-04-14", "Numbness, left arm and leg"), visit("v-2", "2026-06-09", "Numbness"),
				normalLab("hb", "2026-04-16")));
		assertThat(criterion.evaluate(records(seen.toArray(org.hl7.fhir.r4.model.Resource[]::new)), NOW))
			.as("last recorded in June, not seen since")
			.isEmpty();
		seen.add(visit("v-3", "2026-10-20", "Persistent episodes"));
		assertThat(criterion.evaluate(records(seen.toArray(org.hl7.fhir.r4.model.Resource[]::new)), NOW))
			.as("still on the list when seen in October")
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("The symptom numbness was recorded on 3 dates"));
		numbness.getClinicalStatus().getCodingFirstRep().setCode("resolved");
		assertThat(criterion.evaluate(records(seen.toArray(org.hl7.fhir.r4.model.Resource[]::new)), NOW))
			.as("resolved on the list")
			.isEmpty();
	}

	@Test
	void followsFlushingRecordedAsExaminationFindingsOnEveryVisit() {
		org.hl7.fhir.r4.model.Condition flushing = activeSymptom("flush", "http://hl7.org/fhir/sid/icd-10-cm", "R23.2",
				"Flushing");
		flushing.setOnset(new org.hl7.fhir.r4.model.DateTimeType("2026-04-08"));
		java.util.List<org.hl7.fhir.r4.model.Resource> seen = new java.util.ArrayList<>(java.util.List.of(flushing,
				normalLab("hb", "2026-06-10"), flushingSeen("f-1", "2026-06-10")));
		assertThat(criterion.evaluate(records(seen.toArray(org.hl7.fhir.r4.model.Resource[]::new)), NOW))
			.as("recorded on two dates")
			.isEmpty();
		seen.add(flushingSeen("f-2", "2026-08-26"));
		assertThat(criterion.evaluate(records(seen.toArray(org.hl7.fhir.r4.model.Resource[]::new)), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("The symptom flushing was recorded on 3 dates"));
	}

	private static org.hl7.fhir.r4.model.Condition activeSymptom(String id, String system, String code, String display) {
		org.hl7.fhir.r4.model.Condition symptom = new org.hl7.fhir.r4.model.Condition();
		symptom.setId(id);
		symptom.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/p-1"));
		symptom.getClinicalStatus().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/condition-clinical").setCode("active");
		symptom.getCode().addCoding().setSystem(system).setCode(code).setDisplay(display);
		return symptom;
	}

	private static org.hl7.fhir.r4.model.Observation flushingSeen(String id, String day) {
		org.hl7.fhir.r4.model.Observation seen = new org.hl7.fhir.r4.model.Observation();
		seen.setId(id);
		seen.setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL);
		seen.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/p-1"));
		seen.addCategory().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/observation-category").setCode("exam");
		seen.getCode().addCoding().setSystem("http://snomed.info/sct").setCode("95891005").setDisplay("Flushing");
		seen.getCode().setText("Flushing episodes since last visit");
		seen.setEffective(new org.hl7.fhir.r4.model.DateTimeType(day));
		seen.setValue(new org.hl7.fhir.r4.model.CodeableConcept(
				new org.hl7.fhir.r4.model.Coding("http://snomed.info/sct", "52101004", "Present")));
		return seen;
	}

	@Test
	void takesAVirtualFirstContactVisitAsTheIndexVisitOfTheReturnVisitTrigger() {
		org.hl7.fhir.r4.model.Encounter video = typed("tv", "2026-10-09", "VR", "Telehealth video visit");
		org.hl7.fhir.r4.model.Encounter walkIn1 = typed("uc-1", "2026-10-14", "AMB", "Urgent care walk-in");
		org.hl7.fhir.r4.model.Encounter walkIn2 = typed("uc-2", "2026-10-20", "AMB", "Urgent care walk-in");
		assertThat(criterion.evaluate(records(video, walkIn1, walkIn2), NOW)).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("2 unscheduled visits (14 Oct 2026 and 20 Oct 2026) followed a primary-care visit on 9 Oct 2026"));
		assertThat(criterion.evaluate(records(typed("tv", "2026-10-09", "VR", "Oncology telehealth follow-up"), walkIn1,
				walkIn2), NOW))
			.as("a specialist's virtual follow-up")
			.isEmpty();
		assertThat(criterion.evaluate(records(typed("tv", "2026-10-09", "VR", null), walkIn1, walkIn2), NOW))
			.as("a virtual visit of no type")
			.isEmpty();
	}

	@Test
	void takesThePostpartumVisitAsTheIndexVisitButNoPrenatalOne() {
		org.hl7.fhir.r4.model.Encounter emergency = typed("ed", "2026-10-14", "EMER", "Emergency department visit");
		org.hl7.fhir.r4.model.Encounter triage = typed("triage", "2026-10-20", "EMER", "OB triage - unscheduled walk-in");
		assertThat(criterion.evaluate(records(typed("pp", "2026-10-09", "AMB", "6-week postpartum visit"), emergency, triage),
				NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("2 unscheduled visits (14 Oct 2026 and 20 Oct 2026) "
					+ "followed a primary-care visit on 9 Oct 2026"));
		org.hl7.fhir.r4.model.Encounter coded = typed("pp", "2026-10-09", "AMB", null);
		coded.addType().addCoding(new org.hl7.fhir.r4.model.Coding("http://snomed.info/sct", "133906008", "Postpartum care"));
		assertThat(criterion.evaluate(records(coded, emergency, triage), NOW)).as("coded in SNOMED CT").isPresent();
		assertThat(criterion.evaluate(records(typed("anc", "2026-10-09", "AMB", "Prenatal visit"), emergency, triage), NOW))
			.as("a prenatal visit: triage visits are part of an ordinary pregnancy")
			.isEmpty();
	}

	private static org.hl7.fhir.r4.model.Encounter typed(String id, String day, String classCode, String type) {
		org.hl7.fhir.r4.model.Encounter visit = new org.hl7.fhir.r4.model.Encounter();
		visit.setId(id);
		visit.setStatus(org.hl7.fhir.r4.model.Encounter.EncounterStatus.FINISHED);
		visit.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/p-1"));
		visit.setClass_(new org.hl7.fhir.r4.model.Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", classCode, null));
		if (type != null) {
			visit.addType().setText(type);
		}
		visit.getPeriod().setStartElement(new org.hl7.fhir.r4.model.DateTimeType(day + "T09:00:00Z"));
		visit.addReasonCode().setText("Headache");
		return visit;
	}

	private static org.secondopinion.assessment.picture.ClinicalPicture records(org.hl7.fhir.r4.model.Resource... resources) {
		org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
		patient.setId("p-1");
		patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1959-04-02"));
		java.util.List<org.hl7.fhir.r4.model.Resource> all = new java.util.ArrayList<>(java.util.List.of(patient));
		all.addAll(java.util.List.of(resources));
		return picture(org.secondopinion.events.PatientRef.of("test-ehr", "p-1"), all);
	}

	private static org.hl7.fhir.r4.model.DiagnosticReport report(String study, String day, String conclusion) {
		org.hl7.fhir.r4.model.DiagnosticReport report = new org.hl7.fhir.r4.model.DiagnosticReport();
		report.setId("report");
		report.setStatus(org.hl7.fhir.r4.model.DiagnosticReport.DiagnosticReportStatus.FINAL);
		report.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/p-1"));
		report.getCode().setText(study);
		report.setEffective(new org.hl7.fhir.r4.model.DateTimeType(day + "T11:00:00Z"));
		report.setConclusion(conclusion);
		return report;
	}

	private static org.hl7.fhir.r4.model.Encounter visit(String id, String day, String reason) {
		org.hl7.fhir.r4.model.Encounter visit = new org.hl7.fhir.r4.model.Encounter();
		visit.setId(id);
		visit.setStatus(org.hl7.fhir.r4.model.Encounter.EncounterStatus.FINISHED);
		visit.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/p-1"));
		visit.getPeriod().setStartElement(new org.hl7.fhir.r4.model.DateTimeType(day + "T09:00:00Z"));
		visit.addReasonCode().setText(reason);
		return visit;
	}

	private static org.hl7.fhir.r4.model.Observation normalLab(String id, String day) {
		org.hl7.fhir.r4.model.Observation lab = new org.hl7.fhir.r4.model.Observation();
		lab.setId(id);
		lab.setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL);
		lab.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/p-1"));
		lab.addCategory().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/observation-category").setCode("laboratory");
		lab.getCode().addCoding().setSystem("http://loinc.org").setCode("718-7").setDisplay("Hemoglobin");
		lab.setEffective(new org.hl7.fhir.r4.model.DateTimeType(day + "T10:00:00Z"));
		lab.setValue(new org.hl7.fhir.r4.model.Quantity().setValue(13.4).setUnit("g/dL"));
		lab.addInterpretation().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation").setCode("N");
		return lab;
	}

	private Optional<Finding> evaluate(String fixture) {
		return criterion.evaluate(picture(FIXTURES + fixture), NOW);
	}

}
