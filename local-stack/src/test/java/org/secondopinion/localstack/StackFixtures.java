package org.secondopinion.localstack;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the whole-system tests write into the sandbox EHR and read back from the worklist. */
final class StackFixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StackFixtures() {
	}

	/** An active order of the procedure {@code snomed} for the patient, written into the EHR. */
	static void order(IGenericClient ehr, String patientId, String snomed, String display) {
		ServiceRequest request = new ServiceRequest();
		request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
		request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
		request.setSubject(new Reference(new IdType("Patient", patientId)));
		request.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", snomed, display)));
		ehr.create().resource(request).execute();
	}

	/** The first 200 cases of the worklist API, as the North coordinator sees them. */
	static JsonNode worklist(ConfigurableApplicationContext notification) {
		return JSON.readTree(RestClient.create("http://127.0.0.1:" + EmbeddedServices.port(notification))
			.get()
			.uri("/api/v1/cases?size=200")
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("coordinator"))
			.retrieve()
			.body(String.class));
	}

}
