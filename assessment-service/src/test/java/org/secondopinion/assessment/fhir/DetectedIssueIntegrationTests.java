package org.secondopinion.assessment.fhir;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secondopinion.assessment.criteria.MetCriterion;
import org.secondopinion.assessment.flags.Flag;
import org.secondopinion.assessment.flags.OpenFlags;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.PatientRef;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=assessment-service", "spring.kafka.consumer.group-id=assessment-${random.uuid}" })
@DirtiesContext
class DetectedIssueIntegrationTests {

	static final String EHR = "di" + UUID.randomUUID().toString().substring(0, 8);

	static final PatientKey PATIENT = new PatientKey(EHR, "di-1");

	static final FhirContext FHIR = FhirContext.forR4Cached();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "assessment");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	OpenFlags openFlags;

	@Value("${local.server.port}")
	int port;

	static boolean published;

	@BeforeAll
	static void reset() {
		published = false;
	}

	@Test
	void servesEachCriterionOfTheOpenFlagAsAValidDetectedIssue() {
		Flag flag = flaggedPatient();

		Response response = get("/fhir/DetectedIssue?patient=Patient/di-1&ehr=" + EHR, "clinician", null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/fhir+json");
		Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, response.body());
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
		assertThat(bundle.getTotal()).isEqualTo(2);
		List<DetectedIssue> issues = bundle.getEntry().stream().map(e -> (DetectedIssue) e.getResource()).toList();
		assertThat(issues).extracting(i -> i.getCode().getCodingFirstRep().getCode())
			.containsExactlyInAnyOrder("MAJOR_PROCEDURE_PLANNED", "RARE_OR_COMPLEX_CONDITION");
		assertThat(issues).allSatisfy(issue -> {
			assertThat(issue.getCode().getCodingFirstRep().getSystem()).isEqualTo(CriterionCode.SYSTEM);
			assertThat(issue.getSeverity()).as("priority high").isEqualTo(DetectedIssue.DetectedIssueSeverity.MODERATE);
			assertThat(issue.getPatient().getReference()).isEqualTo("Patient/di-1");
			assertThat(issue.getIdentifiedDateTimeType().getValue()).isNotNull();
			assertThat(issue.getIdentifierFirstRep().getValue()).isEqualTo(flag.id().toString());
			assertThat(issue.getStatus()).isEqualTo(DetectedIssue.DetectedIssueStatus.PRELIMINARY);
		});
		DetectedIssue major = issues.stream()
			.filter(i -> i.getCode().getCodingFirstRep().getCode().equals("MAJOR_PROCEDURE_PLANNED"))
			.findFirst()
			.orElseThrow();
		MetCriterion met = flag.criteria().stream()
			.filter(c -> c.code().code().equals("MAJOR_PROCEDURE_PLANNED")).findFirst().orElseThrow();
		assertThat(major.getDetail()).isEqualTo(met.reason());
		assertThat(major.getImplicated()).extracting(Reference::getReference).containsExactly("ServiceRequest/sr-di-1/_history/1");
		assertThat(major.getEvidenceFirstRep().getDetail()).extracting(Reference::getReference)
			.containsExactly("ServiceRequest/sr-di-1/_history/1");
		assertThat(bundle.getEntry()).allSatisfy(e -> assertThat(e.getFullUrl())
			.isEqualTo("http://localhost:" + port + "/fhir/DetectedIssue/" + e.getResource().getIdElement().getIdPart()));

		ValidationResult validation = validator().validateWithResult(response.body());
		List<SingleValidationMessage> errors = validation.getMessages()
			.stream()
			.filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.toList();
		assertThat(errors).as(errors.stream().map(SingleValidationMessage::toString).collect(Collectors.joining("\n"))).isEmpty();
	}

	@Test
	void findsThePatientByPlainIdAndByTheEhrHeader() {
		flaggedPatient();

		Response plainId = get("/fhir/DetectedIssue?patient=di-1", "admin", null);
		Response header = get("/fhir/DetectedIssue?patient=di-1", "clinician", EHR);
		Response otherEhr = get("/fhir/DetectedIssue?patient=di-1", "clinician", "elsewhere");

		assertThat(FHIR.newJsonParser().parseResource(Bundle.class, plainId.body()).getTotal()).isEqualTo(2);
		assertThat(FHIR.newJsonParser().parseResource(Bundle.class, header.body()).getTotal()).isEqualTo(2);
		assertThat(FHIR.newJsonParser().parseResource(Bundle.class, otherEhr.body()).getTotal()).isZero();
	}

	@Test
	void refusesCareCoordinatorsAndServiceAccountsAndAuditsEveryRead() {
		flaggedPatient();

		Response coordinator = get("/fhir/DetectedIssue?patient=di-1&ehr=" + EHR, "coordinator", null);
		Response service = getAsService("/fhir/DetectedIssue?patient=di-1&ehr=" + EHR);
		get("/fhir/DetectedIssue?patient=di-1&ehr=" + EHR, "clinician", null);

		assertThat(coordinator.status()).isEqualTo(403);
		assertThat(coordinator.contentType()).startsWith("application/problem+json");
		assertThat(coordinator.body()).doesNotContain("resourceType").doesNotContain("MAJOR_PROCEDURE_PLANNED");
		assertThat(service.status()).isEqualTo(403);
		JsonNode trail = codec.mapper().readTree(get("/api/v1/audit?patient=" + EHR + "/di-1", "admin", null).body());
		Set<String> readers = trail.valueStream()
			.map(e -> e.path("agent").path("name").asString() + ":" + e.path("outcome").asString())
			.collect(Collectors.toSet());
		assertThat(readers).contains("clinician:success").noneMatch(r -> r.startsWith("coordinator:"));
	}

	@Test
	void refusesAMissingPatientAndAnonymousCallers() {
		Response missing = get("/fhir/DetectedIssue", "clinician", null);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(get("/fhir/DetectedIssue?patient=di-1", null, null).status()).isEqualTo(401);
	}

	private Flag flaggedPatient() {
		synchronized (DetectedIssueIntegrationTests.class) {
			if (!published) {
				publish("""
						{"resourceType":"Patient","id":"di-1","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
						 "name":[{"family":"Mensah"}],"managingOrganization":{"display":"North Clinic"}}""");
				publish("""
						{"resourceType":"ServiceRequest","id":"sr-di-1","meta":{"versionId":"1","lastUpdated":"2026-05-02T10:00:00Z"},
						 "status":"active","intent":"order","subject":{"reference":"Patient/di-1"},"authoredOn":"2026-05-02",
						 "code":{"coding":[{"system":"http://snomed.info/sct","code":"55705006","display":"Spinal fusion"}]}}""");
				publish("""
						{"resourceType":"Condition","id":"c-di-1","meta":{"versionId":"3","lastUpdated":"2026-05-02T10:00:00Z"},
						 "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},
						 "subject":{"reference":"Patient/di-1"},
						 "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E84.0","display":"Cystic fibrosis with pulmonary manifestations"}]}}""");
				published = true;
			}
		}
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> openFlags.of(PatientRef.of(PATIENT)).orElse(null), f -> f != null && f.criteria().size() == 2);
	}

	private void publish(String resource) {
		kafka.send(Topics.EHR_RESOURCES, PATIENT.toString(), codec.write(ResourceEvents.upserted(EHR,
				codec.mapper().readTree(resource), OffsetDateTime.now(ZoneOffset.UTC)))).join();
	}

	private static FhirValidator validator() {
		ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
				new InMemoryTerminologyServerValidationSupport(FHIR), new CommonCodeSystemsTerminologyService(FHIR));
		FhirValidator validator = FHIR.newValidator();
		validator.registerValidatorModule(new FhirInstanceValidator(support));
		return validator;
	}

	private Response get(String path, String user, String ehrHeader) {
		RestClient.RequestHeadersSpec<?> request = RestClient.create("http://localhost:" + port).get().uri(path);
		if (user != null) {
			request.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken(user));
		}
		if (ehrHeader != null) {
			request.header("X-EHR-Id", ehrHeader);
		}
		return request.exchange((req, res) -> new Response(res.getStatusCode().value(),
				res.getHeaders().getContentType() == null ? "" : res.getHeaders().getContentType().toString(),
				new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
	}

	private Response getAsService(String path) {
		return RestClient.create("http://localhost:" + port)
			.get()
			.uri(path)
			.header("Authorization", "Bearer " + KeycloakServer.shared().serviceToken("notification-service"))
			.exchange((req, res) -> new Response(res.getStatusCode().value(),
					res.getHeaders().getContentType() == null ? "" : res.getHeaders().getContentType().toString(),
					new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
	}

	record Response(int status, String contentType, String body) {
	}

}
