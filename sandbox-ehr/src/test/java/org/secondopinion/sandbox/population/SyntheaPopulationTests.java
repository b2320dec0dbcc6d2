package org.secondopinion.sandbox.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.IQuery;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.sandbox.store.ResourceQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@EnabledIf("org.secondopinion.sandbox.population.SyntheaFixture#syntheaIsBuilt")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=sandbox-ehr", "second-opinion.sandbox.population.source=synthea",
				"second-opinion.sandbox.population.patients=5", "second-opinion.sandbox.population.base-size=3",
				"second-opinion.sandbox.population.seed=42",
				"second-opinion.sandbox.population.cache-dir=target/synthea-cache" })
class SyntheaPopulationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private FhirStore store;

	@Test
	void servesTheSyntheaPatientsAndTheDerivedOnesInsteadOfTheSeedPopulation() {
		List<Patient> patients = search(client().search().forResource(Patient.class), Patient.class);

		assertThat(patients).hasSize(5);
		assertThat(patients).extracting(Resource::getIdPart)
			.contains("1e621f4c-db30-c273-49e9-2dcad508a9cb", "347ceebf-0248-5a56-14f3-e1e8e8ffb73c",
					"7353e17f-0cd5-5b0a-c736-92b9ca5f8366")
			.doesNotContain("p-0001");
	}

	@Test
	void findsEachPatientsConditionsByPatient() {
		for (Patient patient : search(client().search().forResource(Patient.class), Patient.class)) {
			List<Condition> conditions = search(client().search()
				.forResource(Condition.class)
				.where(Condition.PATIENT.hasId(patient.getIdPart())), Condition.class);

			assertThat(conditions).isNotEmpty()
				.allSatisfy(condition -> assertThat(condition.getSubject().getReference())
					.isEqualTo("Patient/" + patient.getIdPart()));
		}
	}

	@Test
	void servesThePractitionersThatEncountersReferTo() {
		Patient patient = search(client().search().forResource(Patient.class), Patient.class).getLast();
		Encounter encounter = search(client().search()
			.forResource(Encounter.class)
			.where(Encounter.PATIENT.hasId(patient.getIdPart())), Encounter.class).getFirst();

		Practitioner practitioner = client().read()
			.resource(Practitioner.class)
			.withUrl(encounter.getParticipantFirstRep().getIndividual().getReference())
			.execute();

		assertThat(practitioner.getIdentifierFirstRep().getSystem()).isEqualTo("http://hl7.org/fhir/sid/us-npi");
	}

	@Test
	void storesOnlyTheTypesToLoad() {
		assertThat(store.search(Condition.class, ResourceQuery.all())).isNotEmpty();
		assertThat(store.search(ExplanationOfBenefit.class, ResourceQuery.all())).isEmpty();
		assertThat(store.search(DocumentReference.class, ResourceQuery.all())).isEmpty();
	}

	private static <T extends Resource> List<T> search(IQuery<IBaseBundle> query, Class<T> type) {
		Bundle page = query.count(500).returnBundle(Bundle.class).execute();
		return page.getEntry().stream().map(BundleEntryComponent::getResource).map(type::cast).toList();
	}

	private IGenericClient client() {
		return SyntheaFixture.CONTEXT.newRestfulGenericClient("http://localhost:" + port + "/fhir");
	}

}
