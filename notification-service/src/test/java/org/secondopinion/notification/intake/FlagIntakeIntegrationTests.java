package org.secondopinion.notification.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagEvents;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class FlagIntakeIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "notification");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Value("${local.server.port}")
	int port;

	private final String ehr = "ehr" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void opensOneNewCaseForARaisedFlagDeliveredTwice() {
		FlagPayload flag = flag("p-1", Priority.URGENT, FlagStatus.OPEN);
		String eventId = UUID.randomUUID().toString();
		publish(eventId, EventType.FLAG_RAISED, flag);
		publish(eventId, EventType.FLAG_RAISED, flag);

		JsonNode item = awaitCaseOf("p-1");
		assertThat(item.path("status").asString()).isEqualTo("new");
		assertThat(item.path("priority").asString()).isEqualTo("urgent");
		assertThat(item.path("patient").path("name").asString()).isEqualTo("Ada Okafor");
		assertThat(item.path("criteria").get(0).path("reason").asString()).isEqualTo("Spinal fusion is planned.");
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(casesOf("p-1")).hasSize(1));
	}

	@Test
	void keepsTheSameCaseWhenTheFlagIsUpdatedAndRecordsItInTheHistory() {
		publish(UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag("p-2", Priority.ROUTINE, FlagStatus.OPEN));
		String caseId = awaitCaseOf("p-2").path("id").asString();

		publish(UUID.randomUUID().toString(), EventType.FLAG_UPDATED, flag("p-2", Priority.HIGH, FlagStatus.OPEN));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(casesOf("p-2")).singleElement()
			.satisfies(c -> assertThat(c.path("priority").asString()).isEqualTo("high")));
		JsonNode detail = codec.mapper().readTree(client().get().uri("/api/v1/cases/{id}", caseId).retrieve().body(String.class));
		assertThat(detail.path("history").findValuesAsString("action")).containsExactly("opened", "assigned", "flag-updated");
	}

	@Test
	void ordersTheWorklistByPriority() {
		publish(UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag("p-3", Priority.ROUTINE, FlagStatus.OPEN));
		publish(UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag("p-4", Priority.URGENT, FlagStatus.OPEN));
		awaitCaseOf("p-3");
		awaitCaseOf("p-4");

		List<String> priorities = cases().findValuesAsString("priority");
		assertThat(priorities).isSortedAccordingTo((a, b) -> rank(a) - rank(b));
	}

	@Test
	void rejectsAnUnknownStatusFilterWithAProblem() {
		var status = client().get().uri("/api/v1/cases?status=lost").exchange((req, res) -> res.getStatusCode().value());

		assertThat(status).isEqualTo(400);
	}

	@Test
	void deadLettersAFlagEventThatBreaksTheContract() {
		String key = ehr + "/Patient/p-5";
		byte[] poison = "{\"specversion\":\"1.0\",\"type\":\"org.secondopinion.flag.raised\"}".getBytes(StandardCharsets.UTF_8);
		kafka.send(Topics.ASSESSMENT_FLAGS, key, poison).join();

		assertDeadLettered(key, poison, "violates its JSON Schema");
	}

	@Test
	void deadLettersAFlagWhosePatientIdIsNoFhirId() {
		FlagPayload flag = flag("p 7 (x)", Priority.ROUTINE, FlagStatus.OPEN);
		String key = FlagEvents.keyOf(flag).toString();
		byte[] event = codec.write(FlagEvents.of(codec, UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag,
				OffsetDateTime.now(ZoneOffset.UTC)));
		kafka.send(Topics.ASSESSMENT_FLAGS, key, event).join();

		assertDeadLettered(key, event, "names a patient id that is no FHIR id");
		assertThat(casesOf("p 7 (x)")).isEmpty();
	}

	/** The record sent under {@code key} reaches the dead-letter topic as it was, with the reason given. */
	private static void assertDeadLettered(String key, byte[] value, String reason) {
		try (KafkaObserver observer = new KafkaObserver(List.of(Topics.deadLetter(Topics.ASSESSMENT_FLAGS)))) {
			await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				ConsumerRecord<String, byte[]> dead = observer.recordsWithKey(Topics.deadLetter(Topics.ASSESSMENT_FLAGS), key)
					.stream().findFirst().orElseThrow();
				assertThat(dead.value()).isEqualTo(value);
				assertThat(new String(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value(), StandardCharsets.UTF_8))
					.contains(reason);
			});
		}
	}

	@Test
	void deadLettersMalformedAndUnknownVersionEventsAndKeepsConsuming() {
		String key = ehr + "/Patient/p-6";
		byte[] notJson = "not json at all".getBytes(StandardCharsets.UTF_8);
		byte[] futureVersion = codec.mapper().writeValueAsBytes(codec.mapper().createObjectNode()
			.put("specversion", "2.0").put("id", "x").put("type", "org.secondopinion.flag.raised"));
		kafka.send(Topics.ASSESSMENT_FLAGS, key, notJson).join();
		kafka.send(Topics.ASSESSMENT_FLAGS, key, futureVersion).join();
		publish(UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag("p-6", Priority.ROUTINE, FlagStatus.OPEN));

		assertThat(awaitCaseOf("p-6").path("status").asString()).as("the consumer kept flowing").isEqualTo("new");
		try (KafkaObserver observer = new KafkaObserver(List.of(Topics.deadLetter(Topics.ASSESSMENT_FLAGS)))) {
			await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				List<ConsumerRecord<String, byte[]>> dead = observer.recordsWithKey(Topics.deadLetter(Topics.ASSESSMENT_FLAGS), key);
				assertThat(dead).extracting(ConsumerRecord::value).containsExactly(notJson, futureVersion);
				assertThat(new String(dead.get(1).headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value(),
						StandardCharsets.UTF_8)).contains("Unsupported CloudEvents specversion '2.0'");
			});
		}
	}

	private static int rank(String priority) {
		return List.of("urgent", "high", "routine").indexOf(priority);
	}

	private FlagPayload flag(String patientId, Priority priority, FlagStatus status) {
		return new FlagPayload("flag-" + ehr + "-" + patientId, new FlagPayload.PatientSummary(ehr, patientId, "Ada Okafor", "1958-02-03", "MRN-1"),
				"North Clinic", priority, status,
				List.of(new FlagPayload.CriterionMet(CriterionCode.MAJOR_PROCEDURE_PLANNED, "Spinal fusion is planned.",
						List.of(new FlagPayload.Evidence("ServiceRequest/sr-1/_history/1", "Spinal fusion")))),
				null, "test", OffsetDateTime.now(ZoneOffset.UTC));
	}

	private void publish(String eventId, EventType type, FlagPayload flag) {
		kafka.send(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(),
				codec.write(FlagEvents.of(codec, eventId, type, flag, OffsetDateTime.now(ZoneOffset.UTC)))).join();
	}

	private JsonNode awaitCaseOf(String patientId) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> casesOf(patientId), list -> !list.isEmpty()).get(0);
	}

	private List<JsonNode> casesOf(String patientId) {
		return cases().path("items").valueStream()
			.filter(c -> c.path("patient").path("ehrId").asString().equals(ehr) && c.path("patient").path("id").asString().equals(patientId))
			.toList();
	}

	private JsonNode cases() {
		return codec.mapper().readTree(client().get().uri("/api/v1/cases?size=200").retrieve().body(String.class));
	}

	private RestClient client() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultHeader("Authorization", "Bearer " + KeycloakServer.shared().accessToken("admin"))
			.build();
	}

}
