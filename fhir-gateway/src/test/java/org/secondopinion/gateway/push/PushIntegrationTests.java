package org.secondopinion.gateway.push;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Subscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.Topics;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.web.ChunkedPost;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sandbox notifies the gateway through rest-hook subscriptions. The gateway polls only a type the sandbox does
 * not serve, and only once an hour, so whatever is published came by push.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=fhir-gateway", "second-opinion.gateway.poll-interval=1h",
				"second-opinion.gateway.retry.initial-backoff=50ms", "second-opinion.gateway.ingest.directory-types=" })
@DirtiesContext
class PushIntegrationTests {

	private static final String EHR = "push" + UUID.randomUUID().toString().substring(0, 8);

	private static final String SECRET = "hook-" + UUID.randomUUID();

	private static ConfigurableApplicationContext sandbox;

	private static String sandboxBase;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "gatewaypush");
		sandbox = SandboxEhrApplication.start("--server.port=0", "--second-opinion.sandbox.patients=0",
				"--spring.main.banner-mode=off", "--second-opinion.sandbox.subscriptions.initial-backoff=100ms");
		sandboxBase = "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port") + "/fhir";
		registry.add("second-opinion.gateway.ehrs[0].id", () -> EHR);
		registry.add("second-opinion.gateway.ehrs[0].base-url", () -> sandboxBase);
		registry.add("second-opinion.gateway.ehrs[0].resource-types", () -> "Basic");
		registry.add("second-opinion.gateway.ingest.push.secrets." + EHR, () -> SECRET);
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
		ehr = FhirContext.forR4Cached().newRestfulGenericClient(sandboxBase);
		observer = new KafkaObserver(List.of(Topics.EHR_RESOURCES));
	}

	@AfterEach
	void close() {
		observer.close();
	}

	@Test
	void publishesCreatesUpdatesAndDeletesTheEhrNotifiesIdOnly() {
		String subscription = subscribe("Condition", SECRET);
		try {
			String patientId = createPatient();
			Condition condition = new Condition();
			condition.setSubject(new Reference(new IdType("Patient", patientId)));
			condition.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "38341003", "Hypertension")));
			String conditionId = ehr.create().resource(condition).execute().getId().getIdPart();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> idsOf(patientId).contains(EHR + "/Condition/" + conditionId + "/_history/1"));

			Condition changed = ehr.read().resource(Condition.class).withId(conditionId).execute();
			changed.addNote().setText("reviewed");
			ehr.update().resource(changed).execute();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> idsOf(patientId).contains(EHR + "/Condition/" + conditionId + "/_history/2"));

			ehr.delete().resourceById("Condition", conditionId).execute();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> idsOf(patientId).contains(EHR + "/Condition/" + conditionId + "/_history/3/deleted"));
			assertThat(idsOf(patientId)).as("the Patient was not subscribed to").noneMatch(id -> id.contains("/Patient/"));
		}
		finally {
			ehr.delete().resourceById("Subscription", subscription).execute();
		}
	}

	@Test
	void publishesAFullResourcePayloadAsNotified() {
		String patientId = "full-" + UUID.randomUUID().toString().substring(0, 8);
		String notification = fullNotification(patientId);

		int status = post(notification, SECRET);

		assertThat(status).isEqualTo(200);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> idsOf(patientId).contains(EHR + "/Condition/c-" + patientId + "/_history/4"));
	}

	@Test
	void refusesNotificationsWithoutTheEhrsSecretAndNeedsNoToken() {
		String body = "{\"resourceType\":\"Bundle\",\"type\":\"history\",\"entry\":[]}";

		assertThat(post(body, null)).isEqualTo(401);
		assertThat(post(body, "wrong")).isEqualTo(401);
		Integer unknownEhr = RestClient.create("http://localhost:" + port).post().uri("/api/v1/subscriptions/elsewhere")
			.header("Content-Type", "application/fhir+json").header("X-Subscription-Secret", SECRET).body(body)
			.exchange((req, res) -> res.getStatusCode().value());
		assertThat(unknownEhr).isEqualTo(404);
		assertThat(post(body, SECRET)).as("an empty Bundle is no notification").isEqualTo(400);
		assertThat(post("not json", SECRET)).isEqualTo(400);
	}

	@Test
	void refusesAChunkedNotificationOverTheLimitAndTakesOneWithinIt() throws Exception {
		URI receiver = URI.create("http://localhost:" + port + "/api/v1/subscriptions/" + EHR);

		HttpResponse<String> tooLarge = ChunkedPost.send(receiver, "application/fhir+json",
				ChunkedPost.jsonOfSize(2 * 1024 * 1024), Map.of("X-Subscription-Secret", SECRET));

		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(tooLarge.body()).contains("larger than the limit");

		String patientId = "chunked-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> withinLimit = ChunkedPost.send(receiver, "application/fhir+json",
				fullNotification(patientId).getBytes(StandardCharsets.UTF_8), Map.of("X-Subscription-Secret", SECRET));
		assertThat(withinLimit.statusCode()).as(withinLimit.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> idsOf(patientId).contains(EHR + "/Condition/c-" + patientId + "/_history/4"));
	}

	/** A notification with the full resource: a Condition at version 4 of the patient. */
	private String fullNotification(String patientId) {
		return """
				{"resourceType":"Bundle","type":"history","entry":[
				 {"fullUrl":"urn:uuid:1","resource":{"resourceType":"Parameters","parameter":[
				   {"name":"subscription","valueReference":{"reference":"Subscription/s1"}},
				   {"name":"status","valueCode":"active"},{"name":"type","valueCode":"event-notification"},
				   {"name":"notification-event","part":[{"name":"event-number","valueString":"1"},
				     {"name":"focus","valueReference":{"reference":"Condition/c-%1$s"}}]}]}},
				 {"fullUrl":"%2$s/Condition/c-%1$s","request":{"method":"PUT","url":"Condition/c-%1$s"},
				  "resource":{"resourceType":"Condition","id":"c-%1$s","meta":{"versionId":"4"},
				   "subject":{"reference":"Patient/%1$s"},"code":{"text":"Hypertension"}}}]}"""
			.formatted(patientId, sandboxBase);
	}

	private int post(String body, String secret) {
		var request = RestClient.create("http://localhost:" + port).post().uri("/api/v1/subscriptions/" + EHR)
			.header("Content-Type", "application/fhir+json");
		if (secret != null) {
			request.header("X-Subscription-Secret", secret);
		}
		Integer status = request.body(body).exchange((req, res) -> res.getStatusCode().value());
		return status == null ? -1 : status;
	}

	private String subscribe(String criteria, String secret) {
		Subscription subscription = new Subscription();
		subscription.setStatus(Subscription.SubscriptionStatus.REQUESTED);
		subscription.setReason("second opinion");
		subscription.setCriteria(criteria);
		Subscription.SubscriptionChannelComponent channel = subscription.getChannel();
		channel.setType(Subscription.SubscriptionChannelType.RESTHOOK);
		channel.setEndpoint("http://localhost:" + port + "/api/v1/subscriptions/" + EHR);
		channel.setPayload("application/fhir+json");
		channel.getPayloadElement().addExtension(
				"http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-payload-content",
				new org.hl7.fhir.r4.model.CodeType("id-only"));
		channel.addHeader("X-Subscription-Secret: " + secret);
		return ehr.create().resource(subscription).execute().getId().getIdPart();
	}

	private String createPatient() {
		Patient patient = new Patient();
		patient.addName().setFamily("Testperson");
		patient.setGender(Enumerations.AdministrativeGender.UNKNOWN);
		return ehr.create().resource(patient).execute().getId().getIdPart();
	}

	private List<String> idsOf(String patientId) {
		return observer.recordsWithKey(Topics.EHR_RESOURCES, EHR + "/Patient/" + patientId)
			.stream()
			.map(r -> codec.read(r.value()))
			.map(CloudEvent::id)
			.toList();
	}

}
