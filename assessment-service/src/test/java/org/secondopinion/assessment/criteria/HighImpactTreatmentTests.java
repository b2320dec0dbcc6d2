package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.assessment.picture.PictureFixtures.picture;

class HighImpactTreatmentTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final String FIXTURES = "fixtures/high-impact-treatment/";

	private static final String COURSES = "fixtures/treatment-courses/";

	private final HighImpactTreatment criterion = new HighImpactTreatment(RuleSettings.valueSetFiles(),
			RuleSettings.load("high-impact", HighImpactSettings.class), RuleSettings.assessment(),
			RuleSettings.courses());

	@Test
	void flagsChemotherapyOrderedToStartWithinThirtyDaysAsUrgent() {
		assertThat(evaluate("chemotherapy-ordered-in-twelve-days.json")).hasValueSatisfying(f -> {
			assertThat(f.code().code()).isEqualTo("HIGH_IMPACT_TREATMENT");
			assertThat(f.reason()).isEqualTo("Chemotherapy is planned for 13 Nov 2026; a second opinion can confirm "
					+ "that a treatment with this much effect on daily life is the right one.");
			assertThat(f.evidence()).containsExactly(new Evidence("ServiceRequest/chemo/_history/2", "Chemotherapy"));
			assertThat(f.urgent()).isTrue();
			assertThat(f.problems()).contains("Condition/breast-ca");
		});
	}

	@Test
	void flagsAnActivePrescriptionOfAChemotherapyAgentCodedInRxNormAmongOtherCodes() {
		assertThat(evaluate("cisplatin-prescribed.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("Cisplatin has started (5 Oct 2026)");
			assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("MedicationRequest/cis/_history/1");
			assertThat(f.urgent()).isFalse();
		});
	}

	@Test
	void readsACarePlanActivityWrittenInWordsOnly() {
		assertThat(evaluate("induction-care-plan-in-words.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("Vincristine 1.5 mg/m2 IV weekly (days 1, 8, 15, 22) has started");
			assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("CarePlan/all-induction/_history/1");
		});
	}

	@Test
	void readsAPlanWhoseActivitiesAreOnlyCyclesByItsCategoryAndTitle() {
		assertThat(evaluate("chemotherapy-plan-named-by-its-category.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("Adjuvant FOLFOX x 12 cycles has started");
			assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("CarePlan/adjuvant/_history/1");
		});
		assertThat(evaluate("rehabilitation-plan-named-by-its-category.json")).as("physiotherapy sessions").isEmpty();
	}

	@Test
	void flagsAChemotherapyRegimenOrderedByItsAcronym() {
		assertThat(evaluate("regimen-ordered-by-its-acronym.json")).hasValueSatisfying(f -> {
			assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("ServiceRequest/folfox/_history/1");
			assertThat(f.urgent()).isTrue();
		});
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({
			"haemodialysis-under-way-in-ops.json, Procedure/hd/_history/1",
			"agents-prescribed-in-portuguese.json, MedicationRequest/ac-2/_history/1" })
	void readsTreatmentsAsEuropeanHospitalsCodeAndNameThem(String fixture, String evidence) {
		assertThat(evaluate(fixture)).hasValueSatisfying(f -> assertThat(f.evidence()).extracting(Evidence::reference)
			.containsExactly(evidence));
	}

	@Test
	void flagsDialysisScheduledInACarePlanWithoutUrgencyWhenItIsMonthsAway() {
		assertThat(evaluate("dialysis-scheduled-in-care-plan.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("Hemodialysis procedure with single evaluation is planned for 15 Jan 2027");
			assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("CarePlan/ckd-plan/_history/1");
			assertThat(f.urgent()).isFalse();
		});
	}

	@Test
	void readsHaemodialysisSessionsThreeTimesAWeekAsACourseUnderWaySinceTheFirst() {
		assertThat(course("haemodialysis-three-times-a-week.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("Hemodialysis procedure with single evaluation three times a week since "
					+ "12 Oct 2026; a second opinion can confirm that a treatment with this much effect on daily life is "
					+ "the right one.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Procedure/hd-1/_history/1", "Procedure/hd-9/_history/1");
			assertThat(f.urgent()).isFalse();
			assertThat(f.due()).isNull();
			assertThat(f.problems()).containsExactly("Condition/esrd");
		});
	}

	@Test
	void readsChemotherapyCyclesEveryThreeWeeksAsACourseUnderWay() {
		assertThat(course("chemotherapy-every-three-weeks.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("Chemotherapy administration, intravenous infusion technique; up to 1 hour every 3 weeks since "
					+ "20 Aug 2026;"));
	}

	@Test
	void readsACourseAsStoppedOnceNoSessionCameForThreeOfItsUsualIntervals() {
		assertThat(criterion.evaluate(picture(COURSES + "haemodialysis-three-times-a-week.json"),
				Instant.parse("2026-11-06T09:00:00Z"))).isPresent();
		assertThat(criterion.evaluate(picture(COURSES + "haemodialysis-three-times-a-week.json"),
				Instant.parse("2026-11-07T09:00:00Z"))).isEmpty();
	}

	@Test
	void ignoresDialysisSessionsThatStoppedMonthsAgo() {
		assertThat(course("haemodialysis-sessions-stopped-in-spring.json")).isEmpty();
	}

	@Test
	void ignoresASingleDialysisSessionAndTwoThatShowNoRhythm() {
		assertThat(course("single-haemodialysis-session-last-week.json")).isEmpty();
		assertThat(course("two-haemodialysis-sessions-last-week.json")).isEmpty();
	}

	@Test
	void ignoresAOneOffMastectomyDoneLastWeek() {
		assertThat(course("mastectomy-done-last-week.json")).isEmpty();
	}

	@Test
	void doesNotReadPortFlushesAfterChemotherapyAsACourseOfChemotherapy() {
		assertThat(course("port-flushes-after-chemotherapy-ended.json")).isEmpty();
	}

	@Test
	void ignoresRadiotherapyCompletedYearsAgoWithNoLaterQualityOfLifeScores() {
		assertThat(evaluate("radiotherapy-completed-years-ago.json")).isEmpty();
	}

	@Test
	void ignoresARevokedMastectomyRequest() {
		assertThat(evaluate("mastectomy-request-revoked.json")).isEmpty();
	}

	@Test
	void ignoresTreatmentOutsideTheValueSet() {
		assertThat(evaluate("physiotherapy-planned.json")).isEmpty();
	}

	@Test
	void readsATreatmentNamedOnlyInFreeTextByTheFamilysNames() {
		assertThat(evaluate("text-only-amputation.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Below-knee amputation, left is planned"));
	}

	@Test
	void flagsAQualityOfLifeScoreFallingByMoreThanItsMcidAfterDialysisBegan() {
		assertThat(evaluate("quality-of-life-fell-after-dialysis.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("PROMIS global physical health fell from 49 to 42 after hemodialysis began "
					+ "on 4 May 2026, a change of 7 where 5 already matters to patients; a second opinion can review "
					+ "whether the treatment is still the right one.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Procedure/hd/_history/1", "Observation/gph-2/_history/1", "Observation/gph-4/_history/1");
		});
	}

	@Test
	void ignoresAFallSmallerThanTheMcid() {
		assertThat(evaluate("quality-of-life-fell-less-than-mcid.json")).isEmpty();
	}

	@Test
	void needsABaselineScoreTakenShortlyBeforeTheTreatment() {
		assertThat(evaluate("quality-of-life-without-baseline.json")).isEmpty();
	}

	@Test
	void reportsChemotherapyWhoseStartDateHasPassedAsNotRecordedAndNotUrgent() {
		Optional<Finding> finding = criterion.evaluate(picture(FIXTURES + "chemotherapy-ordered-in-twelve-days.json"),
				Instant.parse("2026-11-20T09:00:00Z"));

		assertThat(finding).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("Chemotherapy was scheduled for 13 Nov 2026 and is not recorded as started; "
					+ "confirm whether it took place before referring.");
			assertThat(f.urgent()).isFalse();
			assertThat(f.due()).isEqualTo(new Due(LocalDate.of(2026, 11, 13), true));
			assertThat(f.changesAt()).isEqualTo(Instant.parse("2027-02-12T00:00:00Z"));
		});
	}

	@Test
	void marksChemotherapyStartingTodayAsUrgentAndDropsItNinetyOneDaysAfterItsDate() {
		assertThat(criterion.evaluate(picture(FIXTURES + "chemotherapy-ordered-in-twelve-days.json"),
				Instant.parse("2026-11-13T16:00:00Z"))).hasValueSatisfying(f -> {
					assertThat(f.urgent()).isTrue();
					assertThat(f.reason()).startsWith("Chemotherapy is planned for 13 Nov 2026;");
				});
		assertThat(criterion.evaluate(picture(FIXTURES + "chemotherapy-ordered-in-twelve-days.json"),
				Instant.parse("2027-02-12T00:00:00Z"))).isEmpty();
	}

	@Test
	void countsTheUrgencyWindowOfATreatmentInWholeDays() {
		assertThat(criterion.evaluate(picture(FIXTURES + "chemotherapy-ordered-in-twelve-days.json"),
				Instant.parse("2026-10-14T23:00:00Z"))).as("30 days ahead").hasValueSatisfying(f -> assertThat(f.urgent()).isTrue());
		assertThat(criterion.evaluate(picture(FIXTURES + "chemotherapy-ordered-in-twelve-days.json"),
				Instant.parse("2026-10-13T23:00:00Z"))).as("31 days ahead").hasValueSatisfying(f -> assertThat(f.urgent()).isFalse());
	}

	@Test
	void flagsQualityOfLifeFallingByItsMidAfterAnAromataseInhibitorBeganThoughTheDrugIsNotHighImpact() {
		assertThat(evaluate("quality-of-life-fell-on-anastrozole.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("FACT-B total score fell from 118 to 101 after anastrozole 1 MG Oral Tablet "
					+ "began on 20 Feb 2026, a change of 17 where 8 already matters to patients; a second opinion can "
					+ "review whether the treatment is still the right one.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("MedicationRequest/ana/_history/1", "Observation/factb-1/_history/1",
						"Observation/factb-4/_history/1");
			assertThat(f.urgent()).isFalse();
			assertThat(f.problems()).contains("Condition/breast-ca");
		});
	}

	@Test
	void flagsQualityOfLifeFallingOnEndocrineTherapyListedInAMedicationStatementCodedByAtcOnly() {
		assertThat(evaluate("quality-of-life-fell-on-letrozole-statement.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("EQ VAS fell from 80 to 65 after femara began"));
	}

	@Test
	void flagsKBildFallingAfterAnAntifibroticNamedInALocalFormularyCode() {
		assertThat(evaluate("k-bild-fell-on-nintedanib.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("K-BILD total score fell from 62 to 48 after"));
	}

	@Test
	void readsARenewedPrescriptionAsTheSameTreatmentSinceTheFirst() {
		assertThat(evaluate("quality-of-life-fell-on-renewed-anastrozole.json")).hasValueSatisfying(
				f -> assertThat(f.reason()).startsWith("FACT-B total score fell from 118 to 101 after anastrozole"));
	}

	@Test
	void doesNotFlagALongTermTreatmentWatchedForQualityOfLifeByItself() {
		assertThat(evaluate("anastrozole-without-scores.json")).isEmpty();
	}

	@Test
	void ignoresAFallSmallerThanTheMidOnALongTermTreatment() {
		assertThat(evaluate("quality-of-life-fell-less-than-mcid-on-anastrozole.json")).isEmpty();
	}

	@Test
	void ignoresAFallThatCameBeforeTheLongTermTreatmentBegan() {
		assertThat(evaluate("quality-of-life-fell-before-anastrozole.json")).isEmpty();
	}

	@Test
	void ignoresAFallMonthsAfterTheLongTermTreatmentStopped() {
		assertThat(evaluate("quality-of-life-fell-after-anastrozole-stopped.json")).isEmpty();
	}

	@Test
	void ignoresAScoreThatRecoveredWhileTheLongTermTreatmentRan() {
		assertThat(evaluate("quality-of-life-recovered-on-anastrozole.json")).isEmpty();
	}

	@Test
	void ignoresAFallOnADrugOutsideTheWatchedFamiliesOrAppliedLocally() {
		assertThat(evaluate("quality-of-life-fell-on-atorvastatin.json")).isEmpty();
		assertThat(evaluate("quality-of-life-fell-on-ophthalmic-prednisolone.json")).isEmpty();
	}

	@Test
	void readsAStandingDialysisOrderWithARecentSessionAsDialysisUnderWay() {
		assertThat(evaluate("standing-dialysis-order-with-one-session-recorded.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("Hemodialysis procedure with single evaluation has started (14 Sep 2026)");
			assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("ServiceRequest/hd-order/_history/1");
		});
		assertThat(evaluate("standing-dialysis-order-whose-last-session-was-months-ago.json")).isEmpty();
	}

	@Test
	void leavesATreatmentRunningForMoreThanAYearAloneAsTheEstablishedCare() {
		assertThat(criterion.evaluate(prescribed("leuprolide acetate 22.5 mg depot injection every 3 months",
				"2026-08-01"), NOW)).as("begun three months ago")
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Leuprolide acetate 22.5 mg depot injection "
					+ "every 3 months has started (1 Aug 2026)"));
		assertThat(criterion.evaluate(prescribed("leuprolide acetate 22.5 mg depot injection every 3 months",
				"2019-07-01"), NOW)).as("running since 2019").isEmpty();
	}

	@Test
	void watchesQualityOfLifeAfterAnImplantedNeuromodulationDevice() {
		org.hl7.fhir.r4.model.Procedure implant = performed("scs", "63685",
				"Insertion or replacement of spinal neurostimulator pulse generator or receiver", "2026-09-08");
		org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
		patient.setId("p-1");
		java.util.List<org.hl7.fhir.r4.model.Resource> resources = new java.util.ArrayList<>(java.util.List.of(patient, implant,
				physicalFunction("pf-1", "2026-08-25", 38.5)));
		assertThat(criterion.evaluate(picture(org.secondopinion.events.PatientRef.of("test-ehr", "p-1"), resources), NOW))
			.as("the implant alone")
			.isEmpty();
		resources.add(physicalFunction("pf-2", "2026-10-20", 30.4));
		assertThat(criterion.evaluate(picture(org.secondopinion.events.PatientRef.of("test-ehr", "p-1"), resources), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("fell from 38.5 to 30.4 after insertion or replacement "
					+ "of spinal neurostimulator pulse generator or receiver began on 8 Sep 2026"));
	}

	@Test
	void watchesPedsQlAfterExclusiveEnteralNutritionBegan() {
		org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
		patient.setId("p-1");
		org.hl7.fhir.r4.model.MedicationRequest een = new org.hl7.fhir.r4.model.MedicationRequest();
		een.setId("een");
		een.setStatus(org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus.ACTIVE);
		een.setIntent(org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent.ORDER);
		een.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/p-1"));
		een.setMedication(new org.hl7.fhir.r4.model.CodeableConcept()
			.setText("Exclusive enteral nutrition - polymeric formula via nasogastric tube"));
		een.setAuthoredOnElement(new org.hl7.fhir.r4.model.DateTimeType("2026-08-25"));
		assertThat(criterion.evaluate(picture(org.secondopinion.events.PatientRef.of("test-ehr", "p-1"), java.util.List.of(patient,
				een, pedsQl("q-1", "2026-08-18", 79), pedsQl("q-2", "2026-10-20", 61))), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("PedsQL total scale score fell from 79 to 61 after "
					+ "exclusive enteral nutrition - polymeric formula via nasogastric tube began on 25 Aug 2026"));
		assertThat(criterion.evaluate(picture(org.secondopinion.events.PatientRef.of("test-ehr", "p-1"), java.util.List.of(patient,
				een, pedsQl("q-1", "2026-08-18", 79), pedsQl("q-2", "2026-10-20", 76))), NOW))
			.as("3 points, under the minimal important difference of 4.4")
			.isEmpty();
	}

	private static org.hl7.fhir.r4.model.Observation pedsQl(String id, String day, double total) {
		return score(id, day, total, "{score}", new org.hl7.fhir.r4.model.CodeableConcept()
			.setText("PedsQL 4.0 Generic Core Scales - Total Scale Score (Teen self-report)"));
	}

	@Test
	void takesAnOpenOrderWrittenYearsAgoWithNoDateForTheStandingCareItIs() {
		assertThat(criterion.evaluate(ordered("B4035", "Enteral feeding supply kit; pump fed, per day", "2026-10-01"), NOW))
			.as("written last month")
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Enteral feeding supply kit; pump fed, per day is planned"));
		assertThat(criterion.evaluate(ordered("B4035", "Enteral feeding supply kit; pump fed, per day", "2024-01-01"), NOW))
			.as("a standing order since 2024")
			.isEmpty();
	}

	@Test
	void takesARadicalProstatectomyByItsCodeOrItsNameButNotATransurethralResection() {
		org.secondopinion.assessment.picture.ClinicalPicture robotic = ordered("http://www.ama-assn.org/go/cpt", "55866",
				"Laparoscopic radical prostatectomy, robotic", "2026-11-02");
		assertThat(criterion.evaluate(robotic, NOW)).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("Laparoscopic radical prostatectomy, robotic is planned"));
		assertThat(criterion.evaluate(ordered("https://hospital.example.org/procedures", "URO-RALP",
				"Prostatectomie radicale robot-assistée", "2026-11-02"), NOW)).isPresent();
		assertThat(criterion.evaluate(ordered("http://www.ama-assn.org/go/cpt", "52601",
				"Transurethral electrosurgical resection of prostate", "2026-11-02"), NOW)).isEmpty();
	}

	private static org.secondopinion.assessment.picture.ClinicalPicture ordered(String hcpcs, String display, String day) {
		return ordered("http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", hcpcs, display, day);
	}

	private static org.secondopinion.assessment.picture.ClinicalPicture ordered(String system, String code, String display,
			String day) {
		org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
		patient.setId("p-1");
		org.hl7.fhir.r4.model.ServiceRequest order = new org.hl7.fhir.r4.model.ServiceRequest();
		order.setId("sr-1");
		order.setStatus(org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus.ACTIVE);
		order.setIntent(org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent.ORDER);
		order.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/p-1"));
		order.getCode().addCoding().setSystem(system).setCode(code).setDisplay(display);
		order.setAuthoredOnElement(new org.hl7.fhir.r4.model.DateTimeType(day));
		return picture(org.secondopinion.events.PatientRef.of("test-ehr", "p-1"), java.util.List.of(patient, order));
	}

	@Test
	void watchesQualityOfLifeAfterAFunctionalNeurosurgicalLesion() {
		org.hl7.fhir.r4.model.Procedure lesion = performed("fus", "0398T", "MR-guided focused ultrasound thalamotomy",
				"2026-08-25");
		org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
		patient.setId("p-1");
		assertThat(criterion.evaluate(picture(org.secondopinion.events.PatientRef.of("test-ehr", "p-1"), java.util.List.of(patient,
				lesion, physicalFunction("pf-1", "2026-08-11", 45.0), physicalFunction("pf-2", "2026-10-20", 36.2))), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("fell from 45 to 36.2 after MR-guided focused ultrasound "
					+ "thalamotomy began on 25 Aug 2026"));
		lesion.getCode().getCodingFirstRep().setCode("61750").setDisplay("Stereotactic biopsy");
		assertThat(criterion.evaluate(picture(org.secondopinion.events.PatientRef.of("test-ehr", "p-1"), java.util.List.of(patient,
				lesion, physicalFunction("pf-1", "2026-08-11", 45.0), physicalFunction("pf-2", "2026-10-20", 36.2))), NOW))
			.as("a stereotactic biopsy")
			.isEmpty();
	}

	/** A completed Procedure coded in CPT, done on {@code day}. */
	private static org.hl7.fhir.r4.model.Procedure performed(String id, String cpt, String display, String day) {
		org.hl7.fhir.r4.model.Procedure procedure = new org.hl7.fhir.r4.model.Procedure();
		procedure.setId(id);
		procedure.setStatus(org.hl7.fhir.r4.model.Procedure.ProcedureStatus.COMPLETED);
		procedure.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/p-1"));
		procedure.getCode().addCoding().setSystem("http://www.ama-assn.org/go/cpt").setCode(cpt).setDisplay(display);
		procedure.setPerformed(new org.hl7.fhir.r4.model.DateTimeType(day));
		return procedure;
	}

	private static org.hl7.fhir.r4.model.Observation physicalFunction(String id, String day, double tScore) {
		return score(id, day, tScore, "{T-score}", new org.hl7.fhir.r4.model.CodeableConcept(new org.hl7.fhir.r4.model.Coding(
				"http://loinc.org", "61758-9", "PROMIS-29 Physical function T-score")));
	}

	private static org.hl7.fhir.r4.model.Observation score(String id, String day, double value, String unit,
			org.hl7.fhir.r4.model.CodeableConcept code) {
		org.hl7.fhir.r4.model.Observation score = new org.hl7.fhir.r4.model.Observation();
		score.setId(id);
		score.setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL);
		score.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/p-1"));
		score.setCode(code);
		score.setEffective(new org.hl7.fhir.r4.model.DateTimeType(day));
		score.setValue(new org.hl7.fhir.r4.model.Quantity().setValue(value).setUnit(unit));
		return score;
	}

	private static org.secondopinion.assessment.picture.ClinicalPicture prescribed(String text, String day) {
		org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
		patient.setId("p-1");
		org.hl7.fhir.r4.model.MedicationRequest request = new org.hl7.fhir.r4.model.MedicationRequest();
		request.setId("adt");
		request.setStatus(org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus.ACTIVE);
		request.setIntent(org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent.ORDER);
		request.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/p-1"));
		request.setMedication(new org.hl7.fhir.r4.model.CodeableConcept().setText(text));
		request.setAuthoredOnElement(new org.hl7.fhir.r4.model.DateTimeType(day));
		return picture(org.secondopinion.events.PatientRef.of("test-ehr", "p-1"), java.util.List.of(patient, request));
	}

	private Optional<Finding> evaluate(String fixture) {
		return criterion.evaluate(picture(FIXTURES + fixture), NOW);
	}

	private Optional<Finding> course(String fixture) {
		return criterion.evaluate(picture(COURSES + fixture), NOW);
	}

}
