package org.secondopinion.gateway.ehr;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.gateway.GatewaySettings;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** EhrClient against a real HTTP server that answers from a script of responses. */
class EhrClientTests {

	private static final String BUNDLE = """
			{"resourceType":"Bundle","type":"searchset",
			 "link":[{"relation":"self","url":"Condition"},{"relation":"next","url":"Condition?page=2"}],
			 "entry":[{"resource":{"resourceType":"Condition","id":"c1"},"search":{"mode":"match"}},
			          {"resource":{"resourceType":"OperationOutcome","id":"oo"},"search":{"mode":"outcome"}}]}""";

	private final Deque<Scripted> script = new ConcurrentLinkedDeque<>();

	private final AtomicInteger calls = new AtomicInteger();

	private final List<Long> sleeps = new ArrayList<>();

	private HttpServer server;

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/fhir", exchange -> {
			calls.incrementAndGet();
			Scripted next = script.isEmpty() ? new Scripted(200, BUNDLE, Map.of()) : script.poll();
			next.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
			byte[] body = next.body().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(next.status(), body.length);
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
	void readsMatchesAndResolvesTheNextLinkAgainstTheEhr() {
		BundlePage page = client(5, 1_000_000).search("Condition", Map.of("_count", "2"));

		assertThat(page.resources()).singleElement().satisfies(r -> assertThat(r.path("id").asString()).isEqualTo("c1"));
		assertThat(page.next()).contains(URI.create(base() + "/Condition?page=2"));
	}

	@Test
	void waitsAsToldByRetryAfterOn429ThenSucceeds() {
		script.add(new Scripted(429, "{}", Map.of("Retry-After", "2")));
		script.add(new Scripted(503, "{}", Map.of()));

		BundlePage page = client(5, 1_000_000).search("Condition", Map.of());

		assertThat(page.resources()).hasSize(1);
		assertThat(calls).hasValue(3);
		assertThat(sleeps).containsExactly(2000L, 200L);
	}

	@Test
	void givesUpAfterTheLastAttemptNamingTheStatus() {
		for (int i = 0; i < 3; i++) {
			script.add(new Scripted(503, "{}", Map.of()));
		}

		assertThatThrownBy(() -> client(3, 1_000_000).search("Condition", Map.of()))
			.isInstanceOf(EhrUnavailableException.class)
			.hasMessageContaining("still failing after 3 attempts (last: HTTP 503)");
		assertThat(sleeps).containsExactly(100L, 200L);
	}

	@Test
	void doesNotRetryAClientError() {
		script.add(new Scripted(404, "{}", Map.of()));

		assertThatThrownBy(() -> client(5, 1_000_000).search("Condition", Map.of()))
			.isInstanceOfSatisfying(EhrUnavailableException.class, ex -> assertThat(ex.status()).isEqualTo(404));
		assertThat(calls).hasValue(1);
	}

	@Test
	void refusesAPageLargerThanTheLimit() {
		assertThatThrownBy(() -> client(5, 100).search("Condition", Map.of()))
			.isInstanceOf(EhrUnavailableException.class)
			.hasMessageContaining("larger than the limit of 100 bytes");
	}

	@Test
	void refusesAnAnswerThatIsNotABundle() {
		script.add(new Scripted(200, "{\"resourceType\":\"Patient\",\"id\":\"x\"}", Map.of()));

		assertThatThrownBy(() -> client(5, 1_000_000).search("Condition", Map.of()))
			.isInstanceOf(EhrUnavailableException.class)
			.hasMessageContaining("Expected a FHIR Bundle");
	}

	private EhrClient client(int attempts, long maxBytes) {
		GatewaySettings.Ehr ehr = new GatewaySettings.Ehr("test", URI.create(base()), null, null);
		GatewaySettings.Retry retry = new GatewaySettings.Retry(attempts, Duration.ofMillis(100), Duration.ofSeconds(5),
				Duration.ofSeconds(5));
		return new EhrClient(ehr, retry, maxBytes, HttpClient.newHttpClient(), JsonMapper.builder().build(), sleeps::add);
	}

	private String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
	}

	private record Scripted(int status, String body, Map<String, String> headers) {
	}

}
