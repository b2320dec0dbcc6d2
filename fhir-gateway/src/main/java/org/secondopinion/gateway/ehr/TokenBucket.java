package org.secondopinion.gateway.ehr;

import java.util.function.LongSupplier;

/**
 * Limits the request rate to one EHR: a bucket of {@code max(1, perSecond)} permits refilled at {@code perSecond}.
 * A caller reserves a permit and is told how long to wait before using it, so waiting callers are served in turn.
 * Thread-safe.
 */
final class TokenBucket {

	private static final double NANOS_PER_SECOND = 1_000_000_000d;

	private final double perNano;

	private final double capacity;

	private final LongSupplier nanoTime;

	private double tokens;

	private long refilledAt;

	TokenBucket(double perSecond, LongSupplier nanoTime) {
		if (!(perSecond > 0)) {
			throw new IllegalArgumentException("requests per second must be positive: " + perSecond);
		}
		this.perNano = perSecond / NANOS_PER_SECOND;
		this.capacity = Math.max(1d, perSecond);
		this.nanoTime = nanoTime;
		this.tokens = capacity;
		this.refilledAt = nanoTime.getAsLong();
	}

	/** Takes a permit; returns the nanoseconds to wait before the request may go out (0 when one is at hand). */
	synchronized long reserve() {
		long now = nanoTime.getAsLong();
		tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
		refilledAt = now;
		tokens -= 1;
		return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
	}

}
