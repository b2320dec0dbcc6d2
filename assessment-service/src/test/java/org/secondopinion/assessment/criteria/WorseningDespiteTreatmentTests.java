package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.Optional;

import ca.uhn.fhir.context.FhirContext;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.FlagPayload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.assessment.picture.PictureFixtures.picture;

class WorseningDespiteTreatmentTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final String FIXTURES = "fixtures/worsening-despite-treatment/";

	private final WorseningDespiteTreatment criterion = new WorseningDespiteTreatment(FhirContext.forR4Cached(),
			RuleSettings.load("worsening", WorseningSettings.class), RuleSettings.assessment(), RuleSettings.courses());

	@Test
	void flagsHbA1cRisingBeyondItsMcidWhileOnMetforminThroughout() {
		assertThat(evaluate("hba1c-rising-on-metformin.json")).hasValueSatisfying(f -> {
			assertThat(f.code()).isEqualTo("WORSENING_DESPITE_TREATMENT");
			assertThat(f.reason()).isEqualTo("HbA1c rose from 7.4% to 9.3% over 252 days (4 values, trend +1.87 where "
					+ "0.5 matters) despite metformin throughout; a second opinion can look at why the treatment is not "
					+ "working.");
			assertThat(f.evidence()).extracting(FlagPayload.Evidence::reference)
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
			assertThat(f.evidence().get(0)).isEqualTo(new FlagPayload.Evidence("Observation/bp-1/_history/1", "systolic blood pressure 138 mmHg"));
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
					"MonitoredHypertension");
		assertThat(criterion.parameters().get("worsening.conditions")).contains("PHQ-9 depression score: "
				+ "MonitoredDepression 2026.12-1");
	}

	@Test
	void countsFortnightlyPsychotherapySessionsForTheDepressionAsTreatmentThroughout() {
		assertThat(evaluate("phq9-rising-through-fortnightly-psychotherapy.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("PHQ-9 depression score rose from 12 to 21 over 203 days (4 values")
				.contains("despite psychotherapy, 60 minutes with patient throughout");
			assertThat(f.evidence()).extracting(FlagPayload.Evidence::reference).contains("Procedure/cbt-15/_history/1");
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
			assertThat(f.evidence()).extracting(FlagPayload.Evidence::reference)
				.contains("MedicationRequest/sertraline-50/_history/1", "MedicationRequest/sertraline-100/_history/1",
						"MedicationRequest/sertraline-150/_history/1");
			assertThat(f.problems()).contains("Condition/depression");
		});
	}

	@Test
	void ignoresACourseWithMonthsBetweenAStoppedPrescriptionAndTheNext() {
		assertThat(evaluate("phq9-rising-with-months-off-sertraline.json")).isEmpty();
	}

	@Test
	void ignoresACourseWhoseLastRenewalRanOutBeforeTheLastValue() {
		assertThat(evaluate("hba1c-rising-after-the-last-metformin-renewal-ran-out.json")).isEmpty();
	}

	private Optional<Finding> evaluate(String fixture) {
		return criterion.evaluate(picture(FIXTURES + fixture), NOW);
	}

}
