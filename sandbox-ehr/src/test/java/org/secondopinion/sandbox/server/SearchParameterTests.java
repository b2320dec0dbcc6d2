package org.secondopinion.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.secondopinion.sandbox.store.FhirStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxEhrTest
class SearchParameterTests {

	private static final TokenClientParam ID = new TokenClientParam("_id");

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
	void everyTypeIsSearchedByOneOrSeveralIds() {
		store.put(new Observation().setSubject(new Reference("Patient/ids")).setId("ids-obs-1"));
		store.put(new Observation().setSubject(new Reference("Patient/ids")).setId("ids-obs-2"));
		store.put(new Coverage().setBeneficiary(new Reference("Patient/ids")).setId("ids-cov-1"));
		store.put(new Practitioner().setId("ids-prac-1"));

		assertThat(ids(search(Observation.class, ID.exactly().codes("ids-obs-2", "ids-obs-1", "nothing"))))
			.containsExactly("ids-obs-1", "ids-obs-2");
		assertThat(ids(search(Coverage.class, ID.exactly().code("ids-cov-1")))).containsExactly("ids-cov-1");
		assertThat(ids(search(Practitioner.class, ID.exactly().code("ids-prac-1")))).containsExactly("ids-prac-1");
		assertThat(ids(client.search()
			.forResource(Observation.class)
			.where(ID.exactly().code("ids-obs-1"))
			.and(Observation.PATIENT.hasId("someone-else"))
			.returnBundle(Bundle.class)
			.execute())).isEmpty();
	}

	@Test
	void theOtherTypesSyntheaWritesAreSearchedByPatient() {
		store.put(new Patient().setId("synthea"));
		store.put(new AllergyIntolerance().setPatient(new Reference("Patient/synthea")).setId("synthea-allergy"));
		store.put(new DiagnosticReport().setSubject(new Reference("Patient/synthea")).setId("synthea-report"));
		store.put(new Immunization().setPatient(new Reference("Patient/elsewhere")).setId("synthea-elsewhere"));

		Bundle allergies = client.search()
			.forResource(AllergyIntolerance.class)
			.where(AllergyIntolerance.PATIENT.hasId("synthea"))
			.include(AllergyIntolerance.INCLUDE_PATIENT)
			.returnBundle(Bundle.class)
			.execute();
		Bundle reports = client.search()
			.forResource(DiagnosticReport.class)
			.where(DiagnosticReport.SUBJECT.hasId("Patient/synthea"))
			.returnBundle(Bundle.class)
			.execute();

		assertThat(entries(allergies)).containsExactly("match AllergyIntolerance/synthea-allergy",
				"include Patient/synthea");
		assertThat(ids(reports)).containsExactly("synthea-report");
		assertThat(ids(client.search().forResource(Immunization.class)
			.where(Immunization.PATIENT.hasId("synthea")).returnBundle(Bundle.class).execute())).isEmpty();
	}

	@Test
	void includesThePatientOfEachMatchOnEveryPage() {
		store.put(new Patient().setId("incl-1"));
		store.put(new Patient().setId("incl-2"));
		for (int number = 1; number <= 3; number++) {
			store.put(new Condition().setSubject(new Reference("Patient/incl-1")).setId("incl-c1-" + number));
		}
		store.put(new Condition().setSubject(new Reference("Patient/incl-2")).setId("incl-c2-1"));

		Bundle page = client.search()
			.forResource(Condition.class)
			.where(Condition.RES_ID.exactly().codes("incl-c1-1", "incl-c1-2", "incl-c1-3", "incl-c2-1"))
			.include(Condition.INCLUDE_PATIENT)
			.count(2)
			.returnBundle(Bundle.class)
			.execute();
		List<List<String>> pages = new ArrayList<>();
		pages.add(entries(page));
		while (page.getLink(Bundle.LINK_NEXT) != null) {
			page = client.loadPage().next(page).execute();
			pages.add(entries(page));
		}

		assertThat(pages).containsExactly(
				List.of("match Condition/incl-c1-1", "match Condition/incl-c1-2", "include Patient/incl-1"),
				List.of("match Condition/incl-c1-3", "match Condition/incl-c2-1", "include Patient/incl-1",
						"include Patient/incl-2"));
	}

