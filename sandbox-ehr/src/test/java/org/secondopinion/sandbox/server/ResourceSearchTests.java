package org.secondopinion.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.DateClientParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.secondopinion.sandbox.store.FhirStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxEhrTest
class ResourceSearchTests {

	private static final Coding HYPERTENSION = new Coding("http://snomed.info/sct", "38341003", "Hypertension");

	@LocalServerPort
	private int port;

	@Autowired
	private FhirStore store;

	private IGenericClient client;

	@BeforeEach
	void connect() {
		client = FhirContext.forR4Cached().newRestfulGenericClient("http://localhost:" + port + "/fhir");
	}

	@Test
	void searchByPatientOrSubjectReturnsOnlyThatPatientsResources() {
		store.put(withId(condition("Patient/search-a"), "search-a-1"));
		store.put(withId(condition("Patient/search-b"), "search-b-1"));
		store.put(withId(condition("Patient/search-a"), "search-a-2"));

		Bundle byPatient = client.search()
			.forResource(Condition.class)
			.where(Condition.PATIENT.hasId("search-a"))
			.returnBundle(Bundle.class)
			.execute();
		Bundle bySubject = client.search()
			.forResource(Condition.class)
			.where(Condition.SUBJECT.hasId("Patient/search-b"))
			.returnBundle(Bundle.class)
			.execute();

		assertThat(ids(byPatient)).containsExactly("search-a-1", "search-a-2");
		assertThat(ids(bySubject)).containsExactly("search-b-1");
	}

	@Test
	void coverageIsSearchedByPatient() {
		Coverage coverage = new Coverage().setBeneficiary(new Reference("Patient/search-coverage"));
		coverage.setId("search-coverage-1");
		store.put(coverage);

		Bundle found = client.search()
			.forResource(Coverage.class)
			.where(Coverage.PATIENT.hasId("search-coverage"))
			.returnBundle(Bundle.class)
			.execute();

		assertThat(ids(found)).containsExactly("search-coverage-1");
	}

	@Test
	void patientsAreSearchedById() {
		Bundle found = client.search()
			.forResource(Patient.class)
			.where(Patient.RES_ID.exactly().code("p-0001"))
			.returnBundle(Bundle.class)
			.execute();

		assertThat(ids(found)).containsExactly("p-0001");
	}

	@Test
	void lastUpdatedSearchPagesThroughAllResultsInAscendingOrderFollowingNextLinks() {
		List<String> written = new ArrayList<>();
		Date watermark = null;
		for (int index = 1; index <= 5; index++) {
			Observation observation = new Observation().setSubject(new Reference("Patient/paging"));
			observation.setId("paging-" + index);
			Observation stored = store.put(observation);
			watermark = watermark == null ? stored.getMeta().getLastUpdated() : watermark;
			written.add(stored.getIdPart());
		}

		Bundle page = client.search()
			.forResource(Observation.class)
			.where(new DateClientParam("_lastUpdated").afterOrEquals().millis(watermark))
			.sort()
			.ascending("_lastUpdated")
			.count(2)
			.returnBundle(Bundle.class)
			.execute();
		List<BundleEntryComponent> entries = new ArrayList<>(page.getEntry());
		int pages = 1;
		while (page.getLink(Bundle.LINK_NEXT) != null) {
			page = client.loadPage().next(page).execute();
			entries.addAll(page.getEntry());
			pages++;
		}

		assertThat(pages).isEqualTo(3);
		assertThat(entries).extracting(entry -> entry.getResource().getIdPart()).containsExactlyElementsOf(written);
		assertThat(entries).extracting(entry -> entry.getResource().getMeta().getLastUpdated()).isSorted();
	}

	@Test
	void descendingSortIsRejected() {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> client.search()
			.forResource(Observation.class)
			.sort()
			.descending("_lastUpdated")
			.returnBundle(Bundle.class)
			.execute());
	}

	private static Condition condition(String subject) {
		return new Condition().setCode(new CodeableConcept(HYPERTENSION)).setSubject(new Reference(subject));
	}

	private static <T extends Resource> T withId(T resource, String id) {
		resource.setIdElement(new IdType(resource.fhirType(), id));
		return resource;
	}

	private static List<String> ids(Bundle bundle) {
		return bundle.getEntry().stream().map(entry -> entry.getResource().getIdPart()).toList();
	}

}
