package org.secondopinion.gateway.ehr;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.secondopinion.events.EhrId;

/**
 * The meters of one EHR connection, tagged {@code ehr}: {@code gateway.ehr.requests} by {@code outcome},
 * {@code gateway.ehr.retries}, {@code gateway.ehr.breaker.state} (0 closed, 1 half-open, 2 open),
 * {@code gateway.ehr.rate-limit.wait} and {@code gateway.ehr.token.requests} by {@code outcome}. These names are
 * ours, not Resilience4j's, so that dashboards and alerts outlive a change of library.
 */
final class EhrMetrics {

	private final MeterRegistry registry;

	private final EhrId ehrId;

	private final Counter retries;

	private final Timer rateLimitWaits;

	EhrMetrics(MeterRegistry registry, EhrId ehrId, CircuitBreaker breaker) {
		this.registry = registry;
		this.ehrId = ehrId;
		this.retries = Counter.builder("gateway.ehr.retries")
			.description("Retried EHR requests")
			.tag("ehr", ehrId.value())
			.register(registry);
		this.rateLimitWaits = Timer.builder("gateway.ehr.rate-limit.wait")
			.description("Time requests waited for the EHR's rate limit")
			.tag("ehr", ehrId.value())
			.register(registry);
		Gauge.builder("gateway.ehr.breaker.state", breaker, b -> BreakerState.of(b.getState()).ordinal())
			.description("Circuit breaker of the EHR: 0 closed, 1 half-open, 2 open")
			.tag("ehr", ehrId.value())
			.register(registry);
	}

	/** One answered or failed request: {@code success}, {@code client-error}, {@code server-error}, ... */
	void request(String outcome) {
		Counter.builder("gateway.ehr.requests")
			.description("Requests to the EHR by outcome")
			.tags("ehr", ehrId.value(), "outcome", outcome)
			.register(registry)
			.increment();
	}

	void retry() {
		retries.increment();
	}

	void rateLimitWait(Duration waited) {
		rateLimitWaits.record(waited);
	}

	void tokenRequest(String outcome) {
		Counter.builder("gateway.ehr.token.requests")
			.description("Access token requests to the EHR's authorization server by outcome")
			.tags("ehr", ehrId.value(), "outcome", outcome)
			.register(registry)
			.increment();
	}

}