	@Test
	void includesThePatientThroughSubjectOrBeneficiaryAndNotWhenNotAsked() {
		store.put(new Patient().setId("incl-subject"));
		store.put(new Condition().setSubject(new Reference("Patient/incl-subject")).setId("incl-subject-c"));
		store.put(new Coverage().setBeneficiary(new Reference("Patient/incl-subject")).setId("incl-subject-cov"));

		Bundle bySubject = client.search()
			.forResource(Condition.class)
			.where(Condition.SUBJECT.hasId("Patient/incl-subject"))
			.include(new Include("Condition:subject"))
			.returnBundle(Bundle.class)
			.execute();
		Bundle coverage = client.search()
			.forResource(Coverage.class)
			.where(Coverage.PATIENT.hasId("incl-subject"))
			.include(new Include("Coverage:beneficiary"))
			.returnBundle(Bundle.class)
			.execute();
		Bundle without = client.search()
			.forResource(Condition.class)
			.where(Condition.SUBJECT.hasId("Patient/incl-subject"))
			.returnBundle(Bundle.class)
			.execute();

		assertThat(entries(bySubject)).containsExactly("match Condition/incl-subject-c",
				"include Patient/incl-subject");
		assertThat(entries(coverage)).containsExactly("match Coverage/incl-subject-cov",
				"include Patient/incl-subject");
		assertThat(entries(without)).containsExactly("match Condition/incl-subject-c");
	}

	@Test
	void rejectsIncludesOfOtherElements() {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> client.search()
			.forResource(Condition.class)
			.include(new Include("Condition:encounter"))
			.returnBundle(Bundle.class)
			.execute());
	}

	@Test
	void nextLinksPageThroughTheResultAsItWasWhenResourcesArriveOrChangeDuringPaging() {
		for (int number = 1; number <= 5; number++) {
			store.put(new Condition().setSubject(new Reference("Patient/stable")).setId("stable-" + number));
		}

		Bundle page = client.search()
			.forResource(Condition.class)
			.where(Condition.PATIENT.hasId("stable"))
			.count(2)
			.returnBundle(Bundle.class)
			.execute();
		List<String> seen = new ArrayList<>(ids(page));
		store.put(new Condition().setSubject(new Reference("Patient/stable")).setId("stable-new"));
		store.put(new Condition().setSubject(new Reference("Patient/stable")).setId("stable-1"));
		store.delete(Condition.class, "stable-4");
		while (page.getLink(Bundle.LINK_NEXT) != null) {
			page = client.loadPage().next(page).execute();
			seen.addAll(ids(page));
			assertThat(page.getTotal()).isEqualTo(5);
		}

		assertThat(seen).containsExactly("stable-1", "stable-2", "stable-3", "stable-4", "stable-5");
		assertThat(ids(client.search()
			.forResource(Condition.class)
			.where(Condition.PATIENT.hasId("stable"))
			.returnBundle(Bundle.class)
			.execute())).containsExactly("stable-2", "stable-3", "stable-5", "stable-new", "stable-1");
	}

	private Bundle search(Class<? extends Resource> type, ca.uhn.fhir.rest.gclient.ICriterion<?> criterion) {
		return client.search().forResource(type).where(criterion).returnBundle(Bundle.class).execute();
	}

	private static List<String> ids(Bundle bundle) {
		return bundle.getEntry().stream().map(entry -> entry.getResource().getIdPart()).toList();
	}

	private static List<String> entries(Bundle bundle) {
		return bundle.getEntry().stream().map(SearchParameterTests::describe).toList();
	}

	private static String describe(BundleEntryComponent entry) {
		SearchEntryMode mode = entry.getSearch().getMode();
		return mode.toCode() + " " + entry.getResource().fhirType() + "/" + entry.getResource().getIdPart();
	}

}
