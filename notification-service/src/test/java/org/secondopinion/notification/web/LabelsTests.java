package org.secondopinion.notification.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.notification.cases.IncomingFlag;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTests {

	private final Labels labels = new Labels();

	@Test
	void namesAPlannedProcedureWhoseDayHasPassedOverdueAndSaysWhenItWasDue() {
		IncomingFlag.CriterionMet overdue = criterion("MAJOR_PROCEDURE_PLANNED", new IncomingFlag.Due(LocalDate.of(2026, 11, 18), true));

		assertThat(labels.finding(overdue)).isEqualTo("Major procedure overdue");
		assertThat(labels.due(overdue)).isEqualTo("Was due 18 Nov 2026, not recorded as done");
		assertThat(labels.finding(criterion("HIGH_IMPACT_TREATMENT", new IncomingFlag.Due(LocalDate.of(2026, 11, 23), true))))
			.isEqualTo("High-impact treatment overdue");
	}

	@Test
	void keepsThePlannedNameForAnUpcomingOrUndatedProcedure() {
		IncomingFlag.CriterionMet upcoming = criterion("MAJOR_PROCEDURE_PLANNED", new IncomingFlag.Due(LocalDate.of(2026, 12, 8), false));

		assertThat(labels.finding(upcoming)).isEqualTo("Major procedure planned");
		assertThat(labels.due(upcoming)).isEqualTo("Due 8 Dec 2026");
		assertThat(labels.finding(criterion("MAJOR_PROCEDURE_PLANNED", null))).isEqualTo("Major procedure planned");
		assertThat(labels.due(criterion("RARE_OR_COMPLEX_CONDITION", null))).isEmpty();
	}

	private static IncomingFlag.CriterionMet criterion(String code, IncomingFlag.Due due) {
		return new IncomingFlag.CriterionMet(CriterionCode.of(code), "Reason.", List.of(new IncomingFlag.Evidence("ServiceRequest/sr-1/_history/1", "Spinal fusion")), due);
	}

}
