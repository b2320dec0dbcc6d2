package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.secondopinion.assessment.picture.Concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.assessment.picture.PictureFixtures.picture;

class WorseningDespiteTreatmentTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final String FIXTURES = "fixtures/worsening-despite-treatment/";

	private final WorseningDespiteTreatment criterion = new WorseningDespiteTreatment(RuleSettings.valueSetFiles(),
			RuleSettings.load("worsening", WorseningSettings.class), RuleSettings.assessment(), RuleSettings.courses());

	@Test
	void flagsHbA1cRisingBeyondItsMcidWhileOnMetforminThroughout() {
		assertThat(evaluate("hba1c-rising-on-metformin.json")).hasValueSatisfying(f -> {
			assertThat(f.code().code()).isEqualTo("WORSENING_DESPITE_TREATMENT");
			assertThat(f.reason()).isEqualTo("HbA1c rose from 7.4% to 9.3% over 252 days (4 values, trend +1.87 where "
					+ "0.5 matters) despite metformin throughout; a second opinion can look at why the treatment is not "
					+ "working.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Observation/a1c-feb/_history/1", "Observation/a1c-may/_history/1",
						"Observation/a1c-aug/_history/1", "Observation/a1c-oct/_history/1",
						"MedicationRequest/metformin/_history/1");
			assertThat(f.evidence().get(0).display()).isEqualTo("HbA1c 7.4%");
			assertThat(f.problems()).contains("Condition/t2dm");
		});
	}

	@Test
	void convertsHbA1cInMmolPerMolToPercentBeforeComparing() {
		assertThat(evaluate("hba1c-in-mixed-units.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("HbA1c rose from 7.4% to 9.3% over 252 days");
			assertThat(f.evidence().get(2).display()).isEqualTo("HbA1c 8.6%");
		});
	}

	@Test
	void saysThereIsTooLittleDataRatherThanGuessingUnitsOfValuesWithout() {
		assertThat(evaluate("hba1c-values-without-units.json")).isEmpty();
		assertThat(criterion.trends(picture(FIXTURES + "hba1c-values-without-units.json"), NOW))
			.filteredOn(t -> t.measure().name().equals("HbA1c"))
			.singleElement()
			.isInstanceOfSatisfying(Trend.InsufficientData.class, t -> assertThat(t.why())
				.isEqualTo("1 usable value(s), 3 needed (3 value(s) without a unit that converts to % were left out)"));
	}

	@Test
	void needsTheValuesToSpanNinetyDays() {
		assertThat(evaluate("hba1c-rising-over-seven-weeks.json")).isEmpty();
	}

	@Test
	void needsTheTreatmentActiveFromTheFirstValue() {
		assertThat(evaluate("hba1c-rising-before-treatment-started.json")).isEmpty();
	}

	@Test
	void ignoresWorseningAfterTheTreatmentWasStopped() {
		assertThat(evaluate("phq9-rising-after-sertraline-stopped.json")).isEmpty();
	}

	@Test
	void flagsEgfrFallingAcrossTwoLoincCodesWhereLowerIsWorse() {
		assertThat(evaluate("egfr-falling-on-lisinopril.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("eGFR fell from 58 mL/min/1.73m2 to 46 mL/min/1.73m2 over 308 days (4 values, trend -12.35 where 5 "
					+ "matters) despite lisinopril throughout"));
	}

	@Test
	void ignoresAnEgfrDriftSmallerThanItsMcid() {
		assertThat(evaluate("egfr-drifting-less-than-mcid.json")).isEmpty();
	}

	@Test
	void readsSystolicPressureFromBloodPressurePanelsAndCitesThePanels() {
		assertThat(evaluate("systolic-pressure-rising-on-amlodipine.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("Systolic blood pressure rose from 138 mmHg to 156 mmHg over 217 days");
			assertThat(f.evidence().get(0)).isEqualTo(new Evidence("Observation/bp-1/_history/1", "systolic blood pressure 138 mmHg"));
		});
	}

	@Test
	void acceptsUnitlessPainScoresAndACarePlanAsTreatment() {
		assertThat(evaluate("unitless-pain-scores-rising-during-physiotherapy.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("Pain intensity (0-10) rose from 5/10 to 8/10 over 210 days");
			assertThat(f.reason()).contains("despite physiotherapy for low back pain throughout");
		});
	}

	@Test
	void flagsAnHivViralLoadRisingOnTheSameAntiretroviralRegimen() {
		assertThat(evaluate("hiv-viral-load-rising-on-the-same-regimen.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("HIV-1 viral load rose from"));
		assertThat(evaluate("hiv-viral-load-blipping-less-than-its-mcid.json")).isEmpty();
	}

	@Test
	void readsAPainRatingSentUnderALocalCodeByItsName() {
		assertThat(evaluate("pain-nrs-under-a-local-code-rising-during-physiotherapy.json")).hasValueSatisfying(
				f -> assertThat(f.reason()).startsWith("Pain intensity (0-10) rose from 5/10 to 8/10 over 210 days"));
	}

	@Test
	void readsAKoosSubscaleAsAMeasureOfItsOwn() {
		assertThat(evaluate("koos-pain-subscale-falling-during-physiotherapy-for-knee-osteoarthritis.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("KOOS pain fell from 63.9 to 38.9"));
		assertThat(evaluate("koos-pain-subscale-drifting-less-than-its-mcid.json")).isEmpty();
	}

	@Test
	void readsScoresSentAsIntegers() {
		assertThat(evaluate("phq9-sent-as-integers-on-one-prescription.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("PHQ-9 depression score rose from 12 to 20 over 203 days (4 values")
			.contains("despite sertraline throughout"));
	}

	@Test
	void readsPostpartumDepressionAsADepressionThePhq9Monitors() {
		assertThat(evaluate("phq9-rising-on-sertraline-for-postpartum-depression.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("PHQ-9 depression score rose from 12 to 20 over 203 days (4 values")
				.contains("despite sertraline throughout");
			assertThat(f.problems()).contains("Condition/depression", "http://hl7.org/fhir/sid/icd-10-cm|F53.0");
		});
	}

	@Test
	void readsADescendantOfDepressiveDisorderCodedInSnomedCtOnly() {
		assertThat(evaluate("phq9-rising-on-sertraline-for-depression-coded-in-snomed-only.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("despite sertraline throughout"));
	}

	@Test
	void ignoresAPhq9RisingWhileTheTreatmentIsForAnxietyNotDepression() {
		assertThat(evaluate("phq9-rising-on-sertraline-prescribed-for-anxiety.json")).isEmpty();
	}

	@Test
	void ignoresPainRisingWhileTheOnlyTreatmentIsForHypertension() {
		assertThat(evaluate("pain-rising-while-the-care-plan-treats-hypertension.json")).isEmpty();
	}

	@Test
	void namesEachMeasuresFamilyOfConditionsInTheRuleCatalog() {
		assertThat(criterion.valueSets()).extracting(CodeSet::name)
			.containsExactly("MonitoredPain", "MonitoredDiabetes", "MonitoredDepression", "MonitoredKidneyDisease",
					"MonitoredHypertension", "MonitoredAnxiety", "MonitoredChronicObstructiveLungDisease",
					"MonitoredAsthma", "MonitoredAirwaysDisease", "MonitoredInterstitialLungDisease", "MonitoredHeartFailure",
					"MonitoredProstateCancer", "MonitoredInflammatoryArthritis", "MonitoredAxialSpondyloarthritis",
					"MonitoredMigraine", "MonitoredGlaucoma", "GlaucomaTreatments", "MonitoredPtsd",
					"MonitoredMultipleSclerosis", "MonitoredParkinsonDisease", "MonitoredEpilepsy",
					"MonitoredMyastheniaGravis", "MonitoredPsoriasis", "MonitoredAtopicDermatitis",
					"MonitoredHidradenitisSuppurativa", "MonitoredCrohnsDisease", "MonitoredInflammatoryBowelDisease",
					"MonitoredUlcerativeColitis", "MonitoredLupus", "MonitoredGout", "MonitoredOsteoarthritis",
					"MonitoredPulmonaryHypertension", "MonitoredLiverDisease", "MonitoredObesity", "MonitoredDyslipidaemia",
					"MonitoredAnaemia", "MonitoredObsessiveCompulsiveDisorder", "MonitoredAdhd", "MonitoredInsomnia",
					"MonitoredTinnitus", "MonitoredMacularDisease", "MonitoredChronicRhinosinusitis", "MonitoredHiv",
					"MonitoredPeripheralArterialDisease", "MonitoredBenignProstaticHyperplasia", "BphTreatments",
					"MonitoredUrinaryIncontinence");
		assertThat(criterion.parameters().get("worsening.conditions")).contains("PHQ-9 depression score: "
				+ "MonitoredDepression 2026.12-2");
	}

	@Test
	void countsPsychotherapyRecordedOnceAsUnderWayAsTreatmentThroughout() {
		assertThat(evaluate("phq9-rising-through-psychotherapy-recorded-once-as-in-progress.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("PHQ-9 depression score rose from 12 to 21")
				.contains("despite psychotherapy, 60 minutes with patient throughout"));
		assertThat(evaluate("phq9-rising-after-psychotherapy-recorded-once-as-completed.json")).isEmpty();
	}

	@Test
	void countsFortnightlyPsychotherapySessionsForTheDepressionAsTreatmentThroughout() {
		assertThat(evaluate("phq9-rising-through-fortnightly-psychotherapy.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("PHQ-9 depression score rose from 12 to 21 over 203 days (4 values")
				.contains("despite psychotherapy, 60 minutes with patient throughout");
			assertThat(f.evidence()).extracting(Evidence::reference).contains("Procedure/cbt-15/_history/1");
			assertThat(f.problems()).contains("Condition/depression");
		});
	}

	@Test
	void ignoresAPhq9RisingMonthsAfterThePsychotherapySessionsEnded() {
		assertThat(evaluate("phq9-rising-after-psychotherapy-ended.json")).isEmpty();
	}

	@Test
	void followsACourseOfPrescriptionsEachReplacingTheLastAsTheDoseWentUp() {
		assertThat(evaluate("phq9-rising-through-sertraline-up-titrations.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("PHQ-9 depression score rose from 12 to 20 over 203 days (4 values");
			assertThat(f.reason()).contains("despite sertraline throughout");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.contains("MedicationRequest/sertraline-50/_history/1", "MedicationRequest/sertraline-100/_history/1",
						"MedicationRequest/sertraline-150/_history/1");
			assertThat(f.problems()).contains("Condition/depression");
		});
	}

	@Test
	void ignoresACourseWithMonthsBetweenAStoppedPrescriptionAndTheNext() {
		assertThat(evaluate("phq9-rising-with-months-off-sertraline.json")).isEmpty();
		assertThat(evaluate("phq9-rising-with-months-off-sertraline-on-the-medication-list.json")).isEmpty();
	}

	@Test
	void followsACourseWhoseDosesWereEachStoppedWhenTheNextWasWritten() {
		assertThat(evaluate("phq9-rising-through-sertraline-doses-each-stopped-when-the-next-was-written.json"))
			.hasValueSatisfying(f -> {
				assertThat(f.reason()).startsWith("PHQ-9 depression score rose from 12 to 20 over 203 days (4 values")
					.contains("despite sertraline throughout");
				assertThat(f.evidence()).extracting(Evidence::reference)
					.contains("MedicationRequest/sertraline-50/_history/1", "MedicationRequest/sertraline-100/_history/1",
							"MedicationRequest/sertraline-150/_history/1");
			});
	}

	@Test
	void takesTheMedicationListsDateForTheEndOfAPrescriptionStoppedWithNoDate() {
		// stopped in April for its cost, as the medication list says; prescribed again in September
		assertThat(evaluate("phq9-rising-after-the-medication-list-dates-the-stop-of-a-prescription-stopped-with-no-date.json"))
			.isEmpty();
	}

	@Test
	void followsACourseWhoseNextDoseCameDaysAfterTheDatedStop() {
		assertThat(evaluate("phq9-rising-through-a-dated-stop-and-a-new-dose-days-later.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("despite sertraline throughout"));
	}

	@Test
	void followsASwitchToAnotherDrugForTheSameConditionDaysAfterTheDatedStop() {
		assertThat(evaluate("phq9-rising-through-a-switch-from-sertraline-to-venlafaxine.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("despite sertraline and venlafaxine"));
	}

	@Test
	void ignoresAnotherDrugMonthsAfterAStopWithNoDate() {
		assertThat(evaluate("phq9-rising-after-sertraline-stopped-with-no-date-and-venlafaxine-months-later.json"))
			.isEmpty();
	}

	@Test
	void knowsOneMedicineAtAnotherStrengthOrForm() {
		assertThat(PrescriptionCourse.sameMedicine(named("sertraline 50 MG Oral Tablet"),
				named("sertraline 150 mg (100 mg + 50 mg tablets)"))).isTrue();
		assertThat(PrescriptionCourse.sameMedicine(named("metformin hydrochloride 500 MG Oral Tablet"),
				named("metformin 1000 mg twice daily"))).isTrue();
		assertThat(PrescriptionCourse.sameMedicine(named("insulin glargine 100 UNT/ML"), named("insulin lispro 100 UNT/ML")))
			.isFalse();
		assertThat(PrescriptionCourse.sameMedicine(named("sertraline 100 mg"), named("venlafaxine XR 75 mg"))).isFalse();
	}

	@Test
	void followsACourseOfDosesOnTheMedicationList() {
		assertThat(evaluate("phq9-rising-through-sertraline-doses-on-the-medication-list.json"))
			.hasValueSatisfying(f -> assertThat(f.evidence()).extracting(Evidence::reference)
				.contains("MedicationStatement/sertraline-50/_history/1",
						"MedicationStatement/sertraline-150/_history/1"));
	}

	@Test
	void readsTheEndOfAStoppedPrescriptionFromTheSupplyItAllowed() {
		assertThat(evaluate("phq9-rising-after-a-thirty-day-supply-ran-out-and-months-before-the-next.json")).isEmpty();
	}

	@Test
	void ignoresARestartMoreThanAYearAfterAStopWithNoDate() {
		assertThat(evaluate("phq9-rising-with-sertraline-restarted-over-a-year-after-it-was-stopped.json")).isEmpty();
	}

	@Test
	void ignoresAStoppedPrescriptionWithNothingForTheConditionAfterIt() {
		assertThat(evaluate("phq9-rising-after-sertraline-stopped-with-nothing-after-it.json")).isEmpty();
	}

	@Test
	void ignoresAStoppedPrescriptionFollowedByOneForAnotherCondition() {
		assertThat(evaluate("phq9-rising-after-sertraline-stopped-and-trazodone-started-for-insomnia.json")).isEmpty();
	}

	@Test
	void ignoresAWorseningThatBeganBeforeTheCourseOfPrescriptions() {
		assertThat(evaluate("phq9-rising-before-a-course-of-stopped-and-replaced-sertraline.json")).isEmpty();
	}

	@Test
	void ignoresACourseWhoseLastRenewalRanOutBeforeTheLastValue() {
		assertThat(evaluate("hba1c-rising-after-the-last-metformin-renewal-ran-out.json")).isEmpty();
	}

	@Test
	void flagsAGad7RisingBeyondItsMcidOnSertralineForGeneralizedAnxiety() {
		assertThat(evaluate("gad7-rising-on-sertraline-for-generalized-anxiety.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("GAD-7 anxiety score rose from 9 to 16 over 245 days (4 values, trend "
					+ "+7.09 where 4 matters) despite sertraline throughout");
			assertThat(f.problems()).contains("Condition/anxiety", "http://hl7.org/fhir/sid/icd-10-cm|F41.1");
		});
	}

	@Test
	void flagsADas28SentUnderALocalCodeRisingOnMethotrexateForRheumatoidArthritis() {
		assertThat(evaluate("das28-local-code-rising-on-methotrexate-for-rheumatoid-arthritis.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("DAS28 disease activity score rose from 3.1 to 4.9"));
	}

	@Test
	void flagsAnIpssUnderALocalCodeRisingOnTamsulosinForBenignProstaticHyperplasia() {
		assertThat(evaluate("ipss-rising-on-tamsulosin-for-benign-prostatic-hyperplasia.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("IPSS rose from 14 to 25"));
		assertThat(evaluate("ipss-drifting-less-than-its-mcid-on-tamsulosin.json")).isEmpty();
	}

	@Test
	void flagsAnIciqUiShortFormUnderALocalCodeRisingOnSolifenacinForUrgeIncontinence() {
		assertThat(evaluate("iciq-ui-sf-rising-on-solifenacin-for-urge-incontinence.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("ICIQ-UI SF rose from 11 to 18"));
		assertThat(evaluate("iciq-ui-sf-drifting-less-than-its-mcid-on-solifenacin.json")).isEmpty();
	}

	@Test
	void readsMigraineDaysSentInDaysAMonth() {
		assertThat(evaluate("migraine-days-in-days-a-month-rising-on-erenumab.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Migraine days a month rose from 10 days to 19 days"));
	}

	@Test
	void flagsACdaiAndMigraineDaysSentAsTextOnly() {
		assertThat(evaluate("cdai-rising-on-methotrexate.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("CDAI rose from 9 to 26"));
		assertThat(evaluate("migraine-days-rising-on-topiramate.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Migraine days a month rose from 6 days to 15 days"));
	}

	@Test
	void readsHeadacheDaysOfThePast30DaysAsMigraineDaysAMonthButNotThoseOfAWeek() {
		assertThat(evaluate("headache-days-in-past-30-days-rising-on-topiramate.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Migraine days a month rose from 6 days to 15 days"));
		assertThat(evaluate("headache-days-in-past-7-days-on-topiramate.json")).isEmpty();
	}

	@Test
	void readsAScoreNamedByItsAcronymWithItsExpansionInBracketsUnderALocalCode() {
		assertThat(evaluate("cat-named-acronym-first-with-its-expansion-in-brackets-rising-on-triple-inhaler-for-copd.json"))
			.hasValueSatisfying(f -> {
				assertThat(f.reason()).startsWith("COPD Assessment Test rose from 15 to 27 over 252 days (4 values");
				assertThat(f.evidence()).extracting(Evidence::reference)
					.contains("Observation/cat-1/_history/1", "MedicationRequest/trelegy/_history/1");
			});
	}

	@Test
	void ignoresACopdAssessmentTestNamedFullNameFirstDriftingLessThanItsMcid() {
		assertThat(evaluate("cat-named-full-name-first-drifting-less-than-its-mcid-on-triple-inhaler.json")).isEmpty();
	}

	@Test
	void doesNotReadAScoreWhoseNameHoldsAnotherInstrumentsNameInsideAWord() {
		// "impact score" holds "act score" (the asthma control test, where lower is worse) inside a word
		assertThat(evaluate("headache-impact-score-falling-on-an-inhaled-steroid-for-asthma.json")).isEmpty();
	}

	@Test
	void flagsAPcl5SentUnderALocalCodeRisingBeyondItsMcidOnSertralineForPtsd() {
		assertThat(evaluate("pcl5-local-code-rising-on-sertraline-for-ptsd.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("PCL-5 PTSD symptom score rose from 41 to 58 over 245 days (4 values");
			assertThat(f.reason()).contains("where 10 matters) despite sertraline throughout");
			assertThat(f.problems()).contains("Condition/cond", "http://hl7.org/fhir/sid/icd-10-cm|F43.12");
		});
	}

	@Test
	void ignoresAPcl5DriftingLessThanItsTenPointMcid() {
		assertThat(evaluate("pcl5-drifting-less-than-its-mcid-on-sertraline-for-ptsd.json")).isEmpty();
	}

	@Test
	void ignoresAPcl5RisingWhileTheOnlyTreatmentIsForHypertension() {
		assertThat(evaluate("pcl5-rising-while-the-only-treatment-is-for-hypertension.json")).isEmpty();
	}

	@Test
	void flagsAnOswestryDisabilityIndexRisingTenPointsOnDuloxetineForLowBackPain() {
		assertThat(evaluate("oswestry-rising-on-duloxetine-for-low-back-pain.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Oswestry Disability Index rose from 30% to 46%"));
	}

	@Test
	void flagsAnOswestryDisabilityIndexRisingOnDuloxetineForPainAfterSpineSurgery() {
		assertThat(evaluate("oswestry-rising-on-duloxetine-for-postlaminectomy-syndrome.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Oswestry Disability Index rose from 30% to 46%"));
	}

	@Test
	void ignoresANeckDisabilityIndexDriftingLessThanItsMcid() {
		assertThat(evaluate("neck-disability-index-drifting-less-than-its-mcid.json")).isEmpty();
	}

	@Test
	void ignoresADas28DriftingLessThanItsMcid() {
		assertThat(evaluate("das28-drifting-less-than-mcid-on-methotrexate.json")).isEmpty();
	}

	@Test
	void readsATreatmentOnTheMedicationListAsAPrescription() {
		assertThat(evaluate("phq9-rising-on-sertraline-on-the-medication-list.json")).hasValueSatisfying(
				f -> assertThat(f.reason()).contains("despite sertraline throughout"));
		assertThat(evaluate("phq9-rising-after-sertraline-on-the-medication-list-stopped.json")).isEmpty();
	}

	@Test
	void flagsARelapseAfterAFirstResponseMeasuredFromTheBestValue() {
		assertThat(evaluate("gad7-improving-then-relapsing-on-sertraline.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("GAD-7 anxiety score rose from 9 to 17 over 154 days (3 values");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.doesNotContain("Observation/gad7-1/_history/1");
		});
		assertThat(evaluate("gad7-improving-then-drifting-on-sertraline.json")).isEmpty();
	}

	@Test
	void ignoresAGad7DriftingLessThanItsMcid() {
		assertThat(evaluate("gad7-drifting-less-than-mcid.json")).isEmpty();
	}

	@Test
	void flagsAnEpdsRisingOnSertralineForPostpartumDepression() {
		assertThat(evaluate("epds-rising-on-sertraline-for-postpartum-depression.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("EPDS depression score rose from 12 to 20 over "
					+ "245 days (4 values, trend +7.64 where 4 matters) despite sertraline throughout"));
	}

	@Test
	void ignoresAnEpdsThatRoseBeforeTheSertralineStarted() {
		assertThat(evaluate("epds-rising-before-sertraline-started.json")).isEmpty();
	}

	@Test
	void flagsFev1FallingOnTiotropiumForCopdReadingMillilitresAsLitres() {
		assertThat(evaluate("fev1-falling-in-litres-and-millilitres-on-tiotropium-for-copd.json"))
			.hasValueSatisfying(f -> {
				assertThat(f.reason()).startsWith("FEV1 fell from 1.62 L to 1.38 L over 245 days (4 values, trend -0.23 "
						+ "where 0.1 matters) despite tiotropium throughout");
				assertThat(f.evidence().get(1)).isEqualTo(new Evidence("Observation/fev1-2/_history/1",
						"FEV1 1.54 L"));
			});
	}

	@Test
	void ignoresAnFev1FallingLessThan100Millilitres() {
		assertThat(evaluate("fev1-falling-less-than-100-ml-on-tiotropium.json")).isEmpty();
	}

	@Test
	void leavesAnFev1InLitresFallingInAsthmaToItsPercentPredicted() {
		// 240 mL, 8% of where it started: short of the 12% and 200 mL that are significant in asthma
		assertThat(evaluate("fev1-litres-falling-in-asthma.json")).isEmpty();
	}

	@Test
	void flagsAnFev1InLitresFallingByAFifthOnInhalersForAsthma() {
		assertThat(evaluate("fev1-litres-falling-a-fifth-in-asthma.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("FEV1 in asthma fell from 2.45 L to 1.98 L over 245 "
					+ "days (4 values, trend "));
	}

	@Test
	void flagsFev1PercentPredictedFallingTenPointsOnInhalersForAsthma() {
		assertThat(evaluate("fev1-percent-predicted-falling-on-budesonide-formoterol-for-asthma.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("FEV1 % predicted fell from 78% to 64% over 245 "
					+ "days (4 values, trend -13.81 where 10 matters) despite budesonide / formoterol throughout"));
	}

	@Test
	void takesAReasonWrittenAsTheFamilysAbbreviationForItsActiveCondition() {
		assertThat(evaluate("hba1c-rising-on-metformin-for-dm2-in-words.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.contains("despite metformin throughout"));
		assertThat(evaluate("hba1c-rising-on-metformin-for-an-abbreviation-of-another-family.json"))
			.as("an order for hypertension")
			.isEmpty();
	}

	@Test
	void takesNoRescueInhalerTakenAsNeededForTreatmentThatRuns() {
		assertThat(evaluate("fev1-percent-predicted-falling-on-albuterol-as-needed-only.json")).isEmpty();
		assertThat(evaluate("fev1-percent-predicted-falling-on-budesonide-formoterol-maintenance-and-reliever.json"))
			.as("maintenance and reliever: taken twice daily")
			.isPresent();
	}

	@Test
	void ignoresFev1PercentPredictedFallingLessThanTenPoints() {
		assertThat(evaluate("fev1-percent-predicted-falling-less-than-ten-points.json")).isEmpty();
	}

	@Test
	void flagsFvcPercentPredictedFallingFivePointsOnNintedanibForPulmonaryFibrosis() {
		assertThat(evaluate("fvc-percent-predicted-falling-on-nintedanib-for-ipf.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("FVC % predicted fell from 72% to 64% over 245 days (4 values, trend "
					+ "-8.29 where 5 matters) despite nintedanib throughout");
			assertThat(f.problems()).contains("Condition/ipf");
		});
	}

	@Test
	void readsFvcAsAPercentageOfPredictedByLoincsShortNameWhateverCodeOfTheFamilyItCarries() {
		assertThat(evaluate("fvc-measured-predicted-in-words-falling-on-nintedanib.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("FVC % predicted fell from 72% to 64%"));
		assertThat(evaluate("fvc-litres-code-with-percent-values-on-nintedanib.json"))
			.as("a volume's code and name with percentages: not a measure the table knows")
			.isEmpty();
	}

	@Test
	void ignoresFvcPercentPredictedFallingLessThanFivePoints() {
		assertThat(evaluate("fvc-percent-predicted-falling-less-than-five-points.json")).isEmpty();
	}

	@Test
	void flagsLvefFallingTenPointsOnSacubitrilValsartanForHeartFailure() {
		assertThat(evaluate("lvef-falling-on-sacubitril-valsartan-for-heart-failure.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Left ventricular ejection fraction fell from 38% "
					+ "to 27% over 245 days (4 values, trend -10.86 where 10 matters) despite sacubitril / valsartan "
					+ "throughout"));
	}

	@Test
	void ignoresLvefFallingWhileTheOnlyTreatmentIsTrastuzumabForBreastCancer() {
		assertThat(evaluate("lvef-falling-on-trastuzumab-for-breast-cancer.json")).isEmpty();
	}

	@Test
	void flagsPsaRisingBothTwoNanogramsAndAQuarterOnLeuprolideForProstateCancer() {
		assertThat(evaluate("psa-rising-on-leuprolide-for-prostate-cancer.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("PSA rose from 4.1 ng/mL to 9.8 ng/mL over 245 days (4 values, trend "
					+ "+5.52 where 2 and 25% matter) despite leuprolide throughout");
			assertThat(f.problems()).contains("Condition/prostate-cancer");
		});
	}

	@Test
	void ignoresAPsaRisingTwoNanogramsButLessThanAQuarter() {
		assertThat(evaluate("psa-rising-2-ng-but-less-than-25-percent-on-leuprolide.json")).isEmpty();
		assertThat(criterion.trends(picture(FIXTURES + "psa-rising-2-ng-but-less-than-25-percent-on-leuprolide.json"),
				NOW))
			.filteredOn(t -> t.measure().name().equals("PSA"))
			.singleElement()
			.isInstanceOf(Trend.Steady.class);
	}

	@Test
	void ignoresAPsaRisingThreefoldButLessThanTwoNanograms() {
		assertThat(evaluate("psa-rising-threefold-but-less-than-2-ng-on-leuprolide.json")).isEmpty();
	}

	private static Concept named(String text) {
		return new Concept(java.util.List.of(), text);
	}

	@Test
	void flagsIntraocularPressureRisingInOneEyeOnTwoGlaucomaDropsReadingEachEyeAsItsOwnSeries() {
		assertThat(evaluate("iop-rising-in-the-right-eye-on-glaucoma-drops.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("Intraocular pressure (right) rose from 18 mmHg to 27 mmHg over 252 days "
					+ "(4 values, trend +");
			assertThat(f.reason()).contains("despite latanoprost 0.05 MG/ML Ophthalmic Solution and timolol eye drops "
					+ "throughout");
			assertThat(f.reason()).doesNotContain("(left)");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.contains("Observation/r0/_history/1", "Observation/r3/_history/1", "MedicationStatement/lat/_history/1",
						"MedicationRequest/tim/_history/1")
				.doesNotContain("Observation/l0/_history/1", "Observation/l3/_history/1");
			assertThat(f.problems()).contains("Condition/poag");
		});
	}

	@Test
	void readsTheEyeFromPerEyeCodesOfAPanelAndCountsGlaucomaDropsThatNameNoReasonWhenGlaucomaIsOnRecord() {
		assertThat(evaluate("iop-rising-in-the-left-eye-on-drops-naming-no-reason.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Intraocular pressure (left) rose from 19 mmHg "
					+ "to 26 mmHg"));
	}

	@Test
	void readsTheEyeFromTheWordsOfALocalCode() {
		assertThat(evaluate("iop-rising-in-the-right-eye-under-local-codes.json"))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Intraocular pressure (right) rose"));
	}

	@Test
	void neverMixesTheTwoEyesIntoOneTrend() {
		assertThat(evaluate("iop-of-two-eyes-measured-at-different-visits.json")).isEmpty();
	}

	@Test
	void doesNotCountDropsNamingNoReasonWithoutGlaucomaOnRecord() {
		assertThat(evaluate("iop-rising-on-drops-naming-no-reason-without-glaucoma-on-record.json")).isEmpty();
	}

	@Test
	void ignoresIntraocularPressureRisingLessThanItsMcid() {
		assertThat(evaluate("iop-rising-less-than-its-mcid.json")).isEmpty();
	}

	@Test
	void takesAPrescriptionLeftActiveAsEndedWhereTheMedicationListSaysItWasStopped() {
		assertThat(evaluate("phq9-rose-on-sertraline-prescribed-throughout.json")).isPresent();
		assertThat(evaluate("phq9-rose-after-the-medication-list-says-sertraline-was-stopped.json")).isEmpty();
	}

	private Optional<Finding> evaluate(String fixture) {
		return criterion.evaluate(picture(FIXTURES + fixture), NOW);
	}

}
