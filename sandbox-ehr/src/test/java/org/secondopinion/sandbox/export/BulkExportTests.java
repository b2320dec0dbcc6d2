package org.secondopinion.sandbox.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.secondopinion.sandbox.store.FhirStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SandboxEhrTest
class BulkExportTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final IParser PARSER = FhirContext.forR4Cached().newJsonParser();

	@LocalServerPort
	private int port;

	@Autowired
	private FhirStore store;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void systemExportWritesOneNdjsonFilePerTypeAndAManifest() throws Exception {
		String since = marker();
		store.put(new Patient().setId("export-sys"));
		for (int number = 1; number <= 3; number++) {
			store.put(new Condition().setSubject(new Reference("Patient/export-sys")).setId("export-sys-" + number));
		}
		store.put(new Practitioner().setId("export-sys-doctor"));

		HttpResponse<String> kickOff = kickOff("/$export?_type=Patient,Condition,Practitioner&_since=" + since);
		JsonNode manifest = awaitManifest(kickOff);

		assertThat(kickOff.statusCode()).isEqualTo(202);
		assertThat(manifest.get("requiresAccessToken").asBoolean()).isFalse();
		assertThat(manifest.get("request").asString())
			.endsWith("/fhir/$export?_type=Patient,Condition,Practitioner&_since=" + since);
		assertThat(manifest.get("transactionTime").asString()).isNotBlank();
		assertThat(manifest.get("error")).isEmpty();
		assertThat(counts(manifest)).containsExactly(Map.entry("Condition", 3), Map.entry("Patient", 1),
				Map.entry("Practitioner", 1));
		List<Resource> conditions = download(url(manifest, "Condition"));
		assertThat(conditions).extracting(Resource::getIdPart)
			.containsExactly("export-sys-1", "export-sys-2", "export-sys-3");
	}

	@Test
	void filesAreServedAsFhirNdjson() throws Exception {
		String since = marker();
		store.put(new Patient().setId("export-file"));

		JsonNode manifest = awaitManifest(kickOff("/$export?_type=Patient&_since=" + since));
		HttpResponse<String> file = http.send(HttpRequest.newBuilder(URI.create(url(manifest, "Patient"))).build(),
				BodyHandlers.ofString());

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/fhir+ndjson"));
		assertThat(file.body()).endsWith("\n").doesNotContain("\n\n");
		assertThat(file.body().lines()).hasSize(1);
	}

	@Test
	void patientExportLeavesOutWhatIsAboutNoPatient() throws Exception {
		String since = marker();
		store.put(new Patient().setId("export-pat"));
		store.put(new Condition().setSubject(new Reference("Patient/export-pat")).setId("export-pat-c"));
		store.put(new Practitioner().setId("export-pat-doctor"));

		JsonNode manifest = awaitManifest(kickOff("/Patient/$export?_since=" + since));

		assertThat(counts(manifest)).containsOnlyKeys("Patient", "Condition");
	}

	@Test
	void groupExportHoldsOnlyTheMembersResources() throws Exception {
		String since = marker();
		store.put(new Condition().setSubject(new Reference("Patient/export-member")).setId("export-member-c"));
		store.put(new Condition().setSubject(new Reference("Patient/export-stranger")).setId("export-stranger-c"));
		Group group = new Group().setType(Group.GroupType.PERSON).setActual(true);
		group.addMember().setEntity(new Reference("Patient/export-member"));
		group.setId("export-group");
		store.put(group);

		JsonNode manifest = awaitManifest(kickOff("/Group/export-group/$export?_type=Condition&_since=" + since));

		assertThat(download(url(manifest, "Condition"))).extracting(Resource::getIdPart)
			.containsExactly("export-member-c");
		assertThat(kickOff("/Group/no-such-group/$export").statusCode()).isEqualTo(404);
	}

	@Test
	void theGroupOfAllPatientsIsThere() throws Exception {
		HttpResponse<String> group = http.send(HttpRequest.newBuilder(fhir("/Group/all-patients")).build(),
				BodyHandlers.ofString());

		assertThat(group.statusCode()).isEqualTo(200);
		assertThat(counts(awaitManifest(kickOff("/Group/all-patients/$export?_type=Patient")))
			.get("Patient")).isGreaterThanOrEqualTo(5);
	}

	@Test
	void kickOffNeedsPreferRespondAsyncAndKnownTypesAndFormats() throws Exception {
		HttpResponse<String> synchronous = http.send(HttpRequest.newBuilder(fhir("/$export")).build(),
				BodyHandlers.ofString());

		assertThat(synchronous.statusCode()).isEqualTo(400);
		assertThat(synchronous.body()).contains("respond-async");
		assertThat(kickOff("/$export?_type=Nonsense").statusCode()).isEqualTo(400);
		assertThat(kickOff("/$export?_outputFormat=text/csv").statusCode()).isEqualTo(400);
	}

	@Test
	void pollingAJobStillRunningAnswers202WithProgressAndDeleteCancelsIt() throws Exception {
		String since = marker();
		for (int number = 0; number < 30_000; number++) {
			store.put(new Observation().setSubject(new Reference("Patient/export-big")).setId("export-big-" + number));
		}

		HttpResponse<String> kickOff = kickOff("/$export?_type=Observation&_since=" + since);
		URI status = URI.create(kickOff.headers().firstValue("Content-Location").orElseThrow());
		HttpResponse<String> running = http.send(HttpRequest.newBuilder(status).build(), BodyHandlers.ofString());
		HttpResponse<String> cancelled = http.send(HttpRequest.newBuilder(status).DELETE().build(),
				BodyHandlers.ofString());

		assertThat(running.statusCode()).isEqualTo(202);
		assertThat(running.headers().firstValue("X-Progress")).isPresent();
		assertThat(running.headers().firstValue("Retry-After")).contains("1");
		assertThat(cancelled.statusCode()).isEqualTo(202);
		assertThat(http.send(HttpRequest.newBuilder(status).build(), BodyHandlers.ofString()).statusCode())
			.isEqualTo(404);
		assertThat(http.send(HttpRequest.newBuilder(status).DELETE().build(), BodyHandlers.ofString()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void deleteRemovesTheFilesOfAFinishedExport() throws Exception {
		String since = marker();
		store.put(new Patient().setId("export-gone"));
		HttpResponse<String> kickOff = kickOff("/$export?_type=Patient&_since=" + since);
		String file = url(awaitManifest(kickOff), "Patient");

		http.send(HttpRequest.newBuilder(URI.create(kickOff.headers().firstValue("Content-Location").orElseThrow()))
			.DELETE()
			.build(), BodyHandlers.discarding());

		assertThat(http.send(HttpRequest.newBuilder(URI.create(file)).build(), BodyHandlers.discarding()).statusCode())
			.isEqualTo(404);
	}

	/** The instant after the latest write, URL-encoded, for {@code _since}. */
	private String marker() {
		Resource marker = store.put(new Patient().setId("export-marker"));
		String instant = new InstantType(marker.getMeta().getLastUpdated()).getValueAsString();
		return URLEncoder.encode(instant, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> kickOff(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(fhir(path))
			.header("Accept", "application/fhir+json")
			.header("Prefer", "respond-async")
			.build(), BodyHandlers.ofString());
	}

	private JsonNode awaitManifest(HttpResponse<String> kickOff) throws Exception {
		assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
		URI status = URI.create(kickOff.headers().firstValue("Content-Location").orElseThrow());
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(status).build(), BodyHandlers.ofString());
			if (response.statusCode() == 200) {
				assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
						type -> assertThat(type).startsWith("application/json"));
				return JSON.readTree(response.body());
			}
			assertThat(response.statusCode()).isEqualTo(202);
			Thread.sleep(50);
		}
		throw new AssertionError("Export did not complete: " + status);
	}

	private List<Resource> download(String url) throws Exception {
		String body = http.send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.ofString()).body();
		List<Resource> resources = new ArrayList<>();
		body.lines().forEach(line -> resources.add((Resource) PARSER.parseResource(line)));
		return resources;
	}

	private static Map<String, Integer> counts(JsonNode manifest) {
		Map<String, Integer> counts = new TreeMap<>();
		manifest.get("output").forEach(output -> counts.merge(output.get("type").asString(),
				output.get("count").asInt(), Integer::sum));
		return counts;
	}

	private static String url(JsonNode manifest, String type) {
		for (JsonNode output : manifest.get("output")) {
			if (output.get("type").asString().equals(type)) {
				return output.get("url").asString();
			}
		}
		throw new AssertionError("No " + type + " in " + manifest);
	}

	private URI fhir(String path) {
		return URI.create("http://localhost:" + port + "/fhir" + path);
	}

}
