package org.secondopinion.notification.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

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
import org.secondopinion.notification.TestClient;
import org.secondopinion.notification.cases.CaseDetail;
import org.secondopinion.notification.cases.CaseId;
import org.secondopinion.notification.cases.CaseManagement;
import org.secondopinion.notification.cases.CasesChanged;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A burst of flag events reaches the intake in one poll: the events of one patient apply in order, a redelivered
 * event changes nothing, and a poison record goes to the dead-letter topic alone while the rest commits. The cases a
 * batch passes on to its listeners (the Task write-back builds its events from them) are what a read would show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class BatchedIntakeIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "notification");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReadBack readBack;

	@Value("${local.server.port}")
	int port;

	private TestClient client;

	@Test
	void appliesABurstOfRaiseUpdateResolveAndDuplicatesInOrderAndDeadLettersOnlyThePoisonRecord() {
		client = new TestClient(kafka, codec, port);
		String raised = UUID.randomUUID().toString();
		String updated = UUID.randomUUID().toString();
		String resolved = UUID.randomUUID().toString();
		String other = UUID.randomUUID().toString();
		String keyOfA = client.ehr + "/Patient/p-a";
		byte[] poison = "{\"specversion\":\"1.0\",\"type\":\"org.secondopinion.flag.raised\"}".getBytes(StandardCharsets.UTF_8);

		paused(() -> {
			send(raised, EventType.FLAG_RAISED, flag("p-a", Priority.ROUTINE, FlagStatus.OPEN, CriterionCode.MAJOR_PROCEDURE_PLANNED));
			send(raised, EventType.FLAG_RAISED, flag("p-a", Priority.ROUTINE, FlagStatus.OPEN, CriterionCode.MAJOR_PROCEDURE_PLANNED));
			send(updated, EventType.FLAG_UPDATED, flag("p-a", Priority.HIGH, FlagStatus.OPEN,
					CriterionCode.MAJOR_PROCEDURE_PLANNED, CriterionCode.PATIENT_REPORTED_CONCERN));
			kafka.send(Topics.ASSESSMENT_FLAGS, keyOfA, poison);
			send(other, EventType.FLAG_RAISED, flag("p-b", Priority.URGENT, FlagStatus.OPEN, CriterionCode.MAJOR_PROCEDURE_PLANNED));
			send(resolved, EventType.FLAG_RESOLVED, flag("p-a", Priority.HIGH, FlagStatus.RESOLVED,
					CriterionCode.MAJOR_PROCEDURE_PLANNED, CriterionCode.PATIENT_REPORTED_CONCERN));
			send(updated, EventType.FLAG_UPDATED, flag("p-a", Priority.HIGH, FlagStatus.OPEN,
					CriterionCode.MAJOR_PROCEDURE_PLANNED, CriterionCode.PATIENT_REPORTED_CONCERN));
			kafka.flush();
		});

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(client.casesOf("p-a")).singleElement()
			.satisfies(c -> assertThat(c.path("flagStatus").asString()).isEqualTo("resolved")));
		JsonNode a = client.casesOf("p-a").get(0);
		assertThat(a.path("priority").asString()).isEqualTo("high");
		assertThat(a.path("status").asString()).isEqualTo("new");
		assertThat(a.path("criteria").findValuesAsString("code"))
			.containsExactly("MAJOR_PROCEDURE_PLANNED", "PATIENT_REPORTED_CONCERN");
		assertThat(client.caseDetail(a.path("id").asString()).path("history").findValuesAsString("action"))
			.as("the redelivered raise and update changed nothing; the resolve came after the update")
			.containsExactly("opened", "assigned", "flag-updated", "flag-resolved");
		assertThat(client.awaitCase("p-b")).isNotBlank();
		assertThat(jdbc.sql("select count(*) from processed_event where event_id in (?, ?, ?, ?)")
			.params(raised, updated, resolved, other).query(Long.class).single()).isEqualTo(4);
		assertThat(readBack.batches).as("each batch's cases as passed on, and as read back in its transaction")
			.isNotEmpty()
			.allSatisfy(batch -> assertThat(batch.passedOn()).isEqualTo(batch.read()));

		try (KafkaObserver observer = new KafkaObserver(List.of(Topics.deadLetter(Topics.ASSESSMENT_FLAGS)))) {
			await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
					observer.recordsWithKey(Topics.deadLetter(Topics.ASSESSMENT_FLAGS), keyOfA))
				.extracting(ConsumerRecord::value)
				.containsExactly(poison));
			await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
					observer.recordsWithKey(Topics.deadLetter(Topics.ASSESSMENT_FLAGS), keyOfA)).hasSize(1));
		}
	}

	/** Publishes while the intake is stopped, so that the records reach it together in one poll. */
	private void paused(Runnable publish) {
		MessageListenerContainer intake = listeners.getAllListenerContainers().stream()
			.filter(c -> c.getContainerProperties().getTopics() != null
					&& List.of(c.getContainerProperties().getTopics()).contains(Topics.ASSESSMENT_FLAGS))
			.findFirst()
			.orElseThrow();
		intake.stop();
		try {
			publish.run();
		}
		finally {
			intake.start();
		}
	}

	private void send(String eventId, EventType type, FlagPayload flag) {
		kafka.send(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(),
				codec.write(FlagEvents.of(codec, eventId, type, flag, OffsetDateTime.now(ZoneOffset.UTC))));
	}

	private FlagPayload flag(String patientId, Priority priority, FlagStatus status, CriterionCode... codes) {
		return client.flag(patientId, "North Clinic", priority, status, List.of(codes).stream()
			.map(code -> TestClient.criterion(code.code(), "Reason for " + code.code() + "."))
			.toArray(FlagPayload.CriterionMet[]::new));
	}

	/** Reads back, in the batch's transaction, the cases each batch of flags passed on to its listeners. */
	static class ReadBack {

		final List<Batch> batches = new CopyOnWriteArrayList<>();

		private final CaseManagement cases;

		ReadBack(CaseManagement cases) {
			this.cases = cases;
		}

		@EventListener
		void on(CasesChanged changed) {
			batches.add(new Batch(changed.cases(), cases.records(changed.cases().keySet())));
		}

		record Batch(Map<CaseId, CaseDetail> passedOn, Map<CaseId, CaseDetail> read) {
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ReadBackConfiguration {

		@Bean
		ReadBack readBack(CaseManagement cases) {
			return new ReadBack(cases);
		}

	}

}
