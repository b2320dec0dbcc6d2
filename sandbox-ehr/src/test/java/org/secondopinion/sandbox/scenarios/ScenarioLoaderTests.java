package org.secondopinion.sandbox.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.ReferenceClientParam;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With the setting on, the running sandbox serves every scenario patient and their resources over FHIR REST. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=sandbox-ehr", "second-opinion.sandbox.scenarios.enabled=true" })
class ScenarioLoaderTests {

	private static final ScenarioCatalog CATALOG = ScenarioCatalog.load();

	@LocalServerPort
	private int port;

	private IGenericClient client;

	@BeforeEach
	void connect() {
		client = FhirContext.forR4Cached().newRestfulGenericClient("http://localhost:" + port + "/fhir");
	}

	@Test
	void servesEveryScenarioPatientWithTheTagsSayingWhatToExpect() {
		for (Scenario scenario : CATALOG.scenarios()) {
			Patient served = client.read().resource(Patient.class).withId(scenario.patientId()).execute();

			assertThat(served.getMeta().getTag()).as(scenario.patientId())
				.extracting(Coding::getSystem, Coding::getCode)
				.containsAll(scenario.patient()
					.getMeta()
					.getTag()
					.stream()
					.map(tag -> tuple(tag.getSystem(), tag.getCode()))
					.toList());
		}
	}

	@Test
	void searchByPatientFindsExactlyTheScenarioResourcesOfEachTypeTheServerSearchesByPatient() {
		Set<String> searchable = typesSearchableByPatient();
		assertThat(searchable).contains("Condition", "Observation", "ServiceRequest", "Procedure");

		int checked = 0;
		for (Scenario scenario : CATALOG.scenarios()) {
			Set<String> types = scenario.resources()
				.stream()
				.map(Resource::fhirType)
				.filter(searchable::contains)
				.collect(Collectors.toSet());
			for (String type : types) {
				List<String> expected = scenario.resources()
					.stream()
					.filter(resource -> resource.fhirType().equals(type))
					.map(resource -> resource.getIdElement().getIdPart())
					.sorted()
					.toList();
				Bundle found = client.search()
					.forResource(type)
					.where(new ReferenceClientParam("patient").hasId(scenario.patientId()))
					.count(200)
					.returnBundle(Bundle.class)
					.execute();

				assertThat(found.getEntry()).as("%s of %s", type, scenario.patientId())
					.extracting(entry -> entry.getResource().getIdElement().getIdPart())
					.containsExactlyInAnyOrderElementsOf(expected);
				checked += expected.size();
			}
		}
		assertThat(checked).isGreaterThan(CATALOG.scenarios().size());
	}

	@Test
	void servesTheScenarioDatesMovedToTheDayTheSandboxStarted() {
		ServiceRequest fusion = client.read().resource(ServiceRequest.class).withId("scn-major-1-fusion").execute();
		long days = ChronoUnit.DAYS.between(ScenarioCatalog.AS_OF, LocalDate.now(ZoneOffset.UTC));

		assertThat(fusion.getOccurrenceDateTimeType().getValueAsString())
			.as("17 days after the start day, as the fixture is 17 days after %s", ScenarioCatalog.AS_OF)
			.isEqualTo(LocalDate.of(2026, 11, 18).plusDays(days).toString());
	}

	@Test
	void servesTheFacilitiesScenarioPatientsAreCaredFor() {
		for (String id : List.of("org-north", "org-south")) {
			Resource facility = client.read().resource(Organization.class).withId(id).execute();

			assertThat(facility.getIdElement().getIdPart()).isEqualTo(id);
		}
	}

	private Set<String> typesSearchableByPatient() {
		CapabilityStatement capabilities = client.capabilities().ofType(CapabilityStatement.class).execute();
		return capabilities.getRestFirstRep()
			.getResource()
			.stream()
			.filter(resource -> resource.getSearchParam()
				.stream()
				.anyMatch(parameter -> "patient".equals(parameter.getName())))
			.map(CapabilityStatementRestResourceComponent::getType)
			.collect(Collectors.toSet());
	}

}
