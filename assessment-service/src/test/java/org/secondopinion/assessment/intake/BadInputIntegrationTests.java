package org.secondopinion.assessment.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events and resources the service cannot use go to the dead-letter topic, or to an explicit insufficient-data
 * outcome, with the original bytes kept; the consumer keeps going, and nothing already stored is lost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=assessment-service", "spring.kafka.consumer.group-id=assessment-${random.uuid}",
				"second-opinion.assessment.as-of=2026-11-01T09:00:00Z" })
@DirtiesContext
class BadInputIntegrationTests {

	private static final String DLT = Topics.deadLetter(Topics.EHR_RESOURCES);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "assessment");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	private final String ehr = "ehr" + UUID.randomUUID().toString().substring(0, 8);

	private KafkaObserver observer;

	private String token;

	@BeforeEach
	void observeTheDeadLetterTopic() {
		observer = new KafkaObserver(List.of(DLT));
		token = KeycloakServer.shared().accessToken("clinician");
	}

	@AfterEach
	void close() {
		observer.close();
	}

	@Test
	void deadLettersEventsOfAnUnknownTypeOrVersionAndProcessesTheNextOne() {
		PatientKey patient = new PatientKey(ehr, "bad-1");
		double invalid = deadLetters("invalid-event");
		double unsupported = deadLetters("unsupported-version");
		ObjectNode unknownType = (ObjectNode) codec.mapper().readTree(codec.write(order("sr-1", patient)));
		unknownType.put("type", "org.secondopinion.resource.archived");
		ObjectNode nextVersion = (ObjectNode) codec.mapper().readTree(codec.write(order("sr-1", patient)));
		nextVersion.put("specversion", "2.0");
		byte[] unknownTypeBytes = codec.mapper().writeValueAsBytes(unknownType);
		byte[] nextVersionBytes = codec.mapper().writeValueAsBytes(nextVersion);
		kafka.send(Topics.EHR_RESOURCES, patient.toString(), unknownTypeBytes).join();
		kafka.send(Topics.EHR_RESOURCES, patient.toString(), nextVersionBytes).join();
		send(patient, order("sr-1", patient));

		awaitAssessment(patient, "flagged");
		List<ConsumerRecord<String, byte[]>> dead = awaitDeadLetters(patient, 2);
		assertThat(dead).extracting(ConsumerRecord::value).containsExactly(unknownTypeBytes, nextVersionBytes);
		assertThat(errorOf(dead.get(0))).contains("Unknown event type 'org.secondopinion.resource.archived'");
		assertThat(errorOf(dead.get(1))).contains("2.0");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(deadLetters("invalid-event")).isGreaterThan(invalid);
			assertThat(deadLetters("unsupported-version")).isGreaterThan(unsupported);
		});
	}

	@Test
	void deadLettersAResourceThatIsNotFhirAndKeepsWhatWasStored() {
		PatientKey patient = new PatientKey(ehr, "bad-2");
		send(patient, order("sr-2", patient));
		awaitAssessment(patient, "flagged");
		double unreadable = deadLetters("unreadable-resource");

		CloudEvent notFhir = event("""
				{"resourceType":"Conditon","id":"c-1","meta":{"versionId":"1","lastUpdated":"2026-05-03T10:00:00Z"},
				 "subject":{"reference":"Patient/bad-2"}}""");
		send(patient, notFhir);
		send(patient, event("""
				{"resourceType":"Patient","id":"bad-2","meta":{"versionId":"1","lastUpdated":"2026-05-04T10:00:00Z"},
				 "name":[{"family":"Adeyemi","given":["Tola"]}]}"""));

		JsonNode assessment = await().atMost(Duration.ofSeconds(60))
			.until(() -> assessment(patient), a -> a != null && a.path("patient").path("name").isString());
		assertThat(assessment.path("status").asString()).as("the order stored before is still there").isEqualTo("flagged");
		assertThat(assessment.path("criteria").get(0).path("evidence").get(0).path("reference").asString())
			.isEqualTo("ServiceRequest/sr-2/_history/1");
		ConsumerRecord<String, byte[]> dead = awaitDeadLetters(patient, 1).get(0);
		assertThat(dead.value()).isEqualTo(codec.write(notFhir));
		assertThat(errorOf(dead)).contains("Conditon/c-1 cannot be read as FHIR R4");
		assertThat(jdbc.sql("select count(*) from patient_resource where ehr_id = ? and resource_id = 'c-1'")
			.param(ehr)
			.query(Long.class)
			.single()).isZero();
		await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters("unreadable-resource") > unreadable);
	}

	@Test
	void deadLettersAResourceOfAnotherPatientThanItsKey() {
		PatientKey patient = new PatientKey(ehr, "bad-3");
		CloudEvent otherPatients = ResourceEvents.upserted(ehr, codec.mapper().readTree(orderJson("sr-3", "someone-else")),
				OffsetDateTime.now(ZoneOffset.UTC));
		ObjectNode rekeyed = (ObjectNode) codec.mapper().readTree(codec.write(otherPatients));
		rekeyed.put("subject", patient.reference());
		kafka.send(Topics.EHR_RESOURCES, patient.toString(), codec.mapper().writeValueAsBytes(rekeyed)).join();
		send(patient, order("sr-4", patient));

		awaitAssessment(patient, "flagged");
		assertThat(errorOf(awaitDeadLetters(patient, 1).get(0))).contains("carries a resource of Patient/someone-else");
		assertThat(assessment(new PatientKey(ehr, "someone-else"))).isNull();
	}

	@Test
	void leavesCodingsWithoutASystemOutAndCountsThem() {
		PatientKey patient = new PatientKey(ehr, "bad-4");
		double before = meters.counter("assessment.intake.codings.without.system").count();
		send(patient, event(orderJson("sr-5", "bad-4").replace("\"system\":\"http://snomed.info/sct\",", "")));

		JsonNode assessment = awaitAssessment(patient, "clear");
		assertThat(assessment.path("criteria").isEmpty()).isTrue();
		assertThat(meters.counter("assessment.intake.codings.without.system").count()).isEqualTo(before + 1);
	}

	@Test
	void reportsValuesWithoutUnitsAsInsufficientDataInsteadOfATrend() {
		PatientKey patient = new PatientKey(ehr, "p-1");
		Counter gaps = meters.counter("assessment.criteria.insufficient.data", "criterion",
				"WORSENING_DESPITE_TREATMENT", "reason", "values-without-units");
		double before = gaps.count();
		for (JsonNode entry : fixture("fixtures/worsening-despite-treatment/hba1c-values-without-units.json").path("entry")) {
			send(patient, event(entry.path("resource").toString()));
		}

		await().atMost(Duration.ofSeconds(60)).until(() -> gaps.count() > before);
		JsonNode assessment = awaitAssessment(patient, "clear");
		assertThat(assessment.path("criteria").isEmpty()).isTrue();
		assertThat(jdbc.sql("select count(*) from patient_resource where ehr_id = ? and patient_id = 'p-1'")
			.param(ehr)
			.query(Long.class)
			.single()).as("every resource is kept").isEqualTo(7);
	}

	@Test
	void assessesAPatientWhoseRecordArrivesBeforeThePatientResource() {
		PatientKey patient = new PatientKey(ehr, "bad-5");
		send(patient, order("sr-6", patient));

		JsonNode before = awaitAssessment(patient, "flagged");
		assertThat(before.path("patient").path("name").isString()).as("no Patient resource seen yet").isFalse();
		assertThat(before.path("patient").path("id").asString()).isEqualTo("bad-5");

		send(patient, event("""
				{"resourceType":"Patient","id":"bad-5","meta":{"versionId":"1","lastUpdated":"2026-05-04T10:00:00Z"},
				 "name":[{"family":"Mensah","given":["Kofi"]}]}"""));
		JsonNode after = await().atMost(Duration.ofSeconds(60))
			.until(() -> assessment(patient), a -> a != null && a.path("patient").path("name").isString());
		assertThat(after.path("patient").path("name").asString()).isEqualTo("Kofi Mensah");
		assertThat(after.path("status").asString()).isEqualTo("flagged");
	}

	private double deadLetters(String reason) {
		Counter counter = meters.find("assessment.intake.dead.letters").tag("reason", reason).counter();
		return counter == null ? 0 : counter.count();
	}

	private List<ConsumerRecord<String, byte[]>> awaitDeadLetters(PatientKey patient, int count) {
		await().atMost(Duration.ofSeconds(60)).until(() -> observer.recordsWithKey(DLT, patient.toString()).size() >= count);
		return observer.recordsWithKey(DLT, patient.toString());
	}

	private static String errorOf(ConsumerRecord<String, byte[]> record) {
		return new String(record.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value(), StandardCharsets.UTF_8);
	}

	private JsonNode awaitAssessment(PatientKey patient, String status) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> assessment(patient), node -> node != null && status.equals(node.path("status").asString()));
	}

	private JsonNode assessment(PatientKey patient) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultHeader("Authorization", "Bearer " + token)
			.build()
			.get()
			.uri("/api/v1/patients/{ehr}/{id}/assessment", patient.ehrId(), patient.patientId())
			.exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
					? codec.mapper().readTree(response.getBody()) : null);
	}

	private JsonNode fixture(String file) {
		try (InputStream in = new ClassPathResource(file).getInputStream()) {
			return codec.mapper().readTree(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private CloudEvent order(String id, PatientKey patient) {
		return event(orderJson(id, patient.patientId()));
	}

	private static String orderJson(String id, String patientId) {
		return """
				{"resourceType":"ServiceRequest","id":"%s","meta":{"versionId":"1","lastUpdated":"2026-05-02T10:00:00Z"},
				 "status":"active","intent":"order","subject":{"reference":"Patient/%s"},"authoredOn":"2026-05-02",
				 "code":{"coding":[{"system":"http://snomed.info/sct","code":"55705006","display":"Spinal fusion"}]}}"""
			.formatted(id, patientId);
	}

	private CloudEvent event(String resource) {
		return ResourceEvents.upserted(ehr, codec.mapper().readTree(resource), OffsetDateTime.now(ZoneOffset.UTC));
	}

	private void send(PatientKey patient, CloudEvent event) {
		kafka.send(Topics.EHR_RESOURCES, patient.toString(), codec.write(event)).join();
	}

}
