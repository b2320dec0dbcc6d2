package org.secondopinion.notification.routing;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;
import org.secondopinion.notification.TestClient;
import org.secondopinion.notification.TestClient.Response;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.notification.TestClient.criterion;

/** Routing rules and assignment strategies as configured, and reassignment by coordinators. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}",
				"second-opinion.notification.routing.rules[0].specialty=oncology",
				"second-opinion.notification.routing.rules[0].team=oncology",
				"second-opinion.notification.routing.rules[1].criterion=RARE_OR_COMPLEX_CONDITION",
				"second-opinion.notification.routing.rules[1].team=rare",
				"second-opinion.notification.routing.rules[2].facility=South Clinic",
				"second-opinion.notification.routing.rules[2].team=south",
				"second-opinion.notification.routing.teams.north.members.alice=alice@example.org",
				"second-opinion.notification.routing.teams.north.members.bob=bob@example.org",
				"second-opinion.notification.routing.teams.south.members.carol=carol@example.org",
				"second-opinion.notification.routing.teams.rare.lead=dana",
				"second-opinion.notification.routing.teams.rare.assignment=round-robin",
				"second-opinion.notification.routing.teams.rare.members.dana=dana@example.org",
				"second-opinion.notification.routing.teams.oncology.lead=erin",
				"second-opinion.notification.routing.teams.oncology.assignment=least-loaded",
				"second-opinion.notification.routing.teams.oncology.members.erin=erin@example.org" })
@DirtiesContext
class RoutingIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "routing");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Value("${local.server.port}")
	int port;

	private TestClient api;

	@BeforeEach
	void client() {
		api = new TestClient(kafka, codec, port);
	}

	@Test
	void routesByTheFirstMatchingRuleAndToTheDefaultTeamOtherwise() {
		open("r-1", "North Clinic", criterion("RARE_OR_COMPLEX_CONDITION", "Sarcoidosis is a rare condition."));
		open("r-2", "South Clinic", new FlagPayload.CriterionMet(CriterionCode.HIGH_IMPACT_TREATMENT, "Chemotherapy is planned.",
				List.of(new FlagPayload.Evidence("MedicationRequest/m-1/_history/1", "Adjuvant chemotherapy"))));
		open("r-3", "South Clinic", criterion("PATIENT_REPORTED_CONCERN", "The patient asked for a second opinion."));
		open("r-4", "East Clinic", criterion("PATIENT_REPORTED_CONCERN", "The patient asked for a second opinion."));

		assertThat(caseOf("r-1").path("team").asString()).isEqualTo("rare");
		assertThat(caseOf("r-1").path("assignee").asString()).isEqualTo("dana");
		assertThat(caseOf("r-2").path("team").asString()).as("the specialty rule comes before the facility rule").isEqualTo("oncology");
		assertThat(caseOf("r-3").path("team").asString()).isEqualTo("south");
		assertThat(caseOf("r-4").path("team").asString()).isEqualTo("north");
		assertThat(api.caseDetail(caseOf("r-1").path("id").asString()).path("history").findValuesAsString("detail"))
			.contains("team rare, to dana");
	}

	@Test
	void takesTurnsWithinARoundRobinTeam() {
		for (int i = 0; i < 3; i++) {
			open("rr-" + i, "North Clinic", criterion("PATIENT_REPORTED_CONCERN", "The patient asked for a second opinion."));
		}

		List<String> assignees = List.of(0, 1, 2).stream().map(i -> caseOf("rr-" + i).path("assignee").asString()).toList();

		assertThat(assignees).containsExactlyInAnyOrder("coordinator", "alice", "bob");
	}

	@Test
	void givesANewCaseToTheLeastLoadedCoordinator() {
		open("ll-1", "South Clinic", criterion("PATIENT_REPORTED_CONCERN", "The patient asked for a second opinion."));
		open("ll-2", "South Clinic", criterion("PATIENT_REPORTED_CONCERN", "The patient asked for a second opinion."));
		JsonNode first = caseOf("ll-1");
		assertThat(caseOf("ll-2").path("assignee").asString()).isNotEqualTo(first.path("assignee").asString());

		String path = "/api/v1/cases/" + first.path("id").asString();
		api.post(path + "/acknowledge", "admin", null);
		api.post(path + "/close", "admin", "{\"outcome\":\"not-needed\",\"reasonCode\":\"duplicate\"}");
		open("ll-3", "South Clinic", criterion("PATIENT_REPORTED_CONCERN", "The patient asked for a second opinion."));

		assertThat(caseOf("ll-3").path("assignee").asString()).isEqualTo(first.path("assignee").asString());
	}

	@Test
	void letsACoordinatorReassignWithinTheTeamOnly() {
		open("as-1", "North Clinic", criterion("PATIENT_REPORTED_CONCERN", "The patient asked for a second opinion."));
		String path = "/api/v1/cases/" + caseOf("as-1").path("id").asString();

		Response outsider = api.post(path + "/assign", "coordinator", "{\"assignee\":\"carol\"}");
		assertThat(outsider.status()).isEqualTo(400);
		assertThat(outsider.body().path("detail").asString()).contains("not a coordinator of team 'north'");

		Response moved = api.post(path + "/assign", "coordinator", "{\"assignee\":\"bob\"}");
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.body().path("assignee").asString()).isEqualTo("bob");
		assertThat(moved.body().path("history").valueStream().filter(h -> h.path("actor").asString().equals("coordinator")))
			.singleElement()
			.satisfies(h -> {
				assertThat(h.path("action").asString()).isEqualTo("assigned");
				assertThat(h.path("detail").asString()).startsWith("to bob");
			});
	}

	private void open(String patientId, String facility, FlagPayload.CriterionMet criterion) {
		api.publish(EventType.FLAG_RAISED, api.flag(patientId, facility, Priority.ROUTINE, FlagStatus.OPEN, criterion));
		api.awaitCase(patientId);
	}

	private JsonNode caseOf(String patientId) {
		return api.casesOf(patientId).get(0);
	}

}
