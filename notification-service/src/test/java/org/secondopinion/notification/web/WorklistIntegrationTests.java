package org.secondopinion.notification.web;

import java.time.Duration;
import java.time.Instant;
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
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.PatientRef;
import org.secondopinion.events.Priority;
import org.secondopinion.events.Topics;
import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.notification.cases.CaseManagement;
import org.secondopinion.notification.cases.CaseScope;
import org.secondopinion.notification.preferences.SavedFilters;
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
			.filter(r -> r.patient().ehrId().value().equals(ehr) && r.patient().id().equals("p-overdue"))
			.findFirst()
			.orElseThrow();
		assertThat(row.criteria()).containsExactly(new IncomingFlag.CriterionMet(overdue.code(), overdue.reason(),
				List.of(new IncomingFlag.Evidence("ServiceRequest/sr-1/_history/1", "Spinal fusion")),
				new IncomingFlag.Due(LocalDate.of(2026, 11, 18), true)));
		assertThat(row.urgent()).isFalse();
		assertThat(labels.finding(row.criteria().get(0))).isEqualTo("Major procedure overdue");
		assertThat(labels.due(row.criteria().get(0))).isEqualTo("Was due 18 Nov 2026, not recorded as done");
	}

	@Autowired
	SavedFilters savedFilters;

	@Test
	void searchesByPartOfTheNameOrMrnIgnoringCaseAndMatchesWildcardsLiterally() {
		publish("p-s1", "North Clinic", "routine", patient("p-s1", "Ada Okafor", "1961-04-12", "MRN-77341"),
				criterion("RARE_OR_COMPLEX_CONDITION", null));
		publish("p-s2", "North Clinic", "routine", patient("p-s2", "Bea 100% Smith", null, "X_42"),
				criterion("RARE_OR_COMPLEX_CONDITION", null));
		await().atMost(Duration.ofSeconds(30)).until(() -> patients(WorklistFilter.defaults(), null).size() == 2);

		assertThat(patients(search("okaf"), null)).containsExactly("p-s1");
		assertThat(patients(search("  ADA OK "), null)).as("trimmed, any case").containsExactly("p-s1");
		assertThat(patients(search("77341"), null)).as("part of the MRN").containsExactly("p-s1");
		assertThat(patients(search("mrn-7"), null)).containsExactly("p-s1");
		assertThat(patients(search("%"), null)).as("a percent sign is not a wildcard").containsExactly("p-s2");
		assertThat(patients(search("x_4"), null)).containsExactly("p-s2");
		assertThat(patients(search("_"), null)).containsExactly("p-s2");
		assertThat(patients(search("nobody"), null)).isEmpty();
		assertThat(patients(search("okaf"), List.of("South Clinic"))).as("never outside the user's facilities").isEmpty();
		assertThatThrownBy(() -> search("x".repeat(101))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void showsAgeAssigneeAndDueDateAndSortsByTheDueDate() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		publish("p-d1", "North Clinic", "routine", patient("p-d1", "Due Later", "1960-01-01", null),
				criterion("MAJOR_PROCEDURE_PLANNED", new FlagPayload.Due(today.plusDays(12), false)));
		publish("p-d2", "North Clinic", "urgent", patient("p-d2", "Due Soon", null, null),
				criterion("RARE_OR_COMPLEX_CONDITION", null));
		publish("p-d3", "North Clinic", "routine", patient("p-d3", "Due Past", null, null),
				criterion("HIGH_IMPACT_TREATMENT", new FlagPayload.Due(today.minusDays(3), true)));
		await().atMost(Duration.ofSeconds(30)).until(() -> patients(WorklistFilter.defaults(), null).size() == 3);

		assertThat(patients(WorklistFilter.of(null, null, null, null, null, "due", "asc"), null))
			.as("the past procedure, the urgent case to acknowledge within hours, the procedure in 12 days")
			.containsExactly("p-d3", "p-d2", "p-d1");
		Instant now = Instant.now();
		WorklistRow later = row("p-d1");
		assertThat(later.ageOn(today)).isEqualTo(java.time.Period.between(LocalDate.of(1960, 1, 1), today).getYears());
		assertThat(later.assignee()).as("routed round-robin to the north team").isEqualTo("coordinator");
		WorklistRow.Due due = later.due(now, today);
		assertThat(due.what()).isEqualTo("Spinal fusion");
		assertThat(due.relative()).isEqualTo("in 12 days");
		assertThat(due.overdue()).isFalse();
		assertThat(later.plannedLine(later.criteria().get(0), today)).startsWith("Spinal fusion on ").endsWith(", in 12 days");
		assertThat(row("p-d3").due(now, today).overdue()).isTrue();
		assertThat(row("p-d3").due(now, today).relative()).isEqualTo("3 days ago");
		WorklistRow.Due acknowledge = row("p-d2").due(now, today);
		assertThat(acknowledge.what()).isEqualTo("Acknowledge");
		assertThat(acknowledge.relative()).as("urgent: the escalation SLA of 4 hours").isIn("in 3 hours", "in 4 hours");
		assertThat(row("p-d2").due(now.plus(Duration.ofHours(5)), today).overdue()).isTrue();
		assertThat(row("p-d2").ageOn(today)).as("no birth date").isNull();

		jdbc.sql("update care_case set status = 'acknowledged' where ehr_id = ? and patient_id = 'p-d2'").param(ehr).update();
		assertThat(row("p-d2").due(now, today)).as("acknowledged with nothing planned: nothing due").isNull();
		assertThat(patients(WorklistFilter.of(null, null, null, null, null, "due", "asc"), null)).last().isEqualTo("p-d2");
	}

	@Test
	void keepsSavedFiltersPerUserAndDeletesOnlyTheUsersOwn() {
		String alice = "subject-" + UUID.randomUUID();
		String bob = "subject-" + UUID.randomUUID();
		WorklistFilter urgentNew = WorklistFilter.of("urgent", null, null, "new", null, "Ada", "due", null);

		assertThat(savedFilters.save(alice, "Urgent, new", urgentNew.savedQuery())).isTrue();
		assertThat(savedFilters.save(alice, "Urgent, new", "priority=urgent&sort=due&dir=asc")).as("replaced").isTrue();
		assertThat(savedFilters.save(bob, "Mine", "status=referred&sort=priority&dir=asc")).isTrue();

		assertThat(savedFilters.of(alice)).extracting(SavedFilters.SavedFilter::name, SavedFilters.SavedFilter::query)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Urgent, new", "priority=urgent&sort=due&dir=asc"));
		assertThat(urgentNew.savedQuery()).as("a saved filter never keeps the search text").doesNotContain("Ada")
			.isEqualTo("priority=urgent&status=new&sort=due&dir=asc");
		java.util.UUID bobs = savedFilters.of(bob).get(0).id();
		assertThat(savedFilters.delete(alice, bobs)).as("another user's filter").isFalse();
		assertThat(savedFilters.of(bob)).hasSize(1);
		assertThat(savedFilters.delete(bob, bobs)).isTrue();
		assertThat(savedFilters.of(bob)).isEmpty();
		for (int i = 1; i < SavedFilters.MAX_PER_USER; i++) {
			savedFilters.save(alice, "Filter " + i, "sort=priority&dir=asc");
		}
		assertThat(savedFilters.save(alice, "One too many", "sort=priority&dir=asc")).isFalse();
	}

	private static WorklistFilter search(String text) {
		return WorklistFilter.of(null, null, null, null, null, text, null, null);
	}

	private WorklistRow row(String patientId) {
		return worklist.rows(WorklistFilter.defaults(), scope(null)).stream()
			.filter(r -> r.patient().ehrId().value().equals(ehr) && r.patient().id().equals(patientId))
			.findFirst()
			.orElseThrow();
	}

	private FlagPayload.PatientSummary patient(String id, String name, String birthDate, String mrn) {
		return new FlagPayload.PatientSummary(ehr, id, name, birthDate, mrn);
	}

	private static FlagPayload.CriterionMet criterion(String code, FlagPayload.Due due) {
		return new FlagPayload.CriterionMet(CriterionCode.of(code), "Reason.",
				List.of(new FlagPayload.Evidence("Condition/c-1/_history/1", "Low back pain"),
						new FlagPayload.Evidence("ServiceRequest/sr-1/_history/1", "Spinal fusion")),
				due);
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

		assertThat(cases.caseOfPatient(PatientRef.of(ehr, "p-link"), north).value()).hasToString(caseId);
		assertThatThrownBy(() -> cases.caseOfPatient(PatientRef.of(ehr, "p-unknown"), north)).isInstanceOfSatisfying(
				ErrorResponseException.class, ex -> assertThat(ex.getStatusCode().value()).isEqualTo(404));
	}

	private List<String> patients(WorklistFilter filter, List<String> facilities) {
		return worklist.rows(filter, scope(facilities)).stream()
			.filter(row -> row.patient().ehrId().value().equals(ehr))
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
		publish(patientId, facility, priority, new FlagPayload.PatientSummary(ehr, patientId, "Person " + patientId, null, null),
				criterion);
	}

	private void publish(String patientId, String facility, String priority, FlagPayload.PatientSummary patient,
			FlagPayload.CriterionMet criterion) {
		FlagPayload flag = new FlagPayload("flag-" + ehr + "-" + patientId, patient, facility, Priority.of(priority),
				FlagStatus.OPEN, List.of(criterion), null, "test", OffsetDateTime.now(ZoneOffset.UTC));
		kafka.send(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(), codec.write(FlagEvents.of(codec,
				UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag, OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
	}

}
