package org.secondopinion.gateway.writeback;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.InvalidEventException;
import org.secondopinion.events.Topics;
import org.secondopinion.gateway.SmartClientKeys;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.sandbox.faults.Faults;
import org.secondopinion.sandbox.smart.SandboxAccess;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.sandbox.store.ResourceQuery;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** task.requested events written back as FHIR Tasks into an EHR that requires SMART tokens. */
@SpringBootTest(properties = { "spring.config.name=fhir-gateway", "second-opinion.gateway.poll-interval=1h",
		"second-opinion.gateway.retry.initial-backoff=50ms" })
@DirtiesContext
class EhrTaskWriterIntegrationTests {

	private static final String EHR = "wb" + UUID.randomUUID().toString().substring(0, 8);

	private static final String CASES = "urn:second-opinion:case";

	private static final SmartClientKeys KEY = SmartClientKeys.rsaJwk("writer-1");

	private static ConfigurableApplicationContext sandbox;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "gateway");
		sandbox = SandboxEhrApplication.start("--server.port=0", "--second-opinion.sandbox.patients=0",
				"--spring.main.banner-mode=off");
		SandboxAccess access = sandbox.getBean(SandboxAccess.class);
		access.register("writer", KEY.publicKeys(), "system/*.read system/Task.write");
		access.requireSmart();
		String base = "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port") + "/fhir";
		registry.add("second-opinion.gateway.ehrs[0].id", () -> EHR);
		registry.add("second-opinion.gateway.ehrs[0].base-url", () -> base);
		registry.add("second-opinion.gateway.ehrs[0].resource-types", () -> "Patient");
		registry.add("second-opinion.gateway.ehrs[0].auth.type", () -> "smart");
		registry.add("second-opinion.gateway.ehrs[0].auth.client-id", () -> "writer");
		registry.add("second-opinion.gateway.ehrs[0].auth.private-key", () -> KEY.file().toString());
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Autowired
	EventCodec codec;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	private KafkaObserver observer;

	@BeforeEach
	void observe() {
		observer = new KafkaObserver(List.of(Topics.deadLetter(Topics.EHR_WRITEBACK)));
	}

	@AfterEach
	void close() {
		observer.close();
		sandbox.getBean(Faults.class).clearFaults();
	}

	@Test
	void writesATaskRequestedTwiceOnce() {
		String patient = "p-" + UUID.randomUUID().toString().substring(0, 8);
		String caseId = "case-" + UUID.randomUUID();
		CloudEvent event = event(patient, task(patient, caseId, "requested"));

		send(patient, event);
		send(patient, event);
		String marker = "case-" + UUID.randomUUID();
		send(patient, event(patient, task(patient, marker, "requested")));

		await().atMost(Duration.ofSeconds(60)).until(() -> tasks(marker).size() == 1);
		assertThat(tasks(caseId)).singleElement().satisfies(task -> {
			assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
			assertThat(task.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
			assertThat(task.getFor().getReference()).isEqualTo("Patient/" + patient);
			assertThat(task.getDescription()).isEqualTo("Review the case for a second opinion");
			assertThat(task.getCode().getText()).isEqualTo("Second opinion review");
			assertThat(task.getMeta().getVersionId()).as("the repeat changed nothing").isEqualTo("1");
		});
	}

	@Test
	void updatesTheTaskWhenAnEventWithTheSameIdentifierBringsANewStatus() {
		String patient = "p-" + UUID.randomUUID().toString().substring(0, 8);
		String caseId = "case-" + UUID.randomUUID();
		send(patient, event(patient, task(patient, caseId, "requested")));
		await().atMost(Duration.ofSeconds(60)).until(() -> tasks(caseId).size() == 1);

		send(patient, event(patient, task(patient, caseId, "in-progress")));

		await().atMost(Duration.ofSeconds(60))
			.until(() -> tasks(caseId).getFirst().getStatus() == Task.TaskStatus.INPROGRESS);
		assertThat(tasks(caseId)).singleElement()
			.satisfies(task -> assertThat(task.getMeta().getVersionId()).isEqualTo("2"));
	}

	@Test
	void retriesAnEhrThatAnswers5xx() {
		String patient = "p-" + UUID.randomUUID().toString().substring(0, 8);
		String caseId = "case-" + UUID.randomUUID();
		sandbox.getBean(Faults.class).failNext(3, 503);

		send(patient, event(patient, task(patient, caseId, "requested")));

		await().atMost(Duration.ofSeconds(60)).until(() -> tasks(caseId).size() == 1);
	}

	@Test
	void deadLettersATaskWithoutIdentifierAndOneForAnUnknownEhr() {
		String patient = "p-" + UUID.randomUUID().toString().substring(0, 8);
		ObjectNode anonymous = task(patient, "x", "requested");
		anonymous.remove("identifier");
		send(patient, event(patient, anonymous));
		String stranger = "nowhere/Patient/" + patient;
		kafka.send(Topics.EHR_WRITEBACK, stranger,
				codec.write(event(patient, task(patient, "case-" + UUID.randomUUID(), "requested")))).join();

		await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(deadLetterMessage(EHR + "/Patient/" + patient)).contains("has no identifier with system and value");
			assertThat(deadLetterMessage(stranger)).contains("names EHR 'nowhere', which is not configured");
		});
		ConsumerRecord<String, byte[]> dead = observer.recordsWithKey(Topics.deadLetter(Topics.EHR_WRITEBACK), stranger)
			.getFirst();
		assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN)).isEqualTo(InvalidEventException.class.getName());
		assertThat(codec.read(dead.value()).type()).as("original bytes kept").isEqualTo(EventType.TASK_REQUESTED.cloudEventType());
	}

	@Test
	void deadLettersATaskTheEhrRefuses() {
		String patient = "p-" + UUID.randomUUID().toString().substring(0, 8);
		send(patient, event(patient, task(patient, "case-" + UUID.randomUUID(), "not-a-task-status")));

		await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
				assertThat(deadLetterMessage(EHR + "/Patient/" + patient)).contains("refused the Task")
					.contains("answered 400"));
	}

	private String deadLetterMessage(String key) {
		ConsumerRecord<String, byte[]> dead = observer.recordsWithKey(Topics.deadLetter(Topics.EHR_WRITEBACK), key)
			.stream()
			.findFirst()
			.orElseThrow();
		return header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
	}

	private void send(String patient, CloudEvent event) {
		kafka.send(Topics.EHR_WRITEBACK, EHR + "/Patient/" + patient, codec.write(event)).join();
	}

	private CloudEvent event(String patient, ObjectNode task) {
		return CloudEvent.of(UUID.randomUUID().toString(), "/notification-service", EventType.TASK_REQUESTED,
				"Patient/" + patient, OffsetDateTime.now(), task);
	}

	private ObjectNode task(String patient, String caseId, String status) {
		ObjectNode task = codec.mapper().createObjectNode();
		task.put("resourceType", "Task").put("status", status).put("intent", "order");
		task.putArray("identifier").addObject().put("system", CASES).put("value", caseId);
		task.putObject("for").put("reference", "Patient/" + patient);
		task.put("description", "Review the case for a second opinion");
		task.putObject("code").put("text", "Second opinion review");
		return task;
	}

	private List<Task> tasks(String caseId) {
		return sandbox.getBean(FhirStore.class).search(Task.class, ResourceQuery.all().withIdentifier(CASES + "|" + caseId));
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
