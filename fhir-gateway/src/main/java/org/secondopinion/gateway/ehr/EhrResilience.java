package org.secondopinion.gateway.ehr;

import java.time.Clock;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.gateway.GatewaySettings;

/**
 * The Resilience4j policies of one EHR connection, built from the gateway's settings (the keys operators know):
 * <ul>
 * <li>{@code retry}: up to {@code retry.max-attempts} attempts of a call whose attempt failed without an answer,
 * with 408, 429 or 5xx; before the next one it waits what the EHR asked for in {@code Retry-After} (capped at
 * {@code max-backoff}), else the backoff ({@code initial-backoff} doubling up to {@code max-backoff}) with equal
 * jitter: half of it plus a random part of the other half, so that clients that failed together do not retry in
 * step;</li>
 * <li>{@code breaker}: opens after {@code circuit-breaker.failure-threshold} consecutive failed calls (a count-based
 * window of that many calls, all failed), refuses calls for {@code open-for}, then lets one trial call through
 * whose outcome closes or reopens it. Only failures of the EHR count ({@link EhrBreaker#countsAgainstEhr}); any
 * other outcome counts as a success. Slow calls do not count: a call that waits out its retries is slow by design;
 * </li>
 * <li>{@code limiter}: at most {@code ehrs[i].requests-per-second} on average, in bursts of at most one second's
 * worth; absent when the EHR has no limit.</li>
 * </ul>
 */
record EhrResilience(Retry retry, CircuitBreaker breaker, @Nullable RateLimiter limiter) {

	/** Longer than any call could wait for the rate limit; a longer queue fails the call rather than wait a day. */
	static final Duration MAX_RATE_LIMIT_WAIT = Duration.ofDays(1);

	static EhrResilience of(GatewaySettings.Ehr ehr, GatewaySettings settings, Clock clock, LongSupplier nanoTime,
			DoubleSupplier random) {
		return new EhrResilience(retry(ehr.ehrId(), settings.retry(), random), breaker(ehr.ehrId(), settings.breaker(), clock),
				ehr.requestsPerSecond() == null ? null : limiter(ehr.ehrId(), ehr.requestsPerSecond(), nanoTime));
	}

	private static Retry retry(EhrId ehrId, GatewaySettings.Retry settings, DoubleSupplier random) {
		// Resilience4j refuses backoffs under 1 ms; a configured 0 (retry at once) becomes 1 ms
		long maxBackoff = Math.max(1, settings.maxBackoff().toMillis());
		IntervalFunction backoff = IntervalFunction
			.ofExponentialBackoff(Math.max(1, settings.initialBackoff().toMillis()), 2, maxBackoff);
		IntervalBiFunction<Object> waits = (attempt, outcome) -> {
			if (outcome.isLeft() && outcome.getLeft() instanceof FailedAttempt failed && failed.retryAfter() != null) {
				Duration asked = failed.retryAfter();
				return asked.compareTo(Duration.ofMillis(maxBackoff)) < 0 ? asked.toMillis() : maxBackoff;
			}
			long millis = backoff.apply(attempt);
			return millis / 2 + Math.round(random.getAsDouble() * (millis - millis / 2));
		};
		return Retry.of(ehrId.value(), RetryConfig.<Object>custom()
			.maxAttempts(settings.maxAttempts())
			.retryOnException(ex -> ex instanceof FailedAttempt failed && failed.retryable())
			.intervalBiFunction(waits)
			.build());
	}

	private static CircuitBreaker breaker(EhrId ehrId, GatewaySettings.CircuitBreaker settings, Clock clock) {
		return CircuitBreaker.of(ehrId.value(), CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(settings.failureThreshold())
			.minimumNumberOfCalls(settings.failureThreshold())
			.failureRateThreshold(100)
			.permittedNumberOfCallsInHalfOpenState(1)
			.waitDurationInOpenState(settings.openFor())
			.recordException(EhrBreaker::countsAgainstEhr)
			.slowCallDurationThreshold(Duration.ofDays(365))
			.writableStackTraceEnabled(false)
			.clock(clock)
			.build());
	}

	/**
	 * {@code perSecond} as {@code n} permits per {@code n / perSecond} seconds, {@code n} the whole permits in one
	 * second's worth (at least one): 10/s is 10 every second, 2.5/s 2 every 0.8 s, 0.5/s one every 2 s.
	 */
	private static RateLimiter limiter(EhrId ehrId, double perSecond, LongSupplier nanoTime) {
		int permits = (int) Math.max(1, Math.floor(perSecond));
		return new AtomicRateLimiter(ehrId.value(), RateLimiterConfig.custom()
			.limitForPeriod(permits)
			.limitRefreshPeriod(Duration.ofNanos(Math.round(permits / perSecond * 1_000_000_000d)))
			.timeoutDuration(MAX_RATE_LIMIT_WAIT)
			.build(), nanoTime::getAsLong);
	}

}
