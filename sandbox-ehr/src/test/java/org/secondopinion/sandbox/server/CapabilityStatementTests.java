package org.secondopinion.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceOperationComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceInteractionComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceVersionPolicy;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxEhrTest
class CapabilityStatementTests {

	@LocalServerPort
	private int port;

	private CapabilityStatement capabilities;

	@BeforeEach
	void fetch() {
		capabilities = FhirContext.forR4Cached()
			.newRestfulGenericClient("http://localhost:" + port + "/fhir")
			.capabilities()
			.ofType(CapabilityStatement.class)
			.execute();
	}

	@Test
	void metadataDescribesTheSupportedResourcesAndSearches() {
		List<CapabilityStatementRestResourceComponent> resources = capabilities.getRestFirstRep().getResource();
		assertThat(resources).extracting(CapabilityStatementRestResourceComponent::getType)
			.contains("Patient", "Condition", "Procedure", "Observation", "ServiceRequest", "Encounter",
					"MedicationRequest", "CarePlan", "Coverage", "Task", "Practitioner", "Organization",
					"PractitionerRole", "Group", "Subscription", "AllergyIntolerance", "DiagnosticReport");
		CapabilityStatementRestResourceComponent condition = resource("Condition");
		assertThat(condition.getSearchParam())
			.extracting(CapabilityStatementRestResourceSearchParamComponent::getName)
			.contains("_id", "patient", "subject", "_lastUpdated");
		assertThat(condition.getSearchInclude()).extracting(include -> include.getValue())
			.containsExactlyInAnyOrder("Condition:patient", "Condition:subject");
		assertThat(resource("PractitionerRole").getSearchParam())
			.extracting(CapabilityStatementRestResourceSearchParamComponent::getName)
			.contains("specialty", "organization", "practitioner");
	}

	@Test
	void everyTypeIsVersionedWithHistoryAndDeleteAndOnlyIdentifiedTypesCreateConditionally() {
		assertThat(resource("Condition").getVersioning()).isEqualTo(ResourceVersionPolicy.VERSIONED);
		assertThat(resource("Condition").getReadHistory()).isTrue();
		assertThat(resource("Condition").getInteraction()).extracting(ResourceInteractionComponent::getCode)
			.contains(TypeRestfulInteraction.DELETE, TypeRestfulInteraction.HISTORYTYPE,
					TypeRestfulInteraction.HISTORYINSTANCE);
		assertThat(resource("Task").getConditionalCreate()).isTrue();
		assertThat(resource("Condition").getConditionalCreate()).isFalse();
	}

	@Test
	void announcesBulkExportAtEveryLevelAndSubscriptionsPerTheBackport() {
		assertThat(capabilities.getInstantiates()).extracting(CanonicalType::getValue)
			.contains("http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data",
					CapabilityStatementCustomizer.BACKPORT_SERVER);
		assertThat(capabilities.getRestFirstRep().getOperation())
			.extracting(CapabilityStatementRestResourceOperationComponent::getName)
			.contains("export", "export-poll-status");
		assertThat(resource("Patient").getOperation()).extracting(operation -> operation.getDefinition())
			.contains("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export");
		assertThat(resource("Group").getOperation()).extracting(operation -> operation.getDefinition())
			.contains("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export");
		assertThat(resource("Subscription").getSupportedProfile()).extracting(CanonicalType::getValue)
			.contains(CapabilityStatementCustomizer.BACKPORT_SUBSCRIPTION);
		assertThat(resource("Subscription").getInteraction()).extracting(ResourceInteractionComponent::getCode)
			.contains(TypeRestfulInteraction.CREATE, TypeRestfulInteraction.DELETE);
	}

	private CapabilityStatementRestResourceComponent resource(String type) {
		return capabilities.getRestFirstRep()
			.getResource()
			.stream()
			.filter(resource -> resource.getType().equals(type))
			.findFirst()
			.orElseThrow();
	}

}
