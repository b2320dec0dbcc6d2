package org.secondopinion.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondopinion.assessment.AssessmentServiceApplication;
import org.secondopinion.gateway.FhirGatewayApplication;
import org.secondopinion.notification.NotificationServiceApplication;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The thin path through the whole system: a change in the EHR becomes a coordinator's case. */
@ExtendWith(OutputCaptureExtension.class)
class EndToEndIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static ConfigurableApplicationContext sandbox;

	private static ConfigurableApplicationContext assessment;

	private static ConfigurableApplicationContext notification;

	private static ConfigurableApplicationContext gateway;

	private static IGenericClient ehr;

	@BeforeAll
	static void startTheSystem() {
		sandbox = SandboxEhrApplication.start("--server.port=0", "--second-opinion.sandbox.patients=0",
				"--spring.main.banner-mode=off");
		String ehrUrl = "http://127.0.0.1:" + EmbeddedServices.port(sandbox) + "/fhir";
		ehr = FhirContext.forR4Cached().newRestfulGenericClient(ehrUrl);
		assessment = AssessmentServiceApplication.start(EmbeddedServices.arguments("assessment"));
		notification = NotificationServiceApplication.start(EmbeddedServices.arguments("notification"));
		gateway = FhirGatewayApplication.start(Stream.concat(Stream.of(EmbeddedServices.arguments("gateway")),
				Stream.of("--second-opinion.gateway.ehrs[0].id=north", "--second-opinion.gateway.ehrs[0].base-url=" + ehrUrl,
						"--second-opinion.gateway.poll-interval=500ms"))
			.toArray(String[]::new));
	}

	@AfterAll
	static void stopTheSystem() {
		Stream.of(gateway, notification, assessment, sandbox).forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void aMajorSurgeryOrderInTheEhrBecomesACaseWithinTenSecondsAndARoutineOneDoesNot(CapturedOutput output) {
		String routinePatient = createPatient("Lindqvist", "Maja");
		order(routinePatient, "91251008", "Physical therapy procedure");
		String surgicalPatient = createPatient("Okafor", "Ada");
		Instant ordered = Instant.now();
		order(surgicalPatient, "55705006", "Spinal fusion");

		JsonNode caseItem = await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> caseOf(surgicalPatient), item -> item != null);
		System.out.println("Case appeared " + Duration.between(ordered, Instant.now()).toMillis() + " ms after the order");

		assertThat(caseItem.path("status").asString()).isEqualTo("new");
		assertThat(caseItem.path("patient").path("name").asString()).isEqualTo("Ada Okafor");
		assertThat(caseItem.path("criteria").get(0).path("code").asString()).isEqualTo("MAJOR_PROCEDURE_PLANNED");
		assertThat(caseItem.path("criteria").get(0).path("reason").asString()).startsWith("Spinal fusion is planned");

		await().atMost(Duration.ofSeconds(10)).until(() -> "clear".equals(assessmentOf(routinePatient).path("status").asString()));
		assertThat(caseOf(routinePatient)).as("no case for physiotherapy").isNull();

		assertThat(output.getAll()).as("the services logged what they did").contains("Published");
		for (String phi : List.of("Okafor", "Lindqvist", "Maja", "MRNOKAFOR", "MRNLINDQVIST", "1960-01-01")) {
			assertThat(output.getAll()).as("no patient name, identifier or birth date in the logs").doesNotContainIgnoringCase(phi);
		}
	}


	private static String createPatient(String family, String given) {
		Patient patient = new Patient();
		patient.addName().setFamily(family).addGiven(given);
		patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1960-01-01"));
		patient.addIdentifier().setSystem("urn:oid:2.16.840.1.113883.19.5").setValue("MRN" + family.toUpperCase());
		patient.setManagingOrganization(new Reference("Organization/org-north").setDisplay("North Clinic"));
		return ehr.create().resource(patient).execute().getId().getIdPart();
	}

	private static void order(String patientId, String snomed, String display) {
		StackFixtures.order(ehr, patientId, snomed, display);
	}

	private static JsonNode caseOf(String patientId) {
		JsonNode page = StackFixtures.worklist(notification);
		List<JsonNode> matches = page.path("items").valueStream()
			.filter(item -> item.path("patient").path("id").asString().equals(patientId))
			.toList();
		return matches.isEmpty() ? null : matches.get(0);
	}

	private static JsonNode assessmentOf(String patientId) {
		return RestClient.create("http://127.0.0.1:" + EmbeddedServices.port(assessment))
			.get()
			.uri("/api/v1/patients/north/{id}/assessment", patientId)
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("clinician"))
			.exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
					? JSON.readTree(response.getBody()) : JSON.createObjectNode());
	}


}
