package org.secondopinion.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SandboxEhrTest
class FaultsControllerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private Faults faults;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void clear() {
		faults.clearFaults();
	}

	@Test
	void postSetsTheSwitchesItNamesAndGetShowsThem() throws Exception {
		HttpResponse<String> posted = post("""
				{"latencyMs": 5, "failNext": {"count": 2, "status": 503, "retryAfterSeconds": 4},
				 "dropConnection": {"count": 1}, "duplicateAcrossPages": true, "pageSizeCap": 20,
				 "malformed": [{"type": "Observation", "id": "admin-bad-1", "patientId": "admin"}]}""");
		post("{\"pageSizeCap\": 10}");

		JsonNode state = JSON.readTree(send(HttpRequest.newBuilder(admin()).GET()).body());

		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(state.get("latencyMs").asLong()).isEqualTo(5);
		assertThat(state.get("failNext").get("count").asInt()).isEqualTo(2);
		assertThat(state.get("failNext").get("status").asInt()).isEqualTo(503);
		assertThat(state.get("failNext").get("retryAfterSeconds").asInt()).isEqualTo(4);
		assertThat(state.get("dropConnection").get("afterBytes").asInt()).isEqualTo(Faults.DEFAULT_DROP_AFTER_BYTES);
		assertThat(state.get("duplicateAcrossPages").asBoolean()).isTrue();
		assertThat(state.get("pageSizeCap").asInt()).isEqualTo(10);
		assertThat(state.get("malformed").get(0).asString()).isEqualTo("Observation/admin-bad-1");
	}

	@Test
	void switchesSetOverHttpActOnTheFhirEndpoint() throws Exception {
		post("{\"failNext\": {\"count\": 1, \"status\": 429, \"retryAfterSeconds\": 2}}");

		HttpResponse<String> failed = send(HttpRequest.newBuilder(fhir("/Patient")).GET());

		assertThat(failed.statusCode()).isEqualTo(429);
		assertThat(failed.headers().firstValue("Retry-After")).contains("2");
		assertThat(send(HttpRequest.newBuilder(fhir("/Patient")).GET()).statusCode()).isEqualTo(200);
	}

	@Test
	void deleteTurnsEverythingOff() throws Exception {
		post("{\"failNext\": {\"count\": 5, \"status\": 503}, \"latencyMs\": 1000}");

		HttpResponse<String> deleted = send(HttpRequest.newBuilder(admin()).DELETE());

		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(faults.state().latencyMs()).isZero();
		assertThat(send(HttpRequest.newBuilder(fhir("/Patient")).GET()).statusCode()).isEqualTo(200);
	}

	@Test
	void rejectsInvalidSwitches() throws Exception {
		HttpResponse<String> response = post("{\"failNext\": {\"count\": 1, \"status\": 200}}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("error").asString()).contains("httpStatus");
	}

	private HttpResponse<String> post(String json) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(admin())
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), BodyHandlers.ofString());
	}

	private URI admin() {
		return URI.create("http://localhost:" + port + "/admin/faults");
	}

	private URI fhir(String path) {
		return URI.create("http://localhost:" + port + "/fhir" + path);
	}

}
