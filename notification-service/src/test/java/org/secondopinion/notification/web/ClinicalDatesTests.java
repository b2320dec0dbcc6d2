package org.secondopinion.notification.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ClinicalDatesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	@Test
	void datesAnOrderByTheDayItIsPlannedForNotTheDayItWasWritten() {
		ClinicalDates.When when = ClinicalDates.of(json("""
				{"resourceType":"ServiceRequest","authoredOn":"2026-10-01","occurrenceDateTime":"2026-12-18T08:00:00Z"}"""));

		assertThat(when.date()).isEqualTo(LocalDate.of(2026, 12, 18));
		assertThat(when.text()).isEqualTo("order, planned for 18 Dec 2026");
		assertThat(ClinicalDates.relative(when.date(), TODAY, when.planned())).isEqualTo("in 12 days");
	}

	@Test
	void fallsBackToTheDayOfTheOrderOnlyWhenItNamesNoOtherDay() {
		ClinicalDates.When when = ClinicalDates.of(json("""
				{"resourceType":"ServiceRequest","authoredOn":"2026-10-01"}"""));

		assertThat(when.text()).isEqualTo("ordered on 1 Oct 2026");
		assertThat(ClinicalDates.relative(when.date(), TODAY, when.planned())).isEqualTo("66 days ago");
	}

	@Test
	void datesAProcedureByWhenItIsPerformedAndATreatmentByWhenItStarts() {
		ClinicalDates.When planned = ClinicalDates.of(json("""
				{"resourceType":"Procedure","status":"preparation","performedPeriod":{"start":"2026-12-01"}}"""));
		ClinicalDates.When done = ClinicalDates.of(json("""
				{"resourceType":"Procedure","status":"completed","performedDateTime":"2026-11-20"}"""));
		ClinicalDates.When treatment = ClinicalDates.of(json("""
				{"resourceType":"MedicationRequest","authoredOn":"2026-09-01",
				 "dosageInstruction":[{"timing":{"repeat":{"boundsPeriod":{"start":"2026-12-07"}}}}]}"""));

		assertThat(planned.text()).isEqualTo("procedure, planned for 1 Dec 2026");
		assertThat(ClinicalDates.relative(planned.date(), TODAY, planned.planned())).isEqualTo("5 days overdue");
		assertThat(done.text()).isEqualTo("procedure, performed on 20 Nov 2026");
		assertThat(ClinicalDates.relative(done.date(), TODAY, done.planned())).isEqualTo("16 days ago");
		assertThat(treatment.text()).isEqualTo("treatment, starting 7 Dec 2026");
		assertThat(ClinicalDates.relative(treatment.date(), TODAY, true)).isEqualTo("in 1 day");
		assertThat(ClinicalDates.relative(TODAY, TODAY, true)).isEqualTo("today");
	}

	@Test
	void hasNoDateForAResourceThatGivesNone() {
		assertThat(ClinicalDates.of(json("""
				{"resourceType":"ServiceRequest","occurrenceDateTime":"soon"}"""))).isNull();
	}

	private static JsonNode json(String text) {
		return JsonMapper.builder().build().readTree(text);
	}

}
