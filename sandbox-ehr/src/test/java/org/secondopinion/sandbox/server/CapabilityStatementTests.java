package org.secondopinion.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxEhrTest
class CapabilityStatementTests {

	@LocalServerPort
	private int port;

	@Test
	void metadataDescribesTheSupportedResourcesAndSearches() {
		CapabilityStatement capabilities = FhirContext.forR4Cached()
			.newRestfulGenericClient("http://localhost:" + port + "/fhir")
			.capabilities()
			.ofType(CapabilityStatement.class)
			.execute();

		List<CapabilityStatementRestResourceComponent> resources = capabilities.getRestFirstRep().getResource();
		assertThat(resources).extracting(CapabilityStatementRestResourceComponent::getType)
			.contains("Patient", "Condition", "Procedure", "Observation", "ServiceRequest", "Encounter",
					"MedicationRequest", "CarePlan", "Coverage", "Task", "Practitioner", "Organization");
		CapabilityStatementRestResourceComponent condition = resources.stream()
			.filter(resource -> resource.getType().equals("Condition"))
			.findFirst()
			.orElseThrow();
		assertThat(condition.getSearchParam())
			.extracting(CapabilityStatementRestResourceSearchParamComponent::getName)
			.contains("_id", "patient", "subject", "_lastUpdated");
		assertThat(condition.getSearchInclude()).extracting(include -> include.getValue())
			.containsExactlyInAnyOrder("Condition:patient", "Condition:subject");
	}

}
