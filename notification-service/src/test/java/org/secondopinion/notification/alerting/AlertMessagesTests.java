package org.secondopinion.notification.alerting;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.EhrId;
import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;
import org.secondopinion.notification.cases.CaseSummary;
import org.secondopinion.notification.cases.Placement;

import static org.assertj.core.api.Assertions.assertThat;

class AlertMessagesTests {

	private final AlertMessages messages = new AlertMessages(new AlertSettings(URI.create("http://ui.example"),
			Duration.ofHours(4), Duration.ofMinutes(1), "0 0 7 * * *", ZoneOffset.UTC, null, true));

	private final IncomingFlag.CriterionMet overdue = new IncomingFlag.CriterionMet(CriterionCode.MAJOR_PROCEDURE_PLANNED,
			"Spinal fusion was scheduled for 18 Nov 2026 and is not recorded as performed; confirm whether it took place before referring.",
			List.of(new IncomingFlag.Evidence("ServiceRequest/sr-1/_history/1", "Spinal fusion")),
			new IncomingFlag.Due(LocalDate.of(2026, 11, 18), true));

	private final IncomingFlag.CriterionMet upcoming = new IncomingFlag.CriterionMet(CriterionCode.HIGH_IMPACT_TREATMENT,
			"Chemotherapy is planned for 8 Dec 2026; a second opinion can confirm that a treatment with this much effect on daily life is the right one.",
			List.of(new IncomingFlag.Evidence("ServiceRequest/chemo/_history/1", "Chemotherapy")),
			new IncomingFlag.Due(LocalDate.of(2026, 12, 8), false));

	@Test
	void callsAProcedureWhoseDayHasPassedOverdueInTheSubjectBodyAndWebhook() {
		AlertMessages.Message message = messages.urgent(kase(List.of(overdue, upcoming)), List.of(overdue, upcoming));

		assertThat(message.subject()).isEqualTo("[Second Opinion] URGENT case for review: Major procedure overdue, High-impact treatment");
		assertThat(message.body()).contains("- Major procedure overdue: Spinal fusion was scheduled for 18 Nov 2026 and is not "
				+ "recorded as performed; confirm whether it took place before referring.\n");
		assertThat(message.body()).doesNotContain("Major procedure planned");
		assertThat(message.webhookJson()).contains("\"title\":\"Major procedure overdue\"", "\"due\":\"2026-11-18\",\"overdue\":true",
				"\"due\":\"2026-12-08\",\"overdue\":false");
	}

	@Test
	void listsAnOverdueProcedureSoInTheDigest() {
		AlertMessages.Message digest = messages.digest("north", List.of(kase(List.of(overdue))), 1);

		assertThat(digest.body()).contains("ROUTINE | North Clinic | Major procedure overdue | http://ui.example/cases/c-1");
	}

	private static CaseSummary kase(List<IncomingFlag.CriterionMet> criteria) {
		return new CaseSummary("c-1", "new", Priority.ROUTINE, new IncomingFlag.PatientSummary(EhrId.of("ehr"), "p-1", null, null, null),
				"North Clinic", criteria, FlagStatus.OPEN, "test", Instant.EPOCH, Instant.EPOCH, "north", null, false,
				new Placement("North Clinic", "managing-organization", "placed by the managing organization"));
	}

}
