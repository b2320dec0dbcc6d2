package org.secondopinion.assessment.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatusCode;
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
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=assessment-service", "spring.kafka.consumer.group-id=assessment-${random.uuid}" })
@DirtiesContext
class ResourceIntakeIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "assessment");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	private final String ehr = "ehr" + UUID.randomUUID().toString().substring(0, 8);

	private KafkaObserver observer;

	@BeforeEach
	void observeOutputTopics() {
		observer = new KafkaObserver(List.of(Topics.ASSESSMENT_FLAGS, Topics.deadLetter(Topics.EHR_RESOURCES)));
	}

	@AfterEach
	void close() {
		observer.close();
	}

	@Test
	void raisesOneFlagForAPlannedSpinalFusionEvenWhenTheEventIsDeliveredTwice() {
		PatientKey patient = new PatientKey(ehr, "p-1");
		send(patient, resource("""
				{"resourceType":"Patient","id":"p-1","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "name":[{"family":"Okafor","given":["Ada"]}],"birthDate":"1958-02-03",
				 "identifier":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"value":"MRN-77"}]}"""));
		CloudEvent order = event(resource(spinalFusionOrder("sr-1", "p-1")));
		send(patient, order);
		send(patient, order);

		JsonNode assessment = awaitAssessment(patient, "flagged");
		assertThat(assessment.path("priority").asString()).isEqualTo("routine");
		assertThat(assessment.path("criteria").get(0).path("code").asString()).isEqualTo("MAJOR_PROCEDURE_PLANNED");
		assertThat(assessment.path("criteria").get(0).path("evidence").get(0).path("reference").asString())
			.isEqualTo("ServiceRequest/sr-1/_history/1");
		assertThat(assessment.path("patient").path("mrn").asString()).isEqualTo("MRN-77");

		List<CloudEvent> flags = awaitFlagEvents(patient, 1);
		FlagPayload flag = codec.data(flags.get(0), FlagPayload.class);
		assertThat(flags.get(0).eventType()).isEqualTo(EventType.FLAG_RAISED);
		assertThat(flag.patient().name()).isEqualTo("Ada Okafor");
		assertThat(flag.criteria()).extracting(c -> c.code().code()).containsExactly("MAJOR_PROCEDURE_PLANNED");
		observer.records(Topics.ASSESSMENT_FLAGS, r -> true, Duration.ofSeconds(2));
		assertThat(flagEventsOf(patient)).as("the redelivered event raised nothing more").hasSize(1);
	}

	@Test
	void publishesTheOrganisationReferencesOfThePatientsRecordWithTheFlag() {
		PatientKey patient = new PatientKey(ehr, "p-org");
		send(patient, resource("""
				{"resourceType":"Patient","id":"p-org","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"}}"""));
		send(patient, resource("""
				{"resourceType":"Encounter","id":"e-1","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "status":"finished","subject":{"reference":"Patient/p-org"},"period":{"start":"2026-04-30T09:00:00Z"},
				 "serviceProvider":{"reference":"Organization/org-north","display":"North Clinic"}}"""));
		send(patient, resource(spinalFusionOrder("sr-org", "p-org").replace("\"authoredOn\"",
				"\"requester\":{\"reference\":\"PractitionerRole/role-1\"},\"authoredOn\"")));

		FlagPayload flag = codec.data(awaitFlagEvents(patient, 1).get(0), FlagPayload.class);

		assertThat(flag.facility()).as("no managing organization").isNull();
		assertThat(flag.organizations()).containsExactly(
				new FlagPayload.OrganizationReference("encounter-service-provider", "Organization/org-north", null,
						"North Clinic"),
				new FlagPayload.OrganizationReference("requester", "PractitionerRole/role-1", null, null));
	}

	@Test
	void resolvesTheFlagWhenTheOrderIsCompleted() {
		PatientKey patient = new PatientKey(ehr, "p-2");
		send(patient, event(resource(spinalFusionOrder("sr-2", "p-2"))));
		awaitAssessment(patient, "flagged");

		send(patient, event(resource(spinalFusionOrder("sr-2", "p-2").replace("\"active\"", "\"completed\"")
			.replace("\"versionId\":\"1\"", "\"versionId\":\"2\"")
			.replace("2026-05-02T10:00:00Z", "2026-05-03T10:00:00Z"))));

		awaitAssessment(patient, "clear");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(flagEventsOf(patient))
			.extracting(CloudEvent::eventType)
			.containsExactly(EventType.FLAG_RAISED, EventType.FLAG_RESOLVED));
	}

	@Test
	void schedulesAReviewForTheDayAPlannedSurgeryEntersTheUrgencyWindow() {
		PatientKey patient = new PatientKey(ehr, "p-10");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		send(patient, event(resource(spinalFusionOrder("sr-10", "p-10")
			.replace("\"authoredOn\"", "\"occurrenceDateTime\":\"" + today.plusDays(40) + "\",\"authoredOn\""))));

		JsonNode assessment = awaitAssessment(patient, "flagged");
		assertThat(assessment.path("priority").asString()).isEqualTo("routine");
		FlagPayload flag = codec.data(awaitFlagEvents(patient, 1).get(0), FlagPayload.class);
		assertThat(flag.criteria().get(0).due()).isEqualTo(new FlagPayload.Due(today.plusDays(40), false));
		Instant review = jdbc.sql("select due_at from pending_assessment where ehr_id = ? and patient_id = ?")
			.params(patient.ehrId(), patient.patientId())
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.single();
		assertThat(review).isCloseTo(today.plusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant(), within(1, ChronoUnit.MINUTES));

		send(patient, event(resource(spinalFusionOrder("sr-10", "p-10").replace("\"active\"", "\"completed\"")
			.replace("\"versionId\":\"1\"", "\"versionId\":\"2\""))));
		assertThat(awaitAssessment(patient, "clear").path("criteria").isEmpty())
			.as("a change is assessed at once, not at the later review").isTrue();
	}

	@Test
	void reportsAnOrderWhoseDateHasPassedAsNotRecordedAndNotUrgent() {
		PatientKey patient = new PatientKey(ehr, "p-11");
		LocalDate past = LocalDate.now(ZoneOffset.UTC).minusDays(3);
		send(patient, event(resource(spinalFusionOrder("sr-11", "p-11")
			.replace("\"authoredOn\"", "\"occurrenceDateTime\":\"" + past + "\",\"authoredOn\""))));

		JsonNode assessment = awaitAssessment(patient, "flagged");
		assertThat(assessment.path("priority").asString()).isEqualTo("routine");
		assertThat(assessment.path("criteria").get(0).path("reason").asString())
			.startsWith("Spinal fusion was scheduled for ")
			.endsWith(" and is not recorded as performed; confirm whether it took place before referring.");
		FlagPayload flag = codec.data(awaitFlagEvents(patient, 1).get(0), FlagPayload.class);
		assertThat(flag.priority().code()).isEqualTo("routine");
		assertThat(flag.criteria().get(0).due()).isEqualTo(new FlagPayload.Due(past, true));
	}

	@Test
	void leavesAPatientWithANonMajorRequestClear() {
		PatientKey patient = new PatientKey(ehr, "p-3");
		send(patient, event(resource(spinalFusionOrder("sr-3", "p-3").replace("55705006", "91251008").replace("Spinal fusion", "Physical therapy procedure"))));

		assertThat(awaitAssessment(patient, "clear").path("criteria").isEmpty()).isTrue();
	}

	@Test
	void sendsAPoisonRecordToTheDeadLetterTopicAndKeepsConsuming() {
		PatientKey patient = new PatientKey(ehr, "p-4");
		byte[] poison = "{\"specversion\":\"1.0\", not json".getBytes(StandardCharsets.UTF_8);
		kafka.send(Topics.EHR_RESOURCES, patient.toString(), poison).join();
		send(patient, event(resource(spinalFusionOrder("sr-4", "p-4"))));

		awaitAssessment(patient, "flagged");
		await().ignoreExceptions().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			ConsumerRecord<String, byte[]> dead = observer.recordsWithKey(Topics.deadLetter(Topics.EHR_RESOURCES), patient.toString())
				.stream().findFirst().orElseThrow();
			assertThat(dead.value()).as("original bytes kept").isEqualTo(poison);
			assertThat(new String(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value(), StandardCharsets.UTF_8))
				.contains("Event is not valid JSON");
		});
	}

	@Test
	void auditsEveryReadOfAnAssessmentAndForbidsItToCoordinators() {
		PatientKey patient = new PatientKey(ehr, "p-5");
		send(patient, event(resource(spinalFusionOrder("sr-5", "p-5"))));
		awaitAssessment(patient, "flagged");

		int coordinator = client().get()
			.uri("/api/v1/patients/{ehr}/{id}/assessment", ehr, "p-5")
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("coordinator"))
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(coordinator).isEqualTo(403);

		JsonNode trail = codec.mapper().readTree(client().get()
			.uri("/api/v1/audit?patient={ehr}/p-5", ehr)
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("admin"))
			.retrieve()
			.body(String.class));
		assertThat(trail.valueStream().toList()).isNotEmpty().allSatisfy(event -> {
			assertThat(event.path("agent").path("name").asString()).isEqualTo("clinician");
			assertThat(event.path("action").asString()).isEqualTo("R");
			assertThat(event.path("entity").path("what").asString()).isEqualTo("Assessment/" + ehr + "/p-5");
		});
	}

	@Test
	void storesAConcernPostedByAPatientPortalAndFlagsThePatientForIt() {
		PatientKey patient = new PatientKey(ehr, "p-6");
		send(patient, resource("""
				{"resourceType":"Patient","id":"p-6","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "name":[{"family":"Nwosu","given":["Ife"]}]}"""));
		awaitAssessment(patient, "clear");
		RestClient portal = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultHeader("Authorization", "Bearer " + KeycloakServer.shared().serviceToken("notification-service"))
			.build();

		JsonNode received = codec.mapper().readTree(portal.post()
			.uri("/api/v1/patients/{ehr}/{id}/concerns", ehr, "p-6")
			.header("Content-Type", "application/json")
			.body("{\"text\":\"Nobody explains why the pain continues. I would like a second opinion.\"}")
			.retrieve()
			.body(String.class));

		String concern = received.path("concern").asString();
		assertThat(concern).startsWith("Communication/concern-").endsWith("/_history/1");
		JsonNode assessment = awaitAssessment(patient, "flagged");
		assertThat(assessment.path("criteria").get(0).path("code").asString()).isEqualTo("PATIENT_REPORTED_CONCERN");
		assertThat(assessment.path("criteria").get(0).path("evidence").get(0).path("reference").asString()).isEqualTo(concern);
		assertThat(awaitFlagEvents(patient, 1).get(0).eventType()).isEqualTo(EventType.FLAG_RAISED);
	}

	@Test
	void refusesEmptyConcernsConcernsAboutUnknownPatientsAndConcernsFromCoordinators() {
		PatientKey patient = new PatientKey(ehr, "p-7");
		send(patient, event(resource(spinalFusionOrder("sr-7", "p-7"))));
		awaitAssessment(patient, "flagged");

		assertThat(postConcern("p-7", "{\"text\":\"  \"}", KeycloakServer.shared().accessToken("clinician"))).isEqualTo(400);
		assertThat(postConcern("nobody", "{\"text\":\"second opinion please\"}", KeycloakServer.shared().accessToken("clinician"))).isEqualTo(404);
		assertThat(postConcern("p-7", "{\"text\":\"second opinion please\"}", KeycloakServer.shared().accessToken("coordinator"))).isEqualTo(403);
	}

	private int postConcern(String patientId, String body, String token) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.build()
			.post()
			.uri("/api/v1/patients/{ehr}/{id}/concerns", ehr, patientId)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.body(body)
			.exchange((request, response) -> response.getStatusCode().value());
	}

	@Test
	void servesTheRuleCatalogWithTheParametersInForceToAdminsOnly() {
		JsonNode catalog = codec.mapper().readTree(RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultHeader("Authorization", "Bearer " + KeycloakServer.shared().accessToken("admin"))
			.build()
			.get()
			.uri("/api/v1/rules")
			.retrieve()
			.body(String.class));

		assertThat(catalog.path("rulesetVersion").asString()).startsWith("2026.11-1+");
		assertThat(catalog.path("rules").valueStream().map(rule -> rule.path("code").asString()).toList())
			.containsExactly("DIAGNOSIS_SYMPTOM_MISMATCH", "HIGH_IMPACT_TREATMENT", "MAJOR_PROCEDURE_PLANNED",
					"PATIENT_REPORTED_CONCERN", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "RARE_OR_COMPLEX_CONDITION",
					"UNTREATABLE_PROGNOSIS", "WORSENING_DESPITE_TREATMENT");
		assertThat(catalog.path("rules").get(2).path("parameters").path("major-procedure.urgent-within").asString())
			.isEqualTo("PT720H");
		assertThat(catalog.path("rules").get(2).path("parameters").path("major-procedure.value-set").asString())
			.containsPattern("shipped expansion of \\d+ codes dated \\d{4}-\\d{2}-\\d{2}T")
			.contains("hand-assembled from the SNOMED CT International Edition");
		assertThat(catalog.path("rules").get(4).path("parameters")
			.path("persistent-symptoms.red-flags.raised-PSA.follow-up-procedures").asString())
			.startsWith("FollowUpProstate 2026.12-1");
		assertThat(catalog.path("suppression").path("suppression.within").asString()).isEqualTo("PT8760H");
		int coordinator = client().get()
			.uri("/api/v1/rules")
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("coordinator"))
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(coordinator).isEqualTo(403);
	}

	@Test
	void listsOpenFlagsFilteredByCriterion() {
		PatientKey patient = new PatientKey(ehr, "p-6");
		send(patient, event(resource(spinalFusionOrder("sr-6", "p-6"))));
		awaitAssessment(patient, "flagged");

		JsonNode all = codec.mapper().readTree(client().get().uri("/api/v1/flags?status=open&size=200").retrieve().body(String.class));
		JsonNode major = codec.mapper().readTree(client().get()
			.uri("/api/v1/flags?status=open&criterion=MAJOR_PROCEDURE_PLANNED&size=200").retrieve().body(String.class));
		JsonNode rare = codec.mapper().readTree(client().get()
			.uri("/api/v1/flags?criterion=RARE_OR_COMPLEX_CONDITION&size=200").retrieve().body(String.class));
		JsonNode unfiltered = codec.mapper().readTree(client().get().uri("/api/v1/flags").retrieve().body(String.class));

		assertThat(all.path("items").findValuesAsString("flagId")).isNotEmpty();
		assertThat(major.path("items").valueStream().map(f -> f.path("patient").path("id").asString())).contains("p-6");
		assertThat(rare.path("items").valueStream().map(f -> f.path("patient").path("id").asString())).doesNotContain("p-6");
		assertThat(unfiltered.path("total").asLong()).isGreaterThanOrEqualTo(all.path("total").asLong());
	}

	@Test
	void servesEachFlagAndAssessmentInTheJsonOfTheFlagEventFieldForField() {
		PatientKey patient = new PatientKey(ehr, "p-8");
		send(patient, event(resource(spinalFusionOrder("sr-8", "p-8"))));
		JsonNode assessment = awaitAssessment(patient, "flagged");
		JsonNode data = awaitFlagEvents(patient, 1).getLast().data();

		JsonNode open = codec.mapper().readTree(client().get().uri("/api/v1/flags?status=open&size=200").retrieve().body(String.class));

		assertThat(open.path("items").valueStream().filter(f -> f.path("patient").path("ehrId").asString().equals(ehr)
				&& f.path("patient").path("id").asString().equals("p-8")))
			.singleElement()
			.satisfies(flag -> assertThat(withoutNulls(flag)).isEqualTo(data));
		assertThat(withoutNulls(assessment.path("patient"))).isEqualTo(data.path("patient"));
		assertThat(withoutNulls(assessment.path("criteria"))).isEqualTo(data.path("criteria"));
		assertThat(assessment.path("priority")).isEqualTo(data.path("priority"));
	}

	@Test
	void answersNotFoundAsProblemDetailsForAnUnknownPatient() {
		var response = client()
			.get()
			.uri("/api/v1/patients/{ehr}/{id}/assessment", ehr, "nobody")
			.exchange((request, res) -> Map.entry(res.getStatusCode(), res.getHeaders().getContentType().toString()));

		assertThat(response.getKey()).isEqualTo(HttpStatusCode.valueOf(404));
		assertThat(response.getValue()).isEqualTo("application/problem+json");
	}

	private List<CloudEvent> flagEventsOf(PatientKey patient) {
		return observer.recordsWithKey(Topics.ASSESSMENT_FLAGS, patient.toString()).stream().map(r -> codec.read(r.value())).toList();
	}

	private List<CloudEvent> awaitFlagEvents(PatientKey patient, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> flagEventsOf(patient).size() >= count);
		return flagEventsOf(patient);
	}

	private JsonNode awaitAssessment(PatientKey patient, String status) {
		RestClient client = client();
		return await().atMost(Duration.ofSeconds(15)).until(() -> client.get()
			.uri("/api/v1/patients/{ehr}/{id}/assessment", patient.ehrId(), patient.patientId())
			.exchange((request, response) -> response.getStatusCode().is2xxSuccessful() ? codec.mapper().readTree(response.getBody()) : null),
				node -> node != null && status.equals(node.path("status").asString()));
	}

	/** The JSON without its null values: the API writes them, the event leaves them out. */
	private static JsonNode withoutNulls(JsonNode node) {
		JsonNode copy = node.deepCopy();
		strip(copy);
		return copy;
	}

	private static void strip(JsonNode node) {
		if (node instanceof ObjectNode object) {
			object.remove(object.properties().stream().filter(p -> p.getValue().isNull()).map(Map.Entry::getKey).toList());
		}
		node.valueStream().forEach(ResourceIntakeIntegrationTests::strip);
	}

	private RestClient client() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultHeader("Authorization", "Bearer " + KeycloakServer.shared().accessToken("clinician"))
			.build();
	}

	private static String spinalFusionOrder(String id, String patientId) {
		return """
				{"resourceType":"ServiceRequest","id":"%s","meta":{"versionId":"1","lastUpdated":"2026-05-02T10:00:00Z"},
				 "status":"active","intent":"order","subject":{"reference":"Patient/%s"},"authoredOn":"2026-05-02",
				 "code":{"coding":[{"system":"http://snomed.info/sct","code":"55705006","display":"Spinal fusion"}]}}"""
			.formatted(id, patientId);
	}

	private JsonNode resource(String json) {
		return codec.mapper().readTree(json);
	}

	private CloudEvent event(JsonNode resource) {
		return ResourceEvents.upserted(ehr, resource, OffsetDateTime.now(ZoneOffset.UTC));
	}

	private void send(PatientKey patient, JsonNode resource) {
		send(patient, event(resource));
	}

	private void send(PatientKey patient, CloudEvent event) {
		kafka.send(Topics.EHR_RESOURCES, patient.toString(), codec.write(event)).join();
	}

}
