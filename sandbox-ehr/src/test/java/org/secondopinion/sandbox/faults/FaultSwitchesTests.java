package org.secondopinion.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.secondopinion.sandbox.store.FhirStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxEhrTest
class FaultSwitchesTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Faults faults;

	@Autowired
	private FhirStore store;

	private final HttpClient http = HttpClient.newHttpClient();

	private IGenericClient client;

	@BeforeEach
	void connect() {
		client = FhirContext.forR4Cached().newRestfulGenericClient(base());
		store.put(new Patient().setId("switches"));
		for (int number = 1; number <= 5; number++) {
			store.put(new Condition().setSubject(new Reference("Patient/switches")).setId("switches-" + number));
		}
	}

	@AfterEach
	void clear() {
		faults.clearFaults();
	}

	@Test
	void latencyDelaysEveryRequestButMetadata() throws Exception {
		faults.delayResponses(Duration.ofMillis(400));

		long start = System.nanoTime();
		client.read().resource(Patient.class).withId("switches").execute();
		Duration read = Duration.ofNanos(System.nanoTime() - start);
		start = System.nanoTime();
		get("/metadata");
		Duration metadata = Duration.ofNanos(System.nanoTime() - start);

		assertThat(read).isGreaterThanOrEqualTo(Duration.ofMillis(400));
		assertThat(metadata).isLessThan(Duration.ofMillis(400));
	}

	@Test
	void tooManyRequestsCarriesTheRetryAfterAsked() throws Exception {
		faults.failNext(1, 429, Duration.ofSeconds(7));

		HttpResponse<String> response = get("/Patient/switches");

		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).contains("7");
	}

	@Test
	void serverErrorsFailThroughTheClient() {
		faults.failNext(1, 500);

		assertThatExceptionOfType(InternalErrorException.class)
			.isThrownBy(() -> client.read().resource(Patient.class).withId("switches").execute());
		assertThat(client.read().resource(Patient.class).withId("switches").execute().getIdPart())
			.isEqualTo("switches");
	}

	@Test
	void droppedConnectionCutsThePageShortThenTheNextRequestSucceeds() throws Exception {
		faults.dropConnectionNext(2, 200);

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> get("/Condition?patient=switches"));
		assertThatExceptionOfType(FhirClientConnectionException.class).isThrownBy(() -> client.search()
			.forResource(Condition.class)
			.where(Condition.PATIENT.hasId("switches"))
			.returnBundle(Bundle.class)
			.execute());
		assertThat(get("/Condition?patient=switches").statusCode()).isEqualTo(200);
	}

	@Test
	void droppedConnectionSendsOnlyTheFirstBytes() throws Exception {
		faults.dropConnectionNext(1, 100);

		HttpResponse<java.io.InputStream> response = http.send(request("/Condition?patient=switches"),
				BodyHandlers.ofInputStream());
		byte[] received = new byte[1000];
		int total = 0;
		try (var body = response.body()) {
			int read;
			while (total < received.length && (read = body.read(received, total, received.length - total)) > 0) {
				total += read;
			}
		}
		catch (IOException expected) {
			// the stream ends early, as it should
		}

		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(200);
		assertThat(total).isEqualTo(100);
	}

	@Test
	void eachPageRepeatsTheLastEntryOfThePageBefore() {
		faults.repeatLastEntryOnNextPage(true);

		assertThat(pagedIds(2)).containsExactly("switches-1", "switches-2", "switches-2", "switches-3", "switches-4",
				"switches-4", "switches-5");
	}

	@Test
	void historyPagesRepeatTheLastEntryToo() {
		Date since = new Date(store.put(new Patient().setId("switches-history")).getMeta().getLastUpdated().getTime()
				+ 1);
		for (int number = 1; number <= 3; number++) {
			store.put(new Condition().setSubject(new Reference("Patient/switches-history"))
				.setId("switches-h" + number));
		}
		faults.repeatLastEntryOnNextPage(true);

		Bundle page = client.history().onType(Condition.class).returnBundle(Bundle.class).since(since).count(2)
			.execute();
		List<String> ids = new ArrayList<>(ids(page));
		while (page.getLink(Bundle.LINK_NEXT) != null) {
			page = client.loadPage().next(page).execute();
			ids.addAll(ids(page));
		}

		assertThat(ids).containsExactly("switches-h3", "switches-h2", "switches-h2", "switches-h1");
	}

	@Test
	void pageSizeCapOverridesTheCountAskedForAndTheNextLinksSaySo() {
		faults.capPageSize(2);

		Bundle first = client.search()
			.forResource(Condition.class)
			.where(Condition.PATIENT.hasId("switches"))
			.count(50)
			.returnBundle(Bundle.class)
			.execute();

		assertThat(first.getEntry()).hasSize(2);
		assertThat(first.getLink(Bundle.LINK_NEXT).getUrl()).contains("_count=2");
		assertThat(pagedIds(50)).containsExactly("switches-1", "switches-2", "switches-3", "switches-4",
				"switches-5");
		assertThat(client.capabilities().ofType(CapabilityStatement.class).execute()).isNotNull();
	}

	@Test
	void clearFaultsTurnsEverySwitchOff() throws Exception {
		faults.delayResponses(Duration.ofSeconds(5));
		faults.failNext(3, 503);
		faults.dropConnectionNext(3, 10);
		faults.repeatLastEntryOnNextPage(true);
		faults.capPageSize(1);

		faults.clearFaults();

		assertThat(faults.state()).isEqualTo(new FaultState(0, new FaultState.Failures(0, 0, 0),
				new FaultState.Drops(0, 0), false, 0, List.of()));
		assertThat(get("/Patient/switches").statusCode()).isEqualTo(200);
		assertThat(pagedIds(2)).hasSize(5);
	}

	private List<String> pagedIds(int count) {
		Bundle page = client.search()
			.forResource(Condition.class)
			.where(Condition.PATIENT.hasId("switches"))
			.count(count)
			.returnBundle(Bundle.class)
			.execute();
		List<String> ids = new ArrayList<>(ids(page));
		while (page.getLink(Bundle.LINK_NEXT) != null) {
			page = client.loadPage().next(page).execute();
			ids.addAll(ids(page));
		}
		return ids;
	}

	private static List<String> ids(Bundle bundle) {
		return bundle.getEntry().stream().map(entry -> entry.getResource().getIdPart()).toList();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(request(path), BodyHandlers.ofString());
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/fhir+json").build();
	}

	private String base() {
		return "http://localhost:" + port + "/fhir";
	}

}
