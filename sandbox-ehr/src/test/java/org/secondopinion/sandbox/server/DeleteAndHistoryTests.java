package org.secondopinion.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.secondopinion.sandbox.store.FhirStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxEhrTest
class DeleteAndHistoryTests {

	@LocalServerPort
	private int port;

	@Autowired
	private FhirStore store;

	private IGenericClient client;

	@BeforeEach
	void connect() {
		client = FhirContext.forR4Cached().newRestfulGenericClient(base());
	}

	@Test
	void deletedResourceIsGoneFromReadAndSearchButItsVersionsStayReadable() {
		String id = client.create().resource(condition("Patient/delete-read")).execute().getId().getIdPart();

		client.delete().resourceById("Condition", id).execute();

		assertThatExceptionOfType(ResourceGoneException.class)
			.isThrownBy(() -> client.read().resource(Condition.class).withId(id).execute());
		assertThatExceptionOfType(ResourceGoneException.class)
			.isThrownBy(() -> client.read().resource(Condition.class).withIdAndVersion(id, "2").execute());
		assertThat(client.read().resource(Condition.class).withIdAndVersion(id, "1").execute().getIdPart())
			.isEqualTo(id);
		assertThat(searchByPatient("delete-read").getEntry()).isEmpty();
	}

	@Test
	void deleteAnswersNoContentTwiceAndNotFoundForAnUnknownResource() throws Exception {
		String id = client.create().resource(condition("Patient/delete-twice")).execute().getId().getIdPart();

		assertThat(httpDelete("/Condition/" + id)).isEqualTo(204);
		assertThat(httpDelete("/Condition/" + id)).isEqualTo(204);
		assertThat(httpDelete("/Condition/never-was")).isEqualTo(404);
	}

	@Test
	void aDeletedResourceComesBackWithTheNextVersionWhenPutAgain() {
		Condition condition = condition("Patient/delete-revive");
		condition.setId("delete-revive-1");
		client.update().resource(condition).execute();
		client.delete().resourceById("Condition", "delete-revive-1").execute();

		client.update().resource(condition).execute();

		Condition read = client.read().resource(Condition.class).withId("delete-revive-1").execute();
		assertThat(read.getMeta().getVersionId()).isEqualTo("3");
		assertThat(searchByPatient("delete-revive").getEntry()).hasSize(1);
	}

	@Test
	void typeHistorySinceListsCreateUpdateAndDeleteNewestFirst() {
		Date since = new Date(store.put(condition("Patient/history-type").setId("history-marker")).getMeta()
			.getLastUpdated().getTime() + 1);
		Condition created = (Condition) client.create().resource(condition("Patient/history-type")).execute()
			.getResource();
		client.update().resource(created.setRecordedDate(new Date())).execute();
		client.delete().resourceById("Condition", created.getIdPart()).execute();

		Bundle history = client.history().onType(Condition.class).returnBundle(Bundle.class).since(since).execute();

		assertThat(history.getType()).isEqualTo(Bundle.BundleType.HISTORY);
		List<BundleEntryComponent> entries = history.getEntry();
		assertThat(entries).extracting(entry -> entry.getRequest().getMethod())
			.containsExactly(HTTPVerb.DELETE, HTTPVerb.PUT, HTTPVerb.POST);
		assertThat(entries).extracting(entry -> entry.getRequest().getUrl())
			.containsOnly("Condition/" + created.getIdPart());
		assertThat(entries.get(0).hasResource()).isFalse();
		assertThat(entries.get(0).getFullUrl()).isEqualTo(base() + "/Condition/" + created.getIdPart());
		assertThat(entries.get(1).getResource().getMeta().getVersionId()).isEqualTo("2");
		assertThat(entries.get(2).getResource().getMeta().getVersionId()).isEqualTo("1");
	}

	@Test
	void historyPagesWithCountAndStaysStableWhenWritesArriveDuringPaging() {
		Date since = new Date(store.put(condition("Patient/history-paging").setId("paging-marker")).getMeta()
			.getLastUpdated().getTime() + 1);
		for (int number = 1; number <= 5; number++) {
			store.put(condition("Patient/history-paging").setId("history-paging-" + number));
		}

		Bundle page = client.history().onType(Condition.class).returnBundle(Bundle.class).since(since).count(2)
			.execute();
		List<String> ids = new ArrayList<>(ids(page));
		store.put(condition("Patient/history-paging").setId("history-paging-late"));
		store.delete(Condition.class, "history-paging-1");
		while (page.getLink(Bundle.LINK_NEXT) != null) {
			page = client.loadPage().next(page).execute();
			ids.addAll(ids(page));
		}

		assertThat(ids).containsExactly("history-paging-5", "history-paging-4", "history-paging-3", "history-paging-2",
				"history-paging-1");
		assertThat(client.history().onType(Condition.class).returnBundle(Bundle.class).since(since).execute()
			.getEntryFirstRep().getRequest().getMethod()).isEqualTo(HTTPVerb.DELETE);
	}

	@Test
	void instanceAndSystemHistoryIncludeTheDeletion() {
		Date since = new Date(store.put(condition("Patient/history-all").setId("history-all-marker")).getMeta()
			.getLastUpdated().getTime() + 1);
		Condition condition = condition("Patient/history-all");
		condition.setId("history-all-1");
		client.update().resource(condition).execute();
		client.delete().resourceById("Condition", "history-all-1").execute();

		Bundle instance = client.history().onInstance("Condition/history-all-1").returnBundle(Bundle.class).execute();
		Bundle system = client.history().onServer().returnBundle(Bundle.class).since(since).execute();

		assertThat(instance.getEntry()).extracting(entry -> entry.getRequest().getMethod())
			.containsExactly(HTTPVerb.DELETE, HTTPVerb.PUT);
		assertThat(system.getEntry()).extracting(entry -> entry.getRequest().getMethod())
			.containsExactly(HTTPVerb.DELETE, HTTPVerb.PUT);
		assertThatExceptionOfType(ResourceNotFoundException.class).isThrownBy(() -> client.history()
			.onInstance("Condition/never-was")
			.returnBundle(Bundle.class)
			.execute());
	}

	private Bundle searchByPatient(String patientId) {
		return client.search()
			.forResource(Condition.class)
			.where(Condition.PATIENT.hasId(patientId))
			.returnBundle(Bundle.class)
			.execute();
	}

	private int httpDelete(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + path)).DELETE().build(), BodyHandlers.discarding())
			.statusCode();
	}

	private String base() {
		return "http://localhost:" + port + "/fhir";
	}

	private static List<String> ids(Bundle bundle) {
		return bundle.getEntry().stream().map(entry -> new org.hl7.fhir.r4.model.IdType(entry.getFullUrl()).getIdPart())
			.toList();
	}

	private static Condition condition(String subject) {
		return new Condition().setSubject(new Reference(subject));
	}

}
