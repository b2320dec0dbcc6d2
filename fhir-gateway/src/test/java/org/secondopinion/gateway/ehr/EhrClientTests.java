package org.secondopinion.gateway.ehr;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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

	private final List<String> authorizations = new ArrayList<>();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private double random = 1.0;

	private HttpServer server;

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/fhir", exchange -> {
			calls.incrementAndGet();
			authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
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

	@Test
	void honoursARetryAfterGivenAsAnHttpDateUpToTheMaximumBackoff() {
		String inAMinute = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
			.format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(60));
		String past = "Wed, 21 Oct 2015 07:28:00 GMT";
		script.add(new Scripted(503, "{}", Map.of("Retry-After", inAMinute)));
		script.add(new Scripted(503, "{}", Map.of("Retry-After", past)));

		client(5, 1_000_000).search("Condition", Map.of());

		assertThat(sleeps).as("capped at the 5 s maximum, then at once").containsExactly(5000L, 0L);
	}

	@Test
	void capsARetryAfterOfAnyLengthAtTheMaximumBackoff() {
		script.add(new Scripted(429, "{}", Map.of("Retry-After", "99999999999999999")));

		client(5, 1_000_000).search("Condition", Map.of());

		assertThat(sleeps).containsExactly(5000L);
	}

	@Test
	void spreadsRetriesWithJitterBetweenHalfAndAllOfTheBackoff() {
		random = 0.0;
		for (int i = 0; i < 2; i++) {
			script.add(new Scripted(500, "{}", Map.of()));
		}

		client(5, 1_000_000).search("Condition", Map.of());

		assertThat(sleeps).containsExactly(50L, 100L);
		assertThat(meters.counter("gateway.ehr.retries", "ehr", "test").count()).isEqualTo(2);
		assertThat(meters.counter("gateway.ehr.requests", "ehr", "test", "outcome", "server-error").count()).isEqualTo(2);
		assertThat(meters.counter("gateway.ehr.requests", "ehr", "test", "outcome", "success").count()).isEqualTo(1);
	}

	@Test
	void opensTheBreakerAfterConsecutiveFailedCallsAndThenCallsNoMore() {
		for (int i = 0; i < 3; i++) {
			script.add(new Scripted(503, "{}", Map.of()));
		}
		EhrClient client = client(1, 1_000_000);
		for (int i = 0; i < 3; i++) {
			assertThatThrownBy(() -> client.search("Condition", Map.of())).isInstanceOf(EhrUnavailableException.class);
		}

		assertThatThrownBy(() -> client.search("Condition", Map.of())).isInstanceOf(CircuitOpenException.class)
			.hasMessageContaining("circuit breaker open after 3 consecutive failures");
		assertThat(calls).hasValue(3);
		assertThat(client.circuitOpen()).isTrue();
		EhrConnectionStatus status = client.connectionStatus();
		assertThat(status.breaker()).isEqualTo(BreakerState.OPEN);
		assertThat(status.healthy()).isFalse();
		assertThat(status.lastError()).contains("HTTP 503").contains("GET /fhir/Condition").doesNotContain("?");
		assertThat(meters.get("gateway.ehr.breaker.state").tag("ehr", "test").gauge().value()).isEqualTo(2);
	}

	@Test
	void aClientErrorDoesNotCountAgainstTheEhr() {
		for (int i = 0; i < 4; i++) {
			script.add(new Scripted(404, "{}", Map.of()));
		}
		EhrClient client = client(1, 1_000_000);
		for (int i = 0; i < 4; i++) {
			assertThatThrownBy(() -> client.search("Condition", Map.of())).isInstanceOf(EhrUnavailableException.class);
		}

		assertThat(client.connectionStatus().breaker()).isEqualTo(BreakerState.CLOSED);
		assertThat(calls).hasValue(4);
	}

	@Test
	void fetchesFreshCredentialsOnceWhenTheEhrAnswers401() {
		script.add(new Scripted(401, "{}", Map.of()));
		List<String> issued = new ArrayList<>(List.of("Bearer first", "Bearer second"));
		Authenticator auth = new Authenticator() {

			private String current;

			@Override
			public Optional<String> authorization() {
				if (current == null) {
					current = issued.removeFirst();
				}
				return Optional.of(current);
			}

			@Override
			public void invalidate() {
				current = null;
			}

		};

		client(5, 1_000_000, null, auth).search("Condition", Map.of());

		assertThat(authorizations).containsExactly("Bearer first", "Bearer second");
		assertThat(sleeps).as("no backoff before the retry with new credentials").isEmpty();
	}

	@Test
	void reportsCredentialsRefusedTwiceAsAnAuthenticationFailure() {
		script.add(new Scripted(401, "{}", Map.of()));
		script.add(new Scripted(401, "{}", Map.of()));
		Authenticator auth = () -> Optional.of("Bearer stale");

		assertThatThrownBy(() -> client(5, 1_000_000, null, auth).search("Condition", Map.of()))
			.isInstanceOf(EhrAuthenticationException.class)
			.hasMessageContaining("refused the gateway's credentials: HTTP 401");
		assertThat(calls).hasValue(2);
	}

	@Test
	void waitsForTheRateLimitSharedByAllCalls() {
		EhrClient client = client(5, 1_000_000, 1.0, null);

		client.search("Condition", Map.of());
		client.search("Condition", Map.of());

		assertThat(sleeps).singleElement().satisfies(wait -> assertThat(wait).isBetween(500L, 1000L));
		assertThat(meters.timer("gateway.ehr.rate-limit.wait", "ehr", "test").count()).isEqualTo(1);
	}

	private EhrClient client(int attempts, long maxBytes) {
		return client(attempts, maxBytes, null, null);
	}

	private EhrClient client(int attempts, long maxBytes, Double requestsPerSecond, Authenticator auth) {
		GatewaySettings.Ehr ehr = new GatewaySettings.Ehr("test", URI.create(base()), null, null, null,
				requestsPerSecond, null);
		GatewaySettings.Retry retry = new GatewaySettings.Retry(attempts, Duration.ofMillis(100), Duration.ofSeconds(5),
				Duration.ofSeconds(5));
		GatewaySettings settings = new GatewaySettings(Duration.ofSeconds(5), 10, 1, maxBytes, retry, List.of(ehr),
				new GatewaySettings.CircuitBreaker(3, Duration.ofMinutes(1)));
		JsonMapper mapper = JsonMapper.builder().build();
		EhrConnections.Connection connection = EhrConnections.connect(ehr, settings, HttpClient.newHttpClient(), mapper,
				meters, Clock.systemUTC(), sleeps::add, () -> random);
		return new EhrClient(auth == null ? connection : new EhrConnections.Connection(connection.transport(), auth),
				ehr, mapper);
	}

	private String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
	}

	private record Scripted(int status, String body, Map<String, String> headers) {
	}

}
