package org.secondopinion.gateway.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ca.uhn.fhir.rest.api.CacheControlDirective;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Subscription;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.fhir.ReferenceFhirServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Push from HAPI FHIR's own subscription engine, Task write-back, and a server that declares less than HAPI offers.
 * The gateway polls once at start and then only when notified, so what it publishes later came by push.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=fhir-gateway", "second-opinion.gateway.poll-interval=1h",
				"second-opinion.gateway.retry.initial-backoff=50ms",
				"second-opinion.gateway.ingest.backfill.max-poll-wait=2s" })
@DirtiesContext
class HapiJpaPushIntegrationTests {

	private static final String EHR = "hapipush" + UUID.randomUUID().toString().substring(0, 6);

	private static final String LIMITED_EHR = EHR + "-limited";

	private static final String SECRET = UUID.randomUUID().toString();

	private static final String CASES = "urn:second-opinion:case";

	private static LimitedCapabilitiesProxy proxy;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "gatewayhapipush");
		String base = ReferenceFhirServer.shared().baseUrl();
		try {
			proxy = new LimitedCapabilitiesProxy(base, "Condition", "Procedure");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		registry.add("second-opinion.gateway.ehrs[0].id", () -> EHR);
		registry.add("second-opinion.gateway.ehrs[0].base-url", () -> base);
		registry.add("second-opinion.gateway.ehrs[0].resource-types", () -> "Procedure");
		registry.add("second-opinion.gateway.ehrs[1].id", () -> LIMITED_EHR);
		registry.add("second-opinion.gateway.ehrs[1].base-url", proxy::baseUrl);
		registry.add("second-opinion.gateway.ehrs[1].resource-types", () -> "Patient,Condition,Procedure");
		registry.add("second-opinion.gateway.ingest.push.secrets." + EHR, () -> SECRET);
		registry.add("second-opinion.gateway.ingest.push.secrets." + LIMITED_EHR, () -> SECRET);
	}

	@AfterAll
	static void stopProxy() {
		proxy.close();
	}

	@Autowired
	EventCodec codec;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Value("${local.server.port}")
	int port;

	private final HapiData hapi = new HapiData(ReferenceFhirServer.shared().baseUrl());

	private KafkaObserver observer;

	private GatewayUnderTest gateway;

	@BeforeEach
	void observe() {
		observer = new KafkaObserver(List.of(Topics.EHR_RESOURCES));
		gateway = new GatewayUnderTest(codec, observer, hapi.run, port);
	}

	@AfterEach
	void close() {
		observer.close();
	}

	@Test
	void publishesTheResourceThatHapisFullResourceRestHookPuts() {
		Patient patient = hapi.patient();
		hapi.transaction(patient);
		subscribe("Encounter?subject=Patient/" + patient.getIdElement().getIdPart(), "application/fhir+json");

		Encounter encounter = hapi.tagged(new Encounter());
		encounter.setId(hapi.nextId("enc"));
		encounter.setStatus(Encounter.EncounterStatus.INPROGRESS);
		encounter.getClass_().setSystem("http://terminology.hl7.org/CodeSystem/v3-ActCode").setCode("IMP");
		encounter.setSubject(new Reference("Patient/" + patient.getIdElement().getIdPart()));
		hapi.client.update().resource(encounter).execute();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> gateway.published(EHR).contains("Encounter/" + encounter.getIdElement().getIdPart() + "/_history/1"));
		CloudEvent event = gateway.events(EHR).getFirst();
		assertThat(event.subject()).isEqualTo("Patient/" + patient.getIdElement().getIdPart());
		assertThat(event.data().path("status").asString()).isEqualTo("in-progress");
	}

	@Test
	void syncsAtOnceWhenHapisIdOnlyRestHookPostsWithoutABody() {
		Patient patient = hapi.patient();
		hapi.transaction(patient);
		subscribe("Procedure?subject=Patient/" + patient.getIdElement().getIdPart(), null);

		Procedure procedure = hapi.tagged(new Procedure());
		procedure.setId(hapi.nextId("proc"));
		procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
		procedure.getCode().addCoding().setSystem("http://snomed.info/sct").setCode("80146002").setDisplay("Appendectomy");
		procedure.setSubject(new Reference("Patient/" + patient.getIdElement().getIdPart()));
		hapi.client.update().resource(procedure).execute();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> gateway.published(EHR).contains("Procedure/" + procedure.getIdElement().getIdPart() + "/_history/1"));
	}

	@Test
	void refusesARestHookWithoutTheEhrsSecret() {
		var refused = RestClient.create("http://localhost:" + port)
			.put()
			.uri("/api/v1/subscriptions/" + EHR + "/Procedure/x1")
			.contentType(MediaType.valueOf("application/fhir+json"))
			.header("X-Subscription-Secret", "wrong")
			.body("{\"resourceType\":\"Procedure\",\"id\":\"x1\"}")
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(refused).isEqualTo(401);
	}

	@Test
	void writesATaskByConditionalCreateAndUpdatesItsStatusByConditionalUpdate() {
		Patient patient = hapi.patient();
		hapi.transaction(patient);
		String patientId = patient.getIdElement().getIdPart();
		String caseId = "case-" + UUID.randomUUID();

		send(patientId, task(patientId, caseId, "requested"));
		await().atMost(Duration.ofSeconds(30)).until(() -> tasks(caseId).size() == 1);
		Task created = tasks(caseId).getFirst();
		assertThat(created.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
		send(patientId, task(patientId, caseId, "requested"));

		send(patientId, task(patientId, caseId, "in-progress"));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> tasks(caseId).getFirst().getStatus() == Task.TaskStatus.INPROGRESS);
		List<Task> tasks = tasks(caseId);
		assertThat(tasks).as("one Task per case").hasSize(1);
		assertThat(tasks.getFirst().getIdElement().getIdPart()).isEqualTo(created.getIdElement().getIdPart());
		assertThat(tasks.getFirst().getMeta().getVersionId()).as("created once, updated once").isEqualTo("2");
		assertThat(tasks.getFirst().getFor().getReference()).isEqualTo("Patient/" + patientId);
	}

	@Test
	void skipsTypesTheCapabilityStatementLeavesOutTracksNoDeletesWithoutHistoryAndBackfillsBySearch() {
		Patient patient = hapi.patient();
		hapi.transaction(patient, hapi.condition(patient.getIdElement().getIdPart()));
		ping(LIMITED_EHR);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(row(LIMITED_EHR, "Procedure").path("served").asBoolean(true)).isFalse();
			assertThat(row(LIMITED_EHR, "Procedure").path("lastError").asString()).contains("does not list Procedure");
			assertThat(row(LIMITED_EHR, "Condition").path("served").asBoolean()).isTrue();
			assertThat(row(LIMITED_EHR, "Condition").path("deletesTracked").asBoolean(true)).isFalse();
			assertThat(row(LIMITED_EHR, "Condition").path("lastError").isNull()).isTrue();
			assertThat(row(LIMITED_EHR, "Patient").path("deletesTracked").asBoolean()).isTrue();
			assertThat(gateway.published(LIMITED_EHR)).as("the other types flow on").contains(
					"Patient/" + patient.getIdElement().getIdPart() + "/_history/1");
		});
		assertThat(row(EHR, "Procedure").path("served").asBoolean()).isTrue();

		var response = gateway.api().post()
			.uri("/api/v1/sync/" + LIMITED_EHR + "/backfill")
			.header("Authorization", GatewayUnderTest.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"types\": [\"Condition\"]}")
			.retrieve()
			.toEntity(String.class);
		String statusUrl = response.getHeaders().getLocation().toString();
		await().atMost(Duration.ofSeconds(60)).until(() -> Set.of("COMPLETED", "FAILED")
			.contains(gateway.get(statusUrl).path("state").asString()));
		JsonNode done = gateway.get(statusUrl);
		assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("COMPLETED");
		assertThat(done.path("method").asString()).as("no $export declared: paged search").isEqualTo("search");
	}

	private void subscribe(String criteria, String payload) {
		Subscription subscription = hapi.tagged(new Subscription());
		subscription.setId(hapi.nextId("sub"));
		subscription.setStatus(Subscription.SubscriptionStatus.REQUESTED);
		subscription.setReason("Second Opinion interop test");
		subscription.setCriteria(criteria);
		Subscription.SubscriptionChannelComponent channel = subscription.getChannel();
		channel.setType(Subscription.SubscriptionChannelType.RESTHOOK);
		channel.setEndpoint("http://127.0.0.1:" + port + "/api/v1/subscriptions/" + EHR);
		channel.addHeader("X-Subscription-Secret: " + SECRET);
		if (payload != null) {
			channel.setPayload(payload);
		}
		hapi.client.update().resource(subscription).execute();
		await().atMost(Duration.ofSeconds(30)).until(() -> hapi.client.read()
			.resource(Subscription.class)
			.withId(subscription.getIdElement().getIdPart())
			.execute()
			.getStatus() == Subscription.SubscriptionStatus.ACTIVE);
	}

	private void ping(String ehr) {
		var status = RestClient.create("http://localhost:" + port)
			.post()
			.uri("/api/v1/subscriptions/" + ehr)
			.header("X-Subscription-Secret", SECRET)
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(status).isEqualTo(202);
	}

	private List<Task> tasks(String caseId) {
		return hapi.client.search()
			.forResource(Task.class)
			.where(Task.IDENTIFIER.exactly().systemAndIdentifier(CASES, caseId))
			.cacheControl(new CacheControlDirective().setNoCache(true))
			.returnBundle(Bundle.class)
			.execute()
			.getEntry()
			.stream()
			.map(entry -> (Task) entry.getResource())
			.toList();
	}

	private void send(String patientId, ObjectNode task) {
		CloudEvent event = CloudEvent.of(UUID.randomUUID().toString(), "/notification-service", EventType.TASK_REQUESTED,
				"Patient/" + patientId, OffsetDateTime.now(), task);
		kafka.send(Topics.EHR_WRITEBACK, EHR + "/Patient/" + patientId, codec.write(event)).join();
	}

	private ObjectNode task(String patientId, String caseId, String status) {
		ObjectNode task = codec.mapper().createObjectNode();
		task.put("resourceType", "Task").put("status", status).put("intent", "order");
		task.putArray("identifier").addObject().put("system", CASES).put("value", caseId);
		task.putObject("for").put("reference", "Patient/" + patientId);
		task.put("description", "Review the case for a second opinion");
		return task;
	}

	private JsonNode row(String ehr, String type) {
		return gateway.get("/api/v1/sync").valueStream()
			.filter(row -> row.path("ehrId").asString().equals(ehr) && row.path("resourceType").asString().equals(type))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no sync row for " + ehr + " " + type));
	}




}
