package org.secondopinion.assessment.record;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The patient's record as a FHIR Bundle, for services with a client-credentials token, audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=assessment-service", "spring.kafka.consumer.group-id=assessment-${random.uuid}" })
@DirtiesContext
class PatientRecordIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "assessment_record");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Value("${local.server.port}")
	int port;

	private final String ehr = "rec" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void servesTheLatestResourcesAndTheEvidenceToAServiceAccountAndAuditsTheRead() {
		PatientKey patient = new PatientKey(ehr, "p-1");
		send(patient, """
				{"resourceType":"Patient","id":"p-1","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "name":[{"family":"Okafor","given":["Ada"]}],"birthDate":"1958-02-03"}""");
		send(patient, """
				{"resourceType":"Condition","id":"c-active","meta":{"versionId":"2","lastUpdated":"2026-05-01T10:00:00Z"},
				 "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},
				 "code":{"text":"Low back pain"},"subject":{"reference":"Patient/p-1"}}""");
		send(patient, """
				{"resourceType":"Condition","id":"c-resolved","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"resolved"}]},
				 "code":{"text":"Sprained ankle"},"subject":{"reference":"Patient/p-1"}}""");
		send(patient, """
				{"resourceType":"Condition","id":"c-evidence","meta":{"versionId":"3","lastUpdated":"2026-05-01T10:00:00Z"},
				 "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"inactive"}]},
				 "code":{"text":"Old fracture"},"subject":{"reference":"Patient/p-1"}}""");
		send(patient, """
				{"resourceType":"ServiceRequest","id":"sr-1","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "status":"active","intent":"order","code":{"text":"Spinal fusion"},"subject":{"reference":"Patient/p-1"}}""");

		JsonNode bundle = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
			.until(() -> record("?evidence=Condition/c-evidence/_history/3", service()),
					b -> b.path("entry").size() == 4);

		assertThat(bundle.path("resourceType").asString()).isEqualTo("Bundle");
		assertThat(bundle.path("type").asString()).isEqualTo("collection");
		assertThat(bundle.path("entry").valueStream().map(e -> e.path("resource").path("resourceType").asString() + "/"
				+ e.path("resource").path("id").asString()))
			.containsExactly("Patient/p-1", "Condition/c-active", "Condition/c-evidence", "ServiceRequest/sr-1");
		assertThat(bundle.path("entry").valueStream().map(e -> e.path("fullUrl").asString()))
			.allMatch(url -> url.startsWith("urn:uuid:"));

		JsonNode trail = get("/api/v1/audit?patient=" + ehr + "/p-1", KeycloakServer.shared().accessToken("admin"));
		assertThat(trail.valueStream().filter(e -> e.path("entity").path("what").asString().equals("Record/" + ehr + "/p-1")))
			.as("every read of the record is on record, by the service account")
			.isNotEmpty()
			.allSatisfy(e -> assertThat(e.path("agent").path("roles").valueStream().map(JsonNode::asString)).contains("service"));
	}

	@Test
	void refusesACoordinatorAndAnswersAnUnknownPatientWithAProblem() {
		int coordinator = client().get().uri("/api/v1/patients/{ehr}/p-x/record", ehr)
			.headers(h -> h.setBearerAuth(KeycloakServer.shared().accessToken("coordinator")))
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(coordinator).isEqualTo(403);

		JsonNode problem = client().get().uri("/api/v1/patients/{ehr}/nobody/record", ehr)
			.headers(h -> h.setBearerAuth(service()))
			.exchange((request, response) -> {
				assertThat(response.getStatusCode().value()).isEqualTo(404);
				assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
				return codec.mapper().readTree(response.getBody());
			});
		assertThat(problem.path("detail").asString()).contains("No record of patient nobody");
	}

	private String service() {
		return KeycloakServer.shared().serviceToken("notification-service");
	}

	private JsonNode record(String query, String token) {
		return client().get().uri("/api/v1/patients/" + ehr + "/p-1/record" + query)
			.headers(h -> h.setBearerAuth(token))
			.exchange((request, response) -> {
				assertThat(response.getStatusCode().value()).isEqualTo(200);
				assertThat(response.getHeaders().getContentType().toString()).startsWith("application/fhir+json");
				return codec.mapper().readTree(response.getBody());
			});
	}

	private JsonNode get(String path, String token) {
		return codec.mapper().readTree(client().get().uri(path).headers(h -> h.setBearerAuth(token)).retrieve().body(String.class));
	}

	private RestClient client() {
		return RestClient.create("http://localhost:" + port);
	}

	private void send(PatientKey patient, String json) {
		kafka.send(Topics.EHR_RESOURCES, patient.toString(), codec.write(
				ResourceEvents.upserted(ehr, codec.mapper().readTree(json), OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
	}

}
