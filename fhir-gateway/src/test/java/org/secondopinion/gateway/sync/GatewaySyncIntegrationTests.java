package org.secondopinion.gateway.sync;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.Topics;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.sandbox.faults.Faults;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=fhir-gateway", "second-opinion.gateway.poll-interval=300ms",
				"second-opinion.gateway.page-size=2", "second-opinion.gateway.retry.initial-backoff=50ms",
				"second-opinion.gateway.ingest.max-resource-bytes=20000" })
@DirtiesContext
class GatewaySyncIntegrationTests {

	private static final String EHR = "gw" + UUID.randomUUID().toString().substring(0, 8);

	private static ConfigurableApplicationContext sandbox;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "gateway");
		sandbox = SandboxEhrApplication.start("--server.port=0", "--second-opinion.sandbox.patients=0",
				"--spring.main.banner-mode=off");
		String base = "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port") + "/fhir";
		registry.add("second-opinion.gateway.ehrs[0].id", () -> EHR);
		registry.add("second-opinion.gateway.ehrs[0].base-url", () -> base);
		registry.add("second-opinion.gateway.ehrs[0].resource-types", () -> "Patient,Condition");
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Autowired
	EventCodec codec;

	@Value("${local.server.port}")
	int port;

	private KafkaObserver observer;

	private IGenericClient ehr;

	@BeforeEach
	void connect() {
		ehr = FhirContext.forR4Cached().newRestfulGenericClient(sandbox.getEnvironment().getProperty("local.server.port") == null ? ""
				: "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port") + "/fhir");
		observer = new KafkaObserver(
				List.of(Topics.EHR_RESOURCES, Topics.deadLetter(Topics.EHR_RESOURCES), Topics.EHR_DIRECTORY));
	}

	@AfterEach
	void close() {
		observer.close();
		sandbox.getBean(Faults.class).clearFaults();
	}

	@Test
	void publishesEveryPageOfNewResourcesKeyedByPatient() {
		String patientId = createPatient();
		List<String> conditions = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			conditions.add(createCondition(patientId, "38341003", "Hypertension"));
		}

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(eventIdsOf(patientId))
			.containsAll(conditions.stream().map(id -> EHR + "/Condition/" + id + "/_history/1").toList())
			.contains(EHR + "/Patient/" + patientId + "/_history/1"));
		CloudEvent event = eventsOf(patientId).stream().filter(e -> e.id().contains("/Condition/")).findFirst().orElseThrow();
		assertThat(event.source()).isEqualTo("/fhir-gateway/" + EHR);
		assertThat(event.subject()).isEqualTo("Patient/" + patientId);
		assertThat(event.data().path("code").path("coding").get(0).path("code").asString()).isEqualTo("38341003");
	}

	@Test
	void publishesANewVersionOnceAndMovesTheWatermark() {
		String patientId = createPatient();
		String conditionId = createCondition(patientId, "44054006", "Diabetes mellitus type 2");
		await().atMost(Duration.ofSeconds(15)).until(() -> eventIdsOf(patientId).contains(EHR + "/Condition/" + conditionId + "/_history/1"));
		// compared as instants: ISO text leaves out a zero fraction, so "…:40Z" sorts after "…:40.1Z" as text
		Instant watermarkBefore = await().atMost(Duration.ofSeconds(15)).until(this::conditionWatermark, java.util.Objects::nonNull);

		Condition changed = ehr.read().resource(Condition.class).withId(conditionId).execute();
		changed.setNote(List.of(new org.hl7.fhir.r4.model.Annotation().setText("reviewed")));
		ehr.update().resource(changed).execute();

		await().atMost(Duration.ofSeconds(15)).until(() -> eventIdsOf(patientId).contains(EHR + "/Condition/" + conditionId + "/_history/2"));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> conditionWatermark() != null && conditionWatermark().isAfter(watermarkBefore));
		observer.records(Topics.EHR_RESOURCES, r -> true, Duration.ofSeconds(1));
		assertThat(eventIdsOf(patientId)).filteredOn(id -> id.contains("/Condition/" + conditionId + "/")).as("each version published once")
			.containsExactly(EHR + "/Condition/" + conditionId + "/_history/1", EHR + "/Condition/" + conditionId + "/_history/2");
	}

	@Test
	void deadLettersAMalformedResourceWithTheReasonAndKeepsSyncing() {
		String patientId = createPatient();
		sandbox.getBean(Faults.class).putMalformed("Condition", "broken-" + patientId, patientId);
		String good = createCondition(patientId, "279039007", "Low back pain");

		await().atMost(Duration.ofSeconds(15)).until(() -> eventIdsOf(patientId).contains(EHR + "/Condition/" + good + "/_history/1"));
		await().ignoreExceptions().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			ConsumerRecord<String, byte[]> dead = observer.records(Topics.deadLetter(Topics.EHR_RESOURCES),
					r -> new String(r.value(), StandardCharsets.UTF_8).contains("broken-" + patientId), Duration.ofMillis(200))
				.stream().findFirst().orElseThrow();
			assertThat(dead.key()).isEqualTo(EHR + "/Patient/" + patientId);
			assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).startsWith("Malformed FHIR R4 Condition");
			assertThat(header(dead, org.secondopinion.gateway.ingest.DeadLetters.EHR_HEADER)).isEqualTo(EHR);
		});
		assertThat(eventIdsOf(patientId)).noneMatch(id -> id.contains("broken-"));
		assertThat(conditionStatus().path("deadLettered").asLong()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void publishesADeleteFoundInTheHistoryKeyedByTheDeletedResourcesPatient() {
		String patientId = createPatient();
		String conditionId = createCondition(patientId, "38341003", "Hypertension");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> eventIdsOf(patientId).contains(EHR + "/Condition/" + conditionId + "/_history/1"));

		ehr.delete().resourceById("Condition", conditionId).execute();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> eventIdsOf(patientId).contains(EHR + "/Condition/" + conditionId + "/_history/2/deleted"));
		CloudEvent deleted = eventsOf(patientId).stream()
			.filter(e -> e.id().endsWith("/deleted"))
			.findFirst()
			.orElseThrow();
		assertThat(deleted.type()).isEqualTo("org.secondopinion.resource.deleted");
		assertThat(deleted.subject()).isEqualTo("Patient/" + patientId);
		assertThat(deleted.data().path("id").asString()).isEqualTo(conditionId);
		observer.records(Topics.EHR_RESOURCES, r -> true, Duration.ofSeconds(2));
		assertThat(eventIdsOf(patientId)).filteredOn(id -> id.endsWith("/deleted")).as("each delete published once")
			.hasSize(1);
	}

	@Test
	void publishesDirectoryResourcesToTheDirectoryTopicKeyedByTypeAndId() {
		org.hl7.fhir.r4.model.Practitioner practitioner = new org.hl7.fhir.r4.model.Practitioner();
		practitioner.addName().setFamily("Osler");
		String id = ehr.create().resource(practitioner).execute().getId().getIdPart();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<CloudEvent> events = observer.recordsWithKey(Topics.EHR_DIRECTORY, EHR + "/Practitioner/" + id)
				.stream().map(r -> codec.read(r.value())).toList();
			assertThat(events).extracting(CloudEvent::id).containsExactly(EHR + "/Practitioner/" + id + "/_history/1");
			assertThat(events.get(0).subject()).isEqualTo("Practitioner/" + id);
		});
	}

	@Test
	void deadLettersResourcesWithoutAPatientAndOversizedOnesWithTheirReason() {
		Condition orphan = new Condition();
		orphan.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "38341003", "Hypertension")));
		String orphanId = ehr.create().resource(orphan).execute().getId().getIdPart();
		String patientId = createPatient();
		Condition huge = new Condition();
		huge.setSubject(new Reference(new IdType("Patient", patientId)));
		huge.addNote().setText("x".repeat(30_000));
		String hugeId = ehr.create().resource(huge).execute().getId().getIdPart();

		await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<ConsumerRecord<String, byte[]>> dead = observer.records(Topics.deadLetter(Topics.EHR_RESOURCES),
					r -> true, Duration.ofMillis(200));
			ConsumerRecord<String, byte[]> noPatient = dead.stream()
				.filter(r -> r.key().equals(EHR + "/Condition/" + orphanId)).findFirst().orElseThrow();
			assertThat(header(noPatient, org.secondopinion.gateway.ingest.DeadLetters.REASON_HEADER)).isEqualTo("no-patient");
			ConsumerRecord<String, byte[]> oversized = dead.stream()
				.filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains("\"id\":\"" + hugeId + "\""))
				.findFirst().orElseThrow();
			assertThat(oversized.key()).isEqualTo(EHR + "/Patient/" + patientId);
			assertThat(header(oversized, org.secondopinion.gateway.ingest.DeadLetters.REASON_HEADER)).isEqualTo("oversized");
		});
		// ids are numbered per type: the patient may share the oversized condition's number
		assertThat(eventIdsOf(patientId)).noneMatch(id -> id.contains("/Condition/" + hugeId + "/"));
	}

	@Test
	void retriesAnEhrThatAnswers503AndCatchesUp() {
		sandbox.getBean(Faults.class).failNext(3, 503);
		String patientId = createPatientDirectly();

		await().atMost(Duration.ofSeconds(15)).until(() -> eventIdsOf(patientId).contains(EHR + "/Patient/" + patientId + "/_history/1"));
	}

	@Test
	void showsTheSyncStatusToAdminsOnly() {
		RestClient api = RestClient.create("http://localhost:" + port);

		assertThat(status(api.get().uri("/api/v1/sync"))).isEqualTo(401);
		assertThat(status(api.get().uri("/api/v1/sync")
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("coordinator")))).isEqualTo(403);
		assertThat(status(api.get().uri("/actuator/health"))).isEqualTo(200);
	}

	private static int status(RestClient.RequestHeadersSpec<?> request) {
		Integer status = request.exchange((req, res) -> res.getStatusCode().value());
		return status == null ? -1 : status;
	}

	private String createPatient() {
		Patient patient = new Patient();
		patient.addName().setFamily("Testperson").addGiven("Sam");
		return ehr.create().resource(patient).execute().getId().getIdPart();
	}

	private String createPatientDirectly() {
		Patient patient = new Patient();
		patient.setId("direct-" + UUID.randomUUID().toString().substring(0, 8));
		return sandbox.getBean(org.secondopinion.sandbox.store.FhirStore.class).put(patient).getIdElement().getIdPart();
	}

	private String createCondition(String patientId, String code, String display) {
		Condition condition = new Condition();
		condition.setSubject(new Reference(new IdType("Patient", patientId)));
		condition.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", code, display)));
		condition.setClinicalStatus(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null)));
		return ehr.create().resource(condition).execute().getId().getIdPart();
	}

	/** The Condition type's watermark, once a page of it was recorded. */
	private @org.jspecify.annotations.Nullable Instant conditionWatermark() {
		String watermark = conditionStatus().path("watermark").asString("");
		return watermark.isEmpty() ? null : Instant.parse(watermark);
	}

	private JsonNode conditionStatus() {
		JsonNode all = codec.mapper().readTree(RestClient.create("http://localhost:" + port).get().uri("/api/v1/sync")
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("admin")).retrieve().body(String.class));
		return all.valueStream()
			.filter(s -> s.path("ehrId").asString().equals(EHR) && s.path("resourceType").asString().equals("Condition"))
			.findFirst()
			.orElseThrow();
	}

	private List<CloudEvent> eventsOf(String patientId) {
		return observer.recordsWithKey(Topics.EHR_RESOURCES, EHR + "/Patient/" + patientId).stream().map(r -> codec.read(r.value())).toList();
	}

	private List<String> eventIdsOf(String patientId) {
		return eventsOf(patientId).stream().map(CloudEvent::id).toList();
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
