package org.secondopinion.gateway.ehr;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;

/**
 * The circuit breaker of one EHR and how the connection fares: each call goes through the Resilience4j breaker
 * built by {@link EhrResilience}, and its outcome moves the count of consecutive failures, the last success and the
 * last failure with its error (kind, status and path, never a query or a body) that health and status reports
 * show. A refused call fails with a {@link CircuitOpenException} that says why and when the next trial goes out.
 */
final class EhrBreaker {

	private final EhrId ehrId;

	private final CircuitBreaker breaker;

	private final EhrMetrics metrics;

	private final Clock clock;

	private final AtomicInteger consecutiveFailures = new AtomicInteger();

	private volatile @Nullable Instant nextTrialAt;

	private volatile @Nullable Instant lastSuccessAt;

	private volatile @Nullable Instant lastFailureAt;

	private volatile @Nullable String lastError;

	EhrBreaker(EhrId ehrId, CircuitBreaker breaker, EhrMetrics metrics, Clock clock) {
		this.ehrId = ehrId;
		this.breaker = breaker;
		this.metrics = metrics;
		this.clock = clock;
		Duration openFor = Duration
			.ofMillis(breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1));
		breaker.getEventPublisher().onStateTransition(event -> nextTrialAt = event.getStateTransition()
			.getToState() == CircuitBreaker.State.OPEN ? clock.instant().plus(openFor) : null);
	}

	/**
	 * Makes {@code call} if the breaker lets it through; a failure of the EHR ({@link #countsAgainstEhr}) counts
	 * against it, anything else as a success.
	 * @throws CircuitOpenException if the breaker refused the call, which then was not made
	 */
	<T> T call(Supplier<T> call) {
		try {
			T answer = breaker.executeSupplier(call);
			succeeded();
			return answer;
		}
		catch (CallNotPermittedException refused) {
			metrics.request("breaker-open");
			Instant trial = nextTrialAt;
			throw new CircuitOpenException("EHR " + ehrId + ": circuit breaker open after " + consecutiveFailures.get()
					+ " consecutive failures; next trial at "
					+ (trial == null || breaker.getState() != CircuitBreaker.State.OPEN ? "once the current trial ends"
							: trial.toString())
					+ " (last error: " + lastError + ")");
		}
		catch (RuntimeException ex) {
			if (countsAgainstEhr(ex)) {
				consecutiveFailures.incrementAndGet();
				lastFailureAt = clock.instant();
				lastError = ex.getMessage();
			}
			else {
				succeeded();
			}
			throw ex;
		}
	}

	/** Whether a call now would be refused: open and the cool-down not over, or the trial call under way. */
	boolean refusing() {
		Instant trial = nextTrialAt;
		return switch (breaker.getState()) {
			case OPEN -> trial == null || !clock.instant().isAfter(trial);
			case HALF_OPEN, FORCED_OPEN -> true;
			default -> false;
		};
	}

	EhrConnectionStatus status() {
		BreakerState state = BreakerState.of(breaker.getState());
		return new EhrConnectionStatus(ehrId, state, consecutiveFailures.get(), lastSuccessAt, lastFailureAt,
				lastError, state == BreakerState.OPEN ? nextTrialAt : null);
	}

	/**
	 * Failures of the EHR itself (no answer, throttling, 5xx, refused credentials), not of one request; anything
	 * else that is no {@link EhrUnavailableException} (a reader that failed) counts too.
	 */
	static boolean countsAgainstEhr(Throwable failure) {
		if (!(failure instanceof EhrUnavailableException ex)) {
			return true;
		}
		int status = ex.status();
		return ex instanceof EhrAuthenticationException || status == 0 || status == 408 || status == 429
				|| status >= 500;
	}

	private void succeeded() {
		consecutiveFailures.set(0);
		lastSuccessAt = clock.instant();
	}

}
