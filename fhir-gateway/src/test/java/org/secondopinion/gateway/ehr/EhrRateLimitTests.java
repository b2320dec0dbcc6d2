package org.secondopinion.gateway.ehr;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.gateway.GatewaySettings;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limit of one EHR as its callers meet it: calls through an {@link EhrClient} to a real HTTP server, on a
 * monotonic time that moves only when the client waits, so that each wait is exact.
 */
class EhrRateLimitTests {

	private static final long MILLI = 1_000_000L;

	private final AtomicLong nanoTime = new AtomicLong(42_000 * MILLI);

	private final List<Long> waits = new ArrayList<>();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private ScriptedEhr ehr;

	@BeforeEach
	void start() throws IOException {
		ehr = new ScriptedEhr();
	}

	@AfterEach
	void stop() {
		ehr.close();
	}

	@Test
	void allowsABurstOfOneSecondsWorthThenWaitsForTheNextSecond() {
		EhrClient client = client(4.0);

		search(client, 9);

		assertThat(waits).containsExactly(1000L, 1000L);
		assertThat(ehr.requests()).isEqualTo(9);
		assertThat(meters.timer("gateway.ehr.rate-limit.wait", "ehr", "test").count()).isEqualTo(2);
		assertThat(meters.timer("gateway.ehr.rate-limit.wait", "ehr", "test").totalTime(
				java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(2000);
	}

	@Test
	void refillsWithTimeButNotBeyondOneSecondsWorth() {
		EhrClient client = client(2.0);
		search(client, 2);

		nanoTime.addAndGet(10_000 * MILLI);
		search(client, 3);

		assertThat(waits).as("two at once after a quiet spell, the third waits").containsExactly(1000L);
	}

	@Test
	void aRateBelowOnePerSecondLetsOneRequestThroughAtATime() {
		EhrClient client = client(0.5);

		search(client, 3);

		assertThat(waits).containsExactly(2000L, 2000L);
	}

	@Test
	void aFractionalRateKeepsItsAverage() {
		EhrClient client = client(2.5);

		search(client, 5);

		assertThat(waits).as("two every 0.8 s").containsExactly(800L, 800L);
	}

	@Test
	void everyAttemptOfARetriedCallTakesItsTurn() {
		EhrClient client = client(1.0);
		ehr.answer(503, 1);

		search(client, 1);

		assertThat(waits).as("the 100 ms backoff, then the rest of the second").containsExactly(100L, 900L);
		assertThat(ehr.requests()).isEqualTo(2);
	}

	@Test
	void anEhrWithoutALimitIsNotWaitedFor() {
		EhrClient client = client(null);

		search(client, 20);

		assertThat(waits).isEmpty();
		assertThat(meters.timer("gateway.ehr.rate-limit.wait", "ehr", "test").count()).isZero();
	}

	private void search(EhrClient client, int times) {
		for (int i = 0; i < times; i++) {
			client.search("Condition", Map.of());
		}
	}

	private EhrClient client(Double requestsPerSecond) {
		GatewaySettings.Ehr settings = new GatewaySettings.Ehr("test", ehr.base(), null, null, null,
				requestsPerSecond, null);
		GatewaySettings gateway = new GatewaySettings(Duration.ofSeconds(5), 10, 1, 1_000_000,
				new GatewaySettings.Retry(3, Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(5)),
				List.of(settings));
		JsonMapper mapper = JsonMapper.builder().build();
		return new EhrClient(EhrConnections.connect(settings, gateway, HttpClient.newHttpClient(), mapper, meters,
				Clock.systemUTC(), nanoTime::get, millis -> {
					waits.add(millis);
					nanoTime.addAndGet(millis * MILLI);
				}, () -> 1.0), settings, mapper);
	}

}
