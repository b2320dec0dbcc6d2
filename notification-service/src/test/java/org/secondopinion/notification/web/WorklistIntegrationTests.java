package org.secondopinion.notification.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagEvents;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;
import org.secondopinion.events.Topics;
import org.secondopinion.notification.cases.CaseManagement;
import org.secondopinion.notification.cases.CaseScope;
import org.secondopinion.security.CurrentUser;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The worklist page's filters and sort orders against real cases in PostgreSQL. */
@SpringBootTest(properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class WorklistIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "worklist_page");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	Worklist worklist;

	@Autowired
	JdbcClient jdbc;

	private final String ehr = "wl" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void filtersByPriorityCriterionFacilityStatusAndAgeWithinTheUsersFacilities() {
		publish("p-1", "North Clinic", "urgent", "MAJOR_PROCEDURE_PLANNED");
		publish("p-2", "North Clinic", "routine", "RARE_OR_COMPLEX_CONDITION");
		publish("p-3", "West Clinic", "high", "MAJOR_PROCEDURE_PLANNED");
		publish("p-4", "South Clinic", "urgent", "MAJOR_PROCEDURE_PLANNED");
		await().atMost(Duration.ofSeconds(30)).until(() -> patients(WorklistFilter.defaults(), null).size() == 4);
		jdbc.sql("update care_case set created_at = now() - interval '10 days' where patient_id = 'p-2'").update();
		List<String> mine = List.of("North Clinic", "West Clinic");

		assertThat(patients(WorklistFilter.defaults(), mine)).containsExactly("p-1", "p-3", "p-2");
		assertThat(patients(WorklistFilter.of("urgent", null, null, null, null, null, null), mine)).containsExactly("p-1");
		assertThat(patients(WorklistFilter.of(null, "MAJOR_PROCEDURE_PLANNED", null, null, null, null, null), mine))
			.containsExactly("p-1", "p-3");
		assertThat(patients(WorklistFilter.of(null, null, "West Clinic", null, null, null, null), mine)).containsExactly("p-3");
		assertThat(patients(WorklistFilter.of(null, null, "South Clinic", null, null, null, null), mine))
			.as("a facility outside the user's is never shown, even when asked for").isEmpty();
		assertThat(patients(WorklistFilter.of(null, null, null, "new", 7, null, null), mine)).containsExactly("p-2");
		assertThat(patients(WorklistFilter.of(null, null, null, "closed", null, null, null), mine)).isEmpty();
		assertThat(patients(WorklistFilter.of(null, null, null, null, null, "age", "asc"), mine).get(0)).isEqualTo("p-2");
		assertThat(patients(WorklistFilter.defaults(), null)).hasSize(4);
		assertThat(worklist.facilities(scope(mine))).containsExactly("North Clinic", "West Clinic");
	}

	@Autowired
	CaseManagement cases;

	@Autowired
	Labels labels;

	@Test
	void showsAnOverdueProcedureAsOverdueWithTheDayItWasDue() {
		FlagPayload.CriterionMet overdue = new FlagPayload.CriterionMet(CriterionCode.MAJOR_PROCEDURE_PLANNED,
				"Spinal fusion was scheduled for 18 Nov 2026 and is not recorded as performed; confirm whether it took place before referring.",
				List.of(new FlagPayload.Evidence("ServiceRequest/sr-1/_history/1", "Spinal fusion")),
				new FlagPayload.Due(LocalDate.of(2026, 11, 18), true));
		publish("p-overdue", "North Clinic", "routine", overdue);
		await().atMost(Duration.ofSeconds(30)).until(() -> patients(WorklistFilter.defaults(), null).contains("p-overdue"));

		WorklistRow row = worklist.rows(WorklistFilter.defaults(), scope(null)).stream()
			.filter(r -> r.patient().ehrId().equals(ehr) && r.patient().id().equals("p-overdue"))
			.findFirst()
			.orElseThrow();
		assertThat(row.criteria()).containsExactly(new IncomingFlag.CriterionMet(overdue.code(), overdue.reason(),
				List.of(new IncomingFlag.Evidence("ServiceRequest/sr-1/_history/1", "Spinal fusion")),
				new IncomingFlag.Due(LocalDate.of(2026, 11, 18), true)));
		assertThat(row.urgent()).isFalse();
		assertThat(labels.finding(row.criteria().get(0))).isEqualTo("Major procedure overdue");
		assertThat(labels.due(row.criteria().get(0))).isEqualTo("Was due 18 Nov 2026, not recorded as done");
	}

	@Test
	void findsThePatientsOpenCaseForTheLinkOfACdsHooksCard() {
		publish("p-link", "North Clinic", "urgent", "MAJOR_PROCEDURE_PLANNED");
		await().atMost(Duration.ofSeconds(30)).until(() -> patients(WorklistFilter.defaults(), null).contains("p-link"));
		String caseId = jdbc.sql("select id::text from care_case where ehr_id = ? and patient_id = 'p-link'")
			.param(ehr)
			.query(String.class)
			.single();
		CurrentUser north = new CurrentUser("u-1", "coordinator", Set.of("care-coordinator"), List.of("North Clinic"),
				null);

		assertThat(cases.caseOfPatient(ehr, "p-link", north).value()).hasToString(caseId);
		assertThatThrownBy(() -> cases.caseOfPatient(ehr, "p-unknown", north)).isInstanceOfSatisfying(
				ErrorResponseException.class, ex -> assertThat(ex.getStatusCode().value()).isEqualTo(404));
	}

	private List<String> patients(WorklistFilter filter, List<String> facilities) {
		return worklist.rows(filter, scope(facilities)).stream()
			.filter(row -> row.patient().ehrId().equals(ehr))
			.map(row -> row.patient().id())
			.toList();
	}

	/** The scope of a coordinator of {@code facilities}; {@code null} for an admin's. */
	private static CaseScope scope(List<String> facilities) {
		return CaseScope.of(facilities == null
				? new CurrentUser("u-admin", "admin", Set.of("admin"), List.of(), null)
				: new CurrentUser("u-1", "coordinator", Set.of("care-coordinator"), facilities, null));
	}

	private void publish(String patientId, String facility, String priority, String criterion) {
		publish(patientId, facility, priority, new FlagPayload.CriterionMet(CriterionCode.of(criterion), "Reason.",
				List.of(new FlagPayload.Evidence("Condition/c-1/_history/1", "Evidence"))));
	}

	private void publish(String patientId, String facility, String priority, FlagPayload.CriterionMet criterion) {
		FlagPayload flag = new FlagPayload("flag-" + ehr + "-" + patientId,
				new FlagPayload.PatientSummary(ehr, patientId, "Person " + patientId, null, null), facility, Priority.of(priority), FlagStatus.OPEN,
				List.of(criterion), null, "test", OffsetDateTime.now(ZoneOffset.UTC));
		kafka.send(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(), codec.write(FlagEvents.of(codec,
				UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag, OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
	}

}
