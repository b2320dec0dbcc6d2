package org.secondopinion.gateway.ehr;

/** Where an EHR's circuit breaker stands. */
public enum BreakerState {

	/** Calls go through; consecutive failures are counted. */
	CLOSED,
	/** The cool-down is over: one trial call goes through, its outcome closes or reopens the breaker. */
	HALF_OPEN,
	/** Too many consecutive failures: calls fail at once until the cool-down is over. */
	OPEN

}
