package org.secondopinion.notification.cases;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.PatientRef;
import org.secondopinion.events.Priority;
import org.secondopinion.events.Topics;
import org.secondopinion.notification.TestClient;
import org.secondopinion.notification.TestClient.Response;
import org.secondopinion.security.CurrentUser;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.secondopinion.notification.TestClient.criterion;

/** The case lifecycle through the API, behind the real Keycloak, with flags arriving over real Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class CaseLifecycleIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "case_lifecycle");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	ChangeRecorder changes;

	@Value("${local.server.port}")
	int port;

	@Autowired
	CaseManagement management;

	private static final CurrentUser COORDINATOR = new CurrentUser("u-1", "coordinator", Set.of("care-coordinator"),
			List.of("North Clinic"), null);

	private TestClient api;

	@BeforeEach
	void client() {
		api = new TestClient(kafka, codec, port);
	}

	@Test
	void followsACaseFromNewToClosedAndRecordsWhoDidWhat() {
		api.publish(EventType.FLAG_RAISED, api.flag("p-1", "North Clinic", Priority.HIGH, FlagStatus.OPEN,
				criterion("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned.")));
		String id = api.awaitCase("p-1");
		String path = "/api/v1/cases/" + id;

		assertThat(api.post(path + "/acknowledge", "coordinator", null).body().path("status").asString()).isEqualTo("acknowledged");
		assertThat(api.post(path + "/review", "coordinator", null).body().path("status").asString()).isEqualTo("in-review");
		JsonNode referred = api.post(path + "/refer", "coordinator",
				"{\"specialty\":\"orthopaedic surgery\",\"to\":\"University Spine Centre\",\"note\":\"Call first\"}").body();
		assertThat(referred.path("status").asString()).isEqualTo("referred");
		assertThat(referred.path("referral").path("to").asString()).isEqualTo("University Spine Centre");
		Response closed = api.post(path + "/close", "coordinator",
				"{\"outcome\":\"second-opinion-obtained\",\"reasonCode\":\"treatment-changed\",\"text\":\"Physiotherapy first\"}");

		assertThat(closed.status()).isEqualTo(200);
		JsonNode detail = api.caseDetail(id);
		assertThat(detail.path("status").asString()).isEqualTo("closed");
		assertThat(detail.path("closure").path("outcome").asString()).isEqualTo("second-opinion-obtained");
		assertThat(detail.path("closure").path("reason").asString()).isEqualTo("Second opinion changed the treatment plan");
		assertThat(detail.path("closure").path("text").asString()).isEqualTo("Physiotherapy first");
		assertThat(detail.path("acknowledgedAt").isMissingNode()).isFalse();
		assertThat(detail.path("coverage").path("payer").asString()).isEqualTo("Acme Health");
		assertThat(detail.path("history").findValuesAsString("action"))
			.containsSubsequence("opened", "acknowledged", "in-review", "referred", "closed");
		assertThat(detail.path("history").valueStream().filter(h -> !h.path("action").asString().equals("opened")
				&& !h.path("action").asString().equals("assigned")))
			.allSatisfy(h -> {
				assertThat(h.path("actor").asString()).isEqualTo("coordinator");
				assertThat(h.path("at").asString()).isNotBlank();
			});
		assertThat(changes.actionsOf(id)).containsSubsequence("opened", "acknowledged", "in-review", "referred", "closed");

		JsonNode trail = api.get("/api/v1/audit?patient=" + api.ehr + "/p-1", "admin").body();
		assertThat(trail.valueStream().filter(e -> e.path("action").asString().equals("U"))
			.map(e -> e.path("subtype").asString()))
			.contains("acknowledge", "review", "refer", "close");
	}

	@Test
	void refusesToCloseAClosedCaseWithAConflictProblem() {
		String id = acknowledgedCase("p-2");
		String path = "/api/v1/cases/" + id + "/close";
		String body = "{\"outcome\":\"not-needed\",\"reasonCode\":\"clinically-clear\"}";
		assertThat(api.post(path, "coordinator", body).status()).isEqualTo(200);

		Response again = api.post(path, "coordinator", body);

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).isEqualTo("application/problem+json");
		assertThat(again.body().path("detail").asString()).contains("Cannot close a case that is closed");
	}

	@Test
	void refusesToReferAnUnacknowledgedCaseWhenTheSiteRequiresAcknowledgement() {
		api.publish(EventType.FLAG_RAISED, api.flag("p-3", "North Clinic", Priority.ROUTINE, FlagStatus.OPEN,
				criterion("RARE_OR_COMPLEX_CONDITION", "Sarcoidosis is a rare condition.")));
		String id = api.awaitCase("p-3");

		Response response = api.post("/api/v1/cases/" + id + "/refer", "coordinator", "{\"specialty\":\"pulmonology\"}");

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.body().path("detail").asString()).contains("acknowledged first");
		assertThat(api.caseDetail(id).path("status").asString()).isEqualTo("new");
	}

	@Test
	void refusesASecondOpinionOutcomeForACaseNeverReferred() {
		String id = acknowledgedCase("p-4");

		Response response = api.post("/api/v1/cases/" + id + "/close", "coordinator",
				"{\"outcome\":\"second-opinion-obtained\",\"reasonCode\":\"diagnosis-confirmed\"}");

		assertThat(response.status()).isEqualTo(409);
	}

	@Test
	void explainsAnUnknownReasonCodeWithTheCodesToUse() {
		String id = acknowledgedCase("p-5");

		Response response = api.post("/api/v1/cases/" + id + "/close", "coordinator",
				"{\"outcome\":\"not-needed\",\"reasonCode\":\"bored\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.body().path("detail").asString()).contains("Unknown reason 'bored'").contains("clinically-clear");
		assertThat(api.post("/api/v1/cases/" + id + "/close", "coordinator", "{\"outcome\":\"maybe\",\"reasonCode\":\"x\"}").status())
			.isEqualTo(400);
		assertThat(api.post("/api/v1/cases/" + id + "/refer", "coordinator", "{}").status()).isEqualTo(400);
	}

	@Test
	void answersNotFoundForAnUnknownCase() {
		Response response = api.post("/api/v1/cases/00000000-0000-0000-0000-000000000001/acknowledge", "coordinator", null);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
	}

	@Test
	void hidesAnotherFacilitysCaseFromAnActionAndAuditsTheAttempt() {
		api.publish(EventType.FLAG_RAISED, api.flag("south-9", "South Clinic", Priority.ROUTINE, FlagStatus.OPEN,
				criterion("PATIENT_REPORTED_CONCERN", "The patient asked for a second opinion.")));
		String id = api.awaitCase("south-9");

		assertThat(api.post("/api/v1/cases/" + id + "/acknowledge", "coordinator", null).status()).isEqualTo(404);
		assertThat(api.caseDetail(id).path("status").asString()).isEqualTo("new");

		JsonNode trail = api.get("/api/v1/audit?patient=" + api.ehr + "/south-9", "admin").body();
		assertThat(trail.valueStream().filter(e -> e.path("outcome").asString().equals("denied")).toList())
			.singleElement()
			.satisfies(denied -> {
				assertThat(denied.path("action").asString()).isEqualTo("U");
				assertThat(denied.path("subtype").asString()).isEqualTo("acknowledge");
			});
	}

	@Test
	void keepsOneOpenCasePerPatientAsCriteriaChangeAndShowsTheFlagResolved() {
		api.publish(EventType.FLAG_RAISED, api.flag("p-6", "North Clinic", Priority.ROUTINE, FlagStatus.OPEN,
				criterion("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned.")));
		String id = api.awaitCase("p-6");

		api.publish(EventType.FLAG_RAISED, api.flag("another-flag-" + api.ehr, "p-6", "North Clinic", Priority.HIGH, FlagStatus.OPEN,
				criterion("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned."),
				criterion("WORSENING_DESPITE_TREATMENT", "Pain rose from 4 to 8 over six months of treatment.")));
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.caseDetail(id).path("criteria")).hasSize(2));
		assertThat(api.casesOf("p-6")).hasSize(1);
		JsonNode updated = api.caseDetail(id);
		assertThat(updated.path("priority").asString()).isEqualTo("high");
		assertThat(updated.path("history").valueStream().filter(h -> h.path("action").asString().equals("flag-updated")))
			.singleElement()
			.satisfies(h -> assertThat(h.path("detail").asString()).contains("+WORSENING_DESPITE_TREATMENT"));

		api.publish(EventType.FLAG_RESOLVED, api.flag("another-flag-" + api.ehr, "p-6", "North Clinic", Priority.HIGH, FlagStatus.RESOLVED,
				criterion("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned.")));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(api.caseDetail(id).path("flagStatus").asString()).isEqualTo("resolved"));
		assertThat(api.caseDetail(id).path("status").asString()).as("a resolved flag leaves the case to the coordinator")
			.isEqualTo("new");
	}

	@Test
	void opensANewCaseForAPatientWhoseLastCaseIsClosed() {
		String first = acknowledgedCase("p-7");
		api.post("/api/v1/cases/" + first + "/close", "coordinator", "{\"outcome\":\"patient-declined\",\"reasonCode\":\"unreachable\"}");

		api.publish(EventType.FLAG_RAISED, api.flag("flag-again-" + api.ehr, "p-7", "North Clinic", Priority.ROUTINE, FlagStatus.OPEN,
				criterion("PATIENT_REPORTED_CONCERN", "The patient asked for a second opinion.")));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.casesOf("p-7")).hasSize(2));
		assertThat(api.casesOf("p-7")).extracting(c -> c.path("status").asString()).containsExactlyInAnyOrder("closed", "new");
	}

	@Test
	void findsAPatientsClosedCaseForTheirFlagAndTheirLinkUntilAnotherOpens() {
		String closed = acknowledgedCase("p-8");
		api.post("/api/v1/cases/" + closed + "/close", "coordinator", "{\"outcome\":\"not-needed\",\"reasonCode\":\"clinically-clear\"}");
		PatientRef patient = PatientRef.of(api.ehr, "p-8");
		assertThat(management.caseOfPatient(patient, COORDINATOR).value()).as("the latest case, closed").hasToString(closed);

		api.publish(EventType.FLAG_RESOLVED, api.flag("p-8", "North Clinic", Priority.ROUTINE, FlagStatus.RESOLVED,
				criterion("DIAGNOSIS_SYMPTOM_MISMATCH", "Fatigue is still unexplained after a year.")));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(api.caseDetail(closed).path("flagStatus").asString()).isEqualTo("resolved"));
		assertThat(api.caseDetail(closed).path("status").asString()).isEqualTo("closed");

		api.publish(EventType.FLAG_RAISED, api.flag("flag-later-" + api.ehr, "p-8", "North Clinic", Priority.ROUTINE,
				FlagStatus.OPEN, criterion("PATIENT_REPORTED_CONCERN", "The patient asked for a second opinion.")));
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.casesOf("p-8")).hasSize(2));
		String open = api.casesOf("p-8").stream().filter(c -> c.path("status").asString().equals("new"))
			.findFirst().orElseThrow().path("id").asString();
		assertThat(management.caseOfPatient(patient, COORDINATOR).value()).as("the open case before any closed one")
			.hasToString(open);
	}

	@Test
	void mirrorsTheCaseAsAFhirTaskWhoseStatusFollowsTheLifecycle() {
		try (KafkaObserver observer = new KafkaObserver(List.of(Topics.EHR_WRITEBACK))) {
			String id = acknowledgedCase("t-1");
			String path = "/api/v1/cases/" + id;
			api.post(path + "/review", "coordinator", null);
			api.post(path + "/refer", "coordinator", "{\"specialty\":\"rheumatology\"}");
			api.post(path + "/close", "coordinator", "{\"outcome\":\"second-opinion-obtained\",\"reasonCode\":\"diagnosis-changed\"}");
			String key = api.ehr + "/Patient/t-1";

			List<JsonNode> tasks = await().atMost(Duration.ofSeconds(60))
				.until(() -> observer.recordsWithKey(Topics.EHR_WRITEBACK, key).stream()
					.map(r -> codec.read(r.value()))
					.peek(e -> assertThat(e.type()).isEqualTo("org.secondopinion.task.requested"))
					.map(CloudEvent::data)
					.toList(), list -> list.size() >= 5);

			assertThat(tasks).extracting(t -> t.path("status").asString())
				.containsExactly("requested", "accepted", "in-progress", "in-progress", "completed");
			assertThat(tasks.get(0).path("owner").path("display").asString()).as("routed to the north team").isEqualTo("coordinator");
			JsonNode last = tasks.get(4);
			assertThat(last.path("identifier").get(0).path("system").asString()).isEqualTo("urn:second-opinion:case");
			assertThat(last.path("identifier").get(0).path("value").asString()).isEqualTo(id);
			assertThat(last.path("for").path("reference").asString()).isEqualTo("Patient/t-1");
			assertThat(last.path("focus").path("reference").asString()).isEqualTo("ServiceRequest/sr-1/_history/1");
			assertThat(last.path("reasonCode").path("coding").get(0).path("code").asString()).isEqualTo("DIAGNOSIS_SYMPTOM_MISMATCH");
			assertThat(last.path("statusReason").path("coding").get(0).path("code").asString()).isEqualTo("diagnosis-changed");
			assertThat(last.toString()).doesNotContain("Okafor").doesNotContain("MRN-1");
		}
	}

	@Test
	void cancelsTheTaskWhenTheCaseIsClosedAsNotNeeded() {
		try (KafkaObserver observer = new KafkaObserver(List.of(Topics.EHR_WRITEBACK))) {
			String id = acknowledgedCase("t-2");
			api.post("/api/v1/cases/" + id + "/close", "coordinator", "{\"outcome\":\"not-needed\",\"reasonCode\":\"duplicate\"}");

			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
					observer.recordsWithKey(Topics.EHR_WRITEBACK, api.ehr + "/Patient/t-2").stream()
						.map(r -> codec.read(r.value()).data().path("status").asString()).toList())
				.endsWith("cancelled"));
		}
	}

	private String acknowledgedCase(String patientId) {
		api.publish(EventType.FLAG_RAISED, api.flag(patientId, "North Clinic", Priority.ROUTINE, FlagStatus.OPEN,
				criterion("DIAGNOSIS_SYMPTOM_MISMATCH", "Fatigue is still unexplained after a year.")));
		String id = api.awaitCase(patientId);
		assertThat(api.post("/api/v1/cases/" + id + "/acknowledge", "coordinator", null).status()).isEqualTo(200);
		return id;
	}

	@TestConfiguration
	static class Recording {

		@Bean
		ChangeRecorder changeRecorder() {
			return new ChangeRecorder();
		}

	}

	static class ChangeRecorder {

		private final List<CaseChanged> seen = new CopyOnWriteArrayList<>();

		@EventListener
		void on(CaseChanged change) {
			seen.add(change);
		}

		@EventListener
		void on(CasesChanged batch) {
			seen.addAll(batch.changes());
		}

		List<String> actionsOf(String caseId) {
			return seen.stream().filter(c -> c.caseId().toString().equals(caseId)).map(CaseChanged::action).toList();
		}

	}

}
