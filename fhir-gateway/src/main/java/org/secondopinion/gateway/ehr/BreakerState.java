package org.secondopinion.gateway.ehr;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/** Where an EHR's circuit breaker stands. */
public enum BreakerState {

	/** Calls go through; consecutive failures are counted. */
	CLOSED,
	/** The cool-down is over: one trial call goes through, its outcome closes or reopens the breaker. */
	HALF_OPEN,
	/** Too many consecutive failures: calls fail at once until the cool-down is over. */
	OPEN;

	/** The state of a Resilience4j breaker as reported here: a forced-open one is open, a disabled one closed. */
	static BreakerState of(CircuitBreaker.State state) {
		return switch (state) {
			case HALF_OPEN -> HALF_OPEN;
			case OPEN, FORCED_OPEN -> OPEN;
			default -> CLOSED;
		};
	}

}
