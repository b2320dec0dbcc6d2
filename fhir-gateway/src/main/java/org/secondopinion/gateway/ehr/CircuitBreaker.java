package org.secondopinion.gateway.ehr;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A circuit breaker for one EHR: closed until {@code failureThreshold} consecutive calls failed, then open for
 * {@code openFor}; then half-open, letting one trial call through, whose success closes it and whose failure opens
 * it again. Thread-safe.
 */
final class CircuitBreaker {

	private final int failureThreshold;

	private final Duration openFor;

	private final Clock clock;

	private BreakerState state = BreakerState.CLOSED;

	private int consecutiveFailures;

	private @Nullable Instant openedAt;

	private boolean trialInFlight;

	CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
		if (failureThreshold < 1) {
			throw new IllegalArgumentException("failureThreshold must be at least 1");
		}
		this.failureThreshold = failureThreshold;
		this.openFor = openFor;
		this.clock = clock;
	}

	/** Whether a call may go out now; a {@code true} must be followed by {@link #onSuccess} or {@link #onFailure}. */
	synchronized boolean tryAcquire() {
		switch (state) {
			case CLOSED -> {
				return true;
			}
			case OPEN -> {
				if (clock.instant().isBefore(reopensAt())) {
					return false;
				}
				state = BreakerState.HALF_OPEN;
				trialInFlight = true;
				return true;
			}
			default -> {
				if (trialInFlight) {
					return false;
				}
				trialInFlight = true;
				return true;
			}
		}
	}

	synchronized void onSuccess() {
		state = BreakerState.CLOSED;
		consecutiveFailures = 0;
		openedAt = null;
		trialInFlight = false;
	}

	synchronized void onFailure() {
		consecutiveFailures++;
		trialInFlight = false;
		if (state == BreakerState.HALF_OPEN || consecutiveFailures >= failureThreshold) {
			state = BreakerState.OPEN;
			openedAt = clock.instant();
		}
	}

	/** Whether a call now would be refused: open, and the cool-down not over. */
	synchronized boolean refusing() {
		return state == BreakerState.OPEN && clock.instant().isBefore(reopensAt())
				|| state == BreakerState.HALF_OPEN && trialInFlight;
	}

	synchronized BreakerState state() {
		return state;
	}

	synchronized int consecutiveFailures() {
		return consecutiveFailures;
	}

	/** When an open breaker lets the next trial call through. */
	synchronized Optional<Instant> nextTrialAt() {
		return state == BreakerState.OPEN ? Optional.of(reopensAt()) : Optional.empty();
	}

	private Instant reopensAt() {
		return (openedAt == null ? clock.instant() : openedAt).plus(openFor);
	}

}
