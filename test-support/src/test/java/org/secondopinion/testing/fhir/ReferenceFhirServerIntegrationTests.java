package org.secondopinion.testing.fhir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceFhirServerIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void answersMetadataAsHapiJpaServerOfferingExportAndTypeHistory() throws Exception {
		ReferenceFhirServer server = ReferenceFhirServer.shared();

		JsonNode capabilities = get(server.baseUrl() + "/metadata");

		assertThat(capabilities.path("resourceType").asString()).isEqualTo("CapabilityStatement");
		assertThat(capabilities.path("software").path("name").asString()).contains("HAPI FHIR");
		assertThat(capabilities.path("fhirVersion").asString()).isEqualTo("4.0.1");
		JsonNode rest = capabilities.path("rest").path(0);
		assertThat(rest.path("operation").valueStream().map((op) -> op.path("name").asString()))
			.contains("export", "export-poll-status");
		JsonNode observation = rest.path("resource")
			.valueStream()
			.filter((type) -> type.path("type").asString().equals("Observation"))
			.findFirst()
			.orElseThrow();
		assertThat(observation.path("interaction").valueStream().map((i) -> i.path("code").asString()))
			.contains("history-type", "search-type", "create", "update", "delete");
	}

	@Test
	void isSharedWithinTheJvmAndKeepsClientAssignedIds() throws Exception {
		ReferenceFhirServer server = ReferenceFhirServer.shared();
		assertThat(ReferenceFhirServer.shared()).isSameAs(server);
		String id = "launcher-" + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/Patient/" + id))
			.header("Content-Type", "application/fhir+json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"resourceType\":\"Patient\",\"id\":\"" + id + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(get(server.baseUrl() + "/Patient/" + id).path("meta").path("versionId").asString()).isEqualTo("1");
	}

	private static JsonNode get(String url) throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/fhir+json").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("GET %s", url).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
