package org.secondopinion.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.secondopinion.sandbox.store.FhirStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SandboxEhrTest
class FaultsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private Faults faults;

	@Autowired
	private FhirStore store;

	private final HttpClient http = HttpClient.newHttpClient();

	private final IParser strict = FhirContext.forR4Cached().newJsonParser()
		.setParserErrorHandler(new StrictErrorHandler());

	private IGenericClient client;

	@BeforeEach
	void connect() {
		client = FhirContext.forR4Cached().newRestfulGenericClient(base());
	}

	@AfterEach
	void clear() {
		faults.clearFaults();
	}

	@Test
	void malformedResourceFailsStrictParsingOnItsOwnInAValidBundle() throws Exception {
		store.put(observation("faults-good-1", "faults-bundle"));
		faults.putMalformed("Observation", "faults-bad-1", "faults-bundle");
		store.put(observation("faults-good-2", "faults-bundle"));

		HttpResponse<String> response = get("/Observation?patient=faults-bundle");
		JsonNode bundle = JSON.readTree(response.body());

		List<String> parsed = new ArrayList<>();
		List<String> rejected = new ArrayList<>();
		for (JsonNode entry : bundle.get("entry")) {
			JsonNode resource = entry.get("resource");
			try {
				parsed.add(strict.parseResource(Observation.class, resource.toString()).getIdPart());
			}
			catch (DataFormatException ex) {
				rejected.add(resource.get("id").asString());
			}
		}
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(parsed).containsExactly("faults-good-1", "faults-good-2");
		assertThat(rejected).containsExactly("faults-bad-1");
		assertThat(response.body()).contains(MalformedOutput.BROKEN_FIELDS).doesNotContain(Faults.MARKER_URL);
	}

	@Test
	void malformedResourceIsInvalidWhenReadAndKeepsItsPlaceInLastUpdatedSearches() throws Exception {
		String lastUpdated = faults.putMalformed("Condition", "faults-bad-2", "faults-read")
			.getMeta()
			.getLastUpdatedElement()
			.getValueAsString();

		String read = get("/Condition/faults-bad-2").body();
		JsonNode found = JSON.readTree(get("/Condition?_lastUpdated=ge" + lastUpdated.replace("+", "%2B")).body());

		assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> strict.parseResource(read));
		assertThat(JSON.readTree(read).get("meta").get("versionId").asString()).isEqualTo("1");
		assertThat(found.get("entry").get(0).get("resource").get("id").asString()).isEqualTo("faults-bad-2");
	}

	@Test
	void failNextAnswersTheNextRequestsWithTheStatusThenRecovers() {
		store.put(new Patient().setId("faults-fail"));
		client.capabilities().ofType(org.hl7.fhir.r4.model.CapabilityStatement.class).execute();
		faults.failNext(2, 503);

		for (int attempt = 1; attempt <= 2; attempt++) {
			assertThatExceptionOfType(BaseServerResponseException.class)
				.isThrownBy(() -> client.read().resource(Patient.class).withId("faults-fail").execute())
				.satisfies(ex -> assertThat(ex.getStatusCode()).isEqualTo(503));
		}
		assertThat(client.read().resource(Patient.class).withId("faults-fail").execute().getIdPart())
			.isEqualTo("faults-fail");
	}

	@Test
	void injectedFailureCarriesRetryAfterAndAnOperationOutcome() throws Exception {
		faults.failNext(1, 429);

		HttpResponse<String> response = get("/Patient");

		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).contains("1");
		OperationOutcome outcome = strict.parseResource(OperationOutcome.class, response.body());
		assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.THROTTLED);
		assertThat(get("/Patient").statusCode()).isEqualTo(200);
	}

	@Test
	void metadataIsNeverFailed() throws Exception {
		faults.failNext(1, 503);

		assertThat(get("/metadata").statusCode()).isEqualTo(200);
		assertThat(get("/Patient").statusCode()).isEqualTo(503);
	}

	@Test
	void clearFaultsCancelsFailuresAndRemovesMalformedResources() throws Exception {
		faults.putMalformed("Observation", "faults-bad-3", "faults-clear");
		faults.failNext(5, 503);

		faults.clearFaults();

		assertThat(get("/Observation/faults-bad-3").statusCode()).isEqualTo(404);
		assertThat(get("/Observation?patient=faults-clear").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
			.header("Accept", "application/fhir+json")
			.build();
		return http.send(request, BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + port + "/fhir";
	}

	private static Observation observation(String id, String patientId) {
		Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
			.setSubject(new Reference("Patient/" + patientId));
		observation.getCode().addCoding().setSystem("http://loinc.org").setCode("8480-6");
		observation.setId(id);
		return observation;
	}

}
