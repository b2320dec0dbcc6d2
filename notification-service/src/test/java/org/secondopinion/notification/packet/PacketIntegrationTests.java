package org.secondopinion.notification.packet;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.secondopinion.notification.RunningAssessmentService;
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
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packet end to end with the real assessment service: the patient's resources arrive on Kafka, the assessment
 * service flags the case, this service opens it, and the packet gathers the record over a client-credentials call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class PacketIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "packet");
		RunningAssessmentService.register(registry);
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Value("${local.server.port}")
	int port;

	private final String ehr = "pk" + UUID.randomUUID().toString().substring(0, 8);

	private final FhirContext fhir = FhirContext.forR4();

	@Test
	void packetIsAValidFhirBundleWithEveryEvidenceResourceAndTheAccessIsAudited() {
		PatientKey patient = new PatientKey(ehr, "p-1");
		send(patient, """
				{"resourceType":"Patient","id":"p-1","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "name":[{"family":"Okafor","given":["Ada"]}],"birthDate":"1958-02-03","gender":"female",
				 "managingOrganization":{"display":"North Clinic"},
				 "identifier":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"value":"MRN-77"}]}""");
		send(patient, """
				{"resourceType":"Condition","id":"c-1","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},
				 "code":{"coding":[{"system":"http://snomed.info/sct","code":"279039007","display":"Low back pain"}],"text":"Low back pain"},
				 "subject":{"reference":"Patient/p-1"},"onsetDateTime":"2025-01-10"}""");
		send(patient, """
				{"resourceType":"Observation","id":"o-1","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "status":"final","code":{"coding":[{"system":"http://loinc.org","code":"72514-3","display":"Pain severity"}],"text":"Pain severity 0-10"},
				 "subject":{"reference":"Patient/p-1"},"effectiveDateTime":"2026-04-20T09:00:00Z",
				 "valueQuantity":{"value":7,"unit":"{score}","system":"http://unitsofmeasure.org","code":"{score}"}}""");
		send(patient, """
				{"resourceType":"ServiceRequest","id":"sr-1","meta":{"versionId":"1","lastUpdated":"2026-05-02T10:00:00Z"},
				 "status":"active","intent":"order","subject":{"reference":"Patient/p-1"},"authoredOn":"2026-05-02",
				 "code":{"coding":[{"system":"http://snomed.info/sct","code":"55705006","display":"Spinal fusion"}]}}""");

		String caseId = await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
			.until(() -> caseOf("p-1"), id -> id != null);

		JsonNode bundle = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
			.until(() -> packet(caseId), b -> b.path("entry").size() >= 4);

		assertThat(bundle.path("resourceType").asString()).isEqualTo("Bundle");
		assertThat(bundle.path("identifier").path("value").asString()).isEqualTo(caseId);
		List<String> held = bundle.path("entry").valueStream()
			.map(e -> e.path("resource").path("resourceType").asString() + "/" + e.path("resource").path("id").asString())
			.toList();
		assertThat(held).contains("Patient/p-1", "Condition/c-1", "Observation/o-1", "ServiceRequest/sr-1");
		JsonNode detail = get("/api/v1/cases/" + caseId, "coordinator");
		List<String> evidence = detail.path("criteria").findValuesAsString("reference");
		assertThat(evidence).isNotEmpty();
		assertThat(evidence).allSatisfy(reference -> assertThat(held).contains(PacketAssembler.withoutVersion(reference)));

		ValidationResult result = validator().validateWithResult(bundle.toString());
		List<SingleValidationMessage> errors = result.getMessages().stream()
			.filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.toList();
		assertThat(errors).as("FHIR R4 validation errors").isEmpty();

		JsonNode trail = get("/api/v1/audit?patient=" + ehr + "/p-1", "admin");
		assertThat(trail.valueStream().map(e -> e.path("entity").path("what").asString()))
			.contains("Case/" + caseId + "/packet");
	}

	@Test
	void printablePacketSummarisesTheConcernsAndWhatToBring() {
		PatientKey patient = new PatientKey(ehr, "p-2");
		send(patient, """
				{"resourceType":"Patient","id":"p-2","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "name":[{"family":"Brown","given":["Bo"]}],"managingOrganization":{"display":"North Clinic"}}""");
		send(patient, """
				{"resourceType":"ServiceRequest","id":"sr-2","meta":{"versionId":"1","lastUpdated":"2026-05-02T10:00:00Z"},
				 "status":"active","intent":"order","subject":{"reference":"Patient/p-2"},"authoredOn":"2026-05-02",
				 "code":{"coding":[{"system":"http://snomed.info/sct","code":"55705006","display":"Spinal fusion"}]}}""");
		String caseId = await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
			.until(() -> caseOf("p-2"), id -> id != null);

		String html = client().get().uri("/api/v1/cases/{id}/packet", caseId)
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("coordinator"))
			.header("Accept", "text/html")
			.retrieve()
			.body(String.class);

		assertThat(html).contains("Second-opinion packet", "Bo Brown", "Major procedure planned",
				"Is the planned procedure necessary now?",
				"Bring all relevant records, test results, and a clear summary of your concerns.", "Spinal fusion");
	}

	@Test
	void refusesThePacketToACoordinatorOfAnotherFacility() {
		PatientKey patient = new PatientKey(ehr, "p-3");
		send(patient, """
				{"resourceType":"Patient","id":"p-3","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "name":[{"family":"Chen","given":["Cy"]}],"managingOrganization":{"display":"North Clinic"}}""");
		send(patient, """
				{"resourceType":"ServiceRequest","id":"sr-3","meta":{"versionId":"1","lastUpdated":"2026-05-02T10:00:00Z"},
				 "status":"active","intent":"order","subject":{"reference":"Patient/p-3"},"authoredOn":"2026-05-02",
				 "code":{"coding":[{"system":"http://snomed.info/sct","code":"55705006","display":"Spinal fusion"}]}}""");
		String caseId = await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
			.until(() -> caseOf("p-3"), id -> id != null);

		int status = client().get().uri("/api/v1/cases/{id}/packet", caseId)
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("coordinator-south"))
			.header("Accept", "application/fhir+json")
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(status).isEqualTo(404);
	}

	private FhirValidator validator() {
		ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(fhir),
				new InMemoryTerminologyServerValidationSupport(fhir), new CommonCodeSystemsTerminologyService(fhir));
		FhirInstanceValidator instanceValidator = new FhirInstanceValidator(support);
		instanceValidator.setNoTerminologyChecks(true);
		return fhir.newValidator().registerValidatorModule(instanceValidator);
	}

	private String caseOf(String patientId) {
		return get("/api/v1/cases?size=200", "admin").path("items").valueStream()
			.filter(c -> c.path("patient").path("ehrId").asString().equals(ehr)
					&& c.path("patient").path("id").asString().equals(patientId))
			.map(c -> c.path("id").asString())
			.findFirst()
			.orElse(null);
	}

	private JsonNode packet(String caseId) {
		return client().get().uri("/api/v1/cases/{id}/packet", caseId)
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("coordinator"))
			.header("Accept", "application/fhir+json")
			.exchange((request, response) -> {
				assertThat(response.getStatusCode().value()).isEqualTo(200);
				assertThat(response.getHeaders().getContentType().toString()).startsWith("application/fhir+json");
				return codec.mapper().readTree(response.getBody());
			});
	}

	private JsonNode get(String path, String user) {
		return codec.mapper().readTree(client().get().uri(path)
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken(user))
			.retrieve()
			.body(String.class));
	}

	private RestClient client() {
		return RestClient.create("http://127.0.0.1:" + port);
	}

	private void send(PatientKey patient, String json) {
		kafka.send(Topics.EHR_RESOURCES, patient.toString(), codec.write(
				ResourceEvents.upserted(ehr, codec.mapper().readTree(json), OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
	}

}
