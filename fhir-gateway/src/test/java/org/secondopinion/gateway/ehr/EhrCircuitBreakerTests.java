package org.secondopinion.gateway.ehr;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.gateway.GatewaySettings;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The circuit breaker of one EHR as its callers meet it: calls through an {@link EhrClient} to a real HTTP server,
 * one attempt per call, a threshold of 3 consecutive failures and a cool-down of 30 s on a clock the test moves.
 */
class EhrCircuitBreakerTests {

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	private final MutableClock clock = new MutableClock(START);

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private ScriptedEhr ehr;

	private EhrClient client;

	@BeforeEach
	void connect() throws IOException {
		ehr = new ScriptedEhr();
		GatewaySettings.Ehr settings = new GatewaySettings.Ehr("test", ehr.base(), null, null);
		GatewaySettings gateway = new GatewaySettings(Duration.ofSeconds(5), 10, 1, 1_000_000,
				new GatewaySettings.Retry(1, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(5)),
				List.of(settings), new GatewaySettings.CircuitBreaker(3, Duration.ofSeconds(30)));
		JsonMapper mapper = JsonMapper.builder().build();
		client = new EhrClient(EhrConnections.connect(settings, gateway, HttpClient.newHttpClient(), mapper, meters,
				clock, millis -> {
				}, () -> 1.0), settings, mapper);
	}

	@AfterEach
	void stop() {
		ehr.close();
	}

	@Test
	void staysClosedBelowTheThresholdAndASuccessResetsTheCount() {
		ehr.answer(503, 2);
		failCalls(2);
		client.search("Condition", Map.of());
		ehr.answer(503, 2);
		failCalls(2);

		EhrConnectionStatus status = client.connectionStatus();
		assertThat(status.breaker()).isEqualTo(BreakerState.CLOSED);
		assertThat(status.consecutiveFailures()).isEqualTo(2);
		assertThat(client.circuitOpen()).isFalse();
		client.search("Condition", Map.of());
		assertThat(ehr.requests()).isEqualTo(6);
	}

	@Test
	void opensAfterTheThresholdOfConsecutiveFailuresAndRefusesCallsUntilTheCoolDownIsOver() {
		ehr.answer(503, 3);
		failCalls(3);

		assertThat(client.connectionStatus().breaker()).isEqualTo(BreakerState.OPEN);
		assertThat(client.connectionStatus().nextTrialAt()).isEqualTo(START.plusSeconds(30));
		assertThat(client.circuitOpen()).isTrue();
		assertThatThrownBy(() -> client.search("Condition", Map.of())).isInstanceOf(CircuitOpenException.class)
			.hasMessageContaining("after 3 consecutive failures; next trial at 2026-01-01T00:00:30Z")
			.hasMessageContaining("(last error: EHR test still failing after 1 attempts (last: HTTP 503)");
		assertThat(ehr.requests()).as("the refused call never reached the EHR").isEqualTo(3);
		assertThat(meters.counter("gateway.ehr.requests", "ehr", "test", "outcome", "breaker-open").count())
			.isEqualTo(1);

		clock.advance(Duration.ofSeconds(30).plusMillis(1));
		assertThat(client.circuitOpen()).as("the cool-down is over").isFalse();
	}

	@Test
	void letsOneTrialThroughAfterTheCoolDownAndClosesOnItsSuccess() {
		ehr.answer(503, 3);
		failCalls(3);
		clock.advance(Duration.ofSeconds(29));
		assertThatThrownBy(() -> client.search("Condition", Map.of())).isInstanceOf(CircuitOpenException.class);

		clock.advance(Duration.ofSeconds(1).plusMillis(1));
		client.search("Condition", Map.of());

		EhrConnectionStatus status = client.connectionStatus();
		assertThat(status.breaker()).isEqualTo(BreakerState.CLOSED);
		assertThat(status.consecutiveFailures()).isZero();
		assertThat(status.nextTrialAt()).isNull();
		assertThat(status.healthy()).isTrue();
		assertThat(meters.get("gateway.ehr.breaker.state").tag("ehr", "test").gauge().value()).isZero();
		client.search("Condition", Map.of());
		assertThat(ehr.requests()).isEqualTo(5);
	}

	@Test
	void refusesOtherCallsWhileTheTrialIsUnderWay() {
		ehr.answer(503, 3);
		failCalls(3);
		clock.advance(Duration.ofSeconds(31));

		BreakerState during = client.exchange(URI.create(client.baseUrl() + "/Condition"), Map.of(), Set.of(200),
				(status, headers, body) -> {
					assertThat(client.circuitOpen()).isTrue();
					assertThatThrownBy(() -> client.search("Condition", Map.of()))
						.isInstanceOf(CircuitOpenException.class)
						.hasMessageContaining("next trial at once the current trial ends");
					return client.connectionStatus().breaker();
				});

		assertThat(during).isEqualTo(BreakerState.HALF_OPEN);
		assertThat(meters.get("gateway.ehr.breaker.state").tag("ehr", "test").gauge().value()).isZero();
		assertThat(ehr.requests()).isEqualTo(4);
	}

	@Test
	void reopensForAnotherCoolDownWhenTheTrialFails() {
		ehr.answer(503, 3);
		failCalls(3);
		clock.advance(Duration.ofSeconds(31));
		ehr.answer(500, 1);

		failCalls(1);

		EhrConnectionStatus status = client.connectionStatus();
		assertThat(status.breaker()).isEqualTo(BreakerState.OPEN);
		assertThat(status.consecutiveFailures()).isEqualTo(4);
		assertThat(status.nextTrialAt()).isEqualTo(START.plusSeconds(61));
		assertThat(status.lastError()).contains("HTTP 500");
		assertThatThrownBy(() -> client.search("Condition", Map.of())).isInstanceOf(CircuitOpenException.class);
		assertThat(meters.get("gateway.ehr.breaker.state").tag("ehr", "test").gauge().value()).isEqualTo(2);
		assertThat(ehr.requests()).isEqualTo(4);
	}

	@Test
	void refusedCredentialsCountAgainstTheEhrButOtherClientErrorsDoNot() {
		ehr.answer(404, 3);
		failCalls(3);
		assertThat(client.connectionStatus().breaker()).isEqualTo(BreakerState.CLOSED);

		ehr.answer(403, 3);
		failCalls(3);
		assertThat(client.connectionStatus().breaker()).isEqualTo(BreakerState.OPEN);
	}

	private void failCalls(int times) {
		for (int i = 0; i < times; i++) {
			assertThatThrownBy(() -> client.search("Condition", Map.of())).isInstanceOf(EhrUnavailableException.class)
				.isNotInstanceOf(CircuitOpenException.class);
		}
	}

}
