package org.secondopinion.gateway.ehr;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.gateway.GatewaySettings;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EhrHealthIndicatorTests {

	private final AtomicInteger status = new AtomicInteger(200);

	private HttpServer server;

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/fhir", exchange -> {
			byte[] body = "{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status.get(), body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	@Test
	void isUnknownBeforeTheFirstCallUpAfterASuccessAndDownWithTheReasonAfterAFailure() {
		EhrClient client = client();
		EhrHealthIndicator health = new EhrHealthIndicator(client);
		assertThat(health.health().getStatus()).isEqualTo(Status.UNKNOWN);

		client.search("Patient", Map.of("name", "Doe"));
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);

		status.set(503);
		assertThatThrownBy(() -> client.search("Patient", Map.of("name", "Doe")));
		Health down = health.health();

		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat(down.getDetails()).containsEntry("breaker", "CLOSED").containsEntry("consecutiveFailures", 1)
			.containsKeys("lastSuccessAt", "lastFailureAt");
		assertThat((String) down.getDetails().get("lastError")).contains("HTTP 503", "GET /fhir/Patient")
			.as("no query, which may name a patient").doesNotContain("Doe");
	}

	private EhrClient client() {
		GatewaySettings.Ehr ehr = new GatewaySettings.Ehr("north",
				URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fhir"), null, null);
		GatewaySettings settings = new GatewaySettings(Duration.ofSeconds(5), 10, 1, 1_000_000,
				new GatewaySettings.Retry(1, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(5)),
				List.of(ehr));
		JsonMapper mapper = JsonMapper.builder().build();
		return new EhrClient(EhrConnections.connect(ehr, settings, HttpClient.newHttpClient(), mapper,
				new SimpleMeterRegistry(), Clock.systemUTC(), millis -> {
				}, () -> 1.0), ehr, mapper);
	}

}
