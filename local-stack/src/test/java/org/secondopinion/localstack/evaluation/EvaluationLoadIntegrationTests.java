package org.secondopinion.localstack.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.EhrId;
import org.secondopinion.sandbox.scenarios.ScenarioDates;
import org.secondopinion.testing.fhir.ReferenceFhirServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation's loader against the stock HAPI FHIR JPA server, which checks every reference on write. */
class EvaluationLoadIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void loadsARecordWhoseConditionAndEncounterReferenceEachOther() throws Exception {
		String base = ReferenceFhirServer.shared().baseUrl();
		String p = "ev-" + UUID.randomUUID().toString().substring(0, 8);
		JsonNode bundle = JSON.readTree("""
				{"resourceType": "Bundle", "type": "transaction", "entry": [
				 {"fullUrl": "https://ehr.example.org/fhir/Patient/%1$s", "resource": {"resourceType": "Patient", "id": "%1$s"},
				  "request": {"method": "PUT", "url": "Patient/%1$s"}},
				 {"fullUrl": "https://ehr.example.org/fhir/Condition/%1$s-c", "resource": {"resourceType": "Condition",
				  "id": "%1$s-c", "subject": {"reference": "Patient/%1$s"}, "encounter": {"reference": "Encounter/%1$s-e"},
				  "code": {"text": "Acute decompensated heart failure"}, "recordedDate": "2026-11-12"},
				  "request": {"method": "PUT", "url": "Condition/%1$s-c"}},
				 {"fullUrl": "https://ehr.example.org/fhir/Encounter/%1$s-e", "resource": {"resourceType": "Encounter",
				  "id": "%1$s-e", "status": "finished", "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
				  "code": "EMER"}, "subject": {"reference": "Patient/%1$s"},
				  "diagnosis": [{"condition": {"reference": "Condition/%1$s-c"}}], "period": {"start": "2026-11-12"}},
				  "request": {"method": "PUT", "url": "Encounter/%1$s-e"}}
				]}""".formatted(p));
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		Evaluation evaluation = new Evaluation(URI.create(base), URI.create("http://127.0.0.1:9"),
				URI.create("http://127.0.0.1:9"), EhrId.of("reference"), () -> "unused", Duration.ofSeconds(1),
				new PrintStream(printed, true, StandardCharsets.UTF_8));

		evaluation.load(new EvaluationSet.Case(p, "UNTREATABLE_PROGNOSIS", "positive", Set.of(), "a cycle", bundle),
				ScenarioDates.between(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8)));

		assertThat(status(base + "/Condition/" + p + "-c")).isEqualTo(200);
		JsonNode encounter = JSON.readTree(body(base + "/Encounter/" + p + "-e"));
		assertThat(encounter.path("diagnosis").path(0).path("condition").path("reference").asString())
			.isEqualTo("Condition/" + p + "-c");
		assertThat(encounter.path("period").path("start").asString()).as("dates moved by a week").startsWith("2026-11-19");
	}

	private int status(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private String body(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/fhir+json").build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

}
