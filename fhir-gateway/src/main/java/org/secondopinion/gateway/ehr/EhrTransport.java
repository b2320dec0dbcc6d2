package org.secondopinion.gateway.ehr;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.secondopinion.gateway.GatewaySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to one EHR politely and safely: through its rate limit and circuit breaker, with the
 * {@code Authorization} header of its {@link Authenticator} (fetched afresh once after a 401), retrying timeouts,
 * 408, 429 and 5xx with exponential backoff and jitter (honouring {@code Retry-After}), and reading at most
 * {@code maxResponseBytes}. Log lines and messages name the method and path, never the query or a body.
 */
final class EhrTransport {

	private static final Logger log = LoggerFactory.getLogger(EhrTransport.class);

	private final String ehrId;

	private final GatewaySettings.Retry retry;

	private final long maxResponseBytes;

	private final HttpClient http;

	private final @Nullable TokenBucket limiter;

	private final CircuitBreaker breaker;

	private final EhrMetrics metrics;

	private final Sleeper sleeper;

	private final RetryTiming timing;

	private final Clock clock;

	private volatile @Nullable Instant lastSuccessAt;

	private volatile @Nullable Instant lastFailureAt;

	private volatile @Nullable String lastError;

	EhrTransport(String ehrId, GatewaySettings.Retry retry, long maxResponseBytes, HttpClient http,
			@Nullable TokenBucket limiter, CircuitBreaker breaker, EhrMetrics metrics, Sleeper sleeper,
			DoubleSupplier random, Clock clock) {
		this.ehrId = ehrId;
		this.retry = retry;
		this.maxResponseBytes = maxResponseBytes;
		this.http = http;
		this.limiter = limiter;
		this.breaker = breaker;
		this.metrics = metrics;
		this.sleeper = sleeper;
		this.timing = new RetryTiming(retry, random, clock);
		this.clock = clock;
	}

	/** Sends a request through the circuit breaker; a failure of the EHR counts against it. */
	EhrResponse send(URI url, Supplier<HttpRequest.Builder> request, @Nullable Authenticator auth) {
		return guarded(() -> exchange(url, request, auth));
	}

	/**
	 * Sends a request through the circuit breaker and hands an answer whose status is in {@code accepted} to
	 * {@code reader} with its body as a stream (not buffered, no size limit). An {@link IOException} of the reader
	 * (a connection dropped mid-body) is retried like a failed request.
	 */
	<T> T stream(URI url, Supplier<HttpRequest.Builder> request, @Nullable Authenticator auth, Set<Integer> accepted,
			EhrClient.ResponseReader<T> reader) {
		return guarded(() -> call(url, request, auth, false, accepted::contains, reader));
	}

	private <T> T guarded(Supplier<T> call) {
		if (!breaker.tryAcquire()) {
			metrics.request("breaker-open");
			throw new CircuitOpenException("EHR " + ehrId + ": circuit breaker open after "
					+ breaker.consecutiveFailures() + " consecutive failures; next trial at "
					+ breaker.nextTrialAt().map(Instant::toString).orElse("once the current trial ends")
					+ " (last error: " + lastError + ")");
		}
		try {
			T response = call.get();
			breaker.onSuccess();
			lastSuccessAt = clock.instant();
			return response;
		}
		catch (EhrUnavailableException ex) {
			if (countsAgainstEhr(ex)) {
				failed(ex);
			}
			else {
				breaker.onSuccess();
				lastSuccessAt = clock.instant();
			}
			throw ex;
		}
		catch (RuntimeException ex) {
			failed(ex);
			throw ex;
		}
	}

	/** Sends a request with retries but outside the breaker. */
	EhrResponse exchange(URI url, Supplier<HttpRequest.Builder> request, @Nullable Authenticator auth) {
		return exchange(url, request, auth, false);
	}

	/**
	 * Sends a request with retries but outside the breaker: for token requests made on behalf of a call.
	 * @param oauth whether a refusal carries an OAuth error ({@code error}, {@code error_description}) worth reporting
	 */
	EhrResponse exchange(URI url, Supplier<HttpRequest.Builder> request, @Nullable Authenticator auth,
			boolean oauth) {
		return call(url, request, auth, oauth, status -> status / 100 == 2,
				(status, headers, body) -> new EhrResponse(status, headers, read(body, url.getPath())));
	}

	private <T> T call(URI url, Supplier<HttpRequest.Builder> request, @Nullable Authenticator auth, boolean oauth,
			IntPredicate accepted, EhrClient.ResponseReader<T> reader) {
		Duration backoff = retry.initialBackoff();
		boolean refreshed = false;
		for (int attempt = 1;; attempt++) {
			awaitPermit();
			HttpRequest.Builder builder = request.get().timeout(retry.requestTimeout());
			if (auth != null) {
				auth.authorization().ifPresent(header -> builder.header("Authorization", header));
			}
			HttpRequest built = builder.build();
			String what = built.method() + " " + url.getPath();
			Failure failure;
			try {
				HttpResponse<InputStream> response = http.send(built, HttpResponse.BodyHandlers.ofInputStream());
				try (InputStream body = response.body()) {
					int status = response.statusCode();
					if (accepted.test(status)) {
						T answer = reader.read(status, response.headers(), body);
						metrics.request("success");
						return answer;
					}
					metrics.request(outcome(status));
					String detail = oauth ? OAuthError.describe(body) : "";
					if (status == 401 && auth != null && !refreshed) {
						auth.invalidate();
						refreshed = true;
						attempt--;
						continue;
					}
					if (status == 401 || status == 403) {
						throw new EhrAuthenticationException("EHR " + ehrId + " refused the gateway's credentials: HTTP "
								+ status + " on " + what + detail, status);
					}
					if (!oauth || status == 429 || status >= 500) {
						failure = new Failure(status, timing.retryAfter(response));
					}
					else {
						throw new EhrUnavailableException("EHR " + ehrId + " answered " + status + " to " + what + detail,
								status);
					}
				}
			}
			catch (HttpTimeoutException ex) {
				metrics.request("timeout");
				failure = new Failure(0, null);
			}
			catch (IOException ex) {
				metrics.request("connection-failure");
				failure = new Failure(0, null);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new EhrUnavailableException("Interrupted while calling EHR " + ehrId, 0, ex);
			}
			if (!failure.retryable()) {
				throw new EhrUnavailableException("EHR " + ehrId + " answered " + failure.status() + " to " + what,
						failure.status());
			}
			if (attempt >= retry.maxAttempts()) {
				throw new EhrUnavailableException("EHR " + ehrId + " still failing after " + attempt + " attempts (last: "
						+ failure.describe() + ") on " + what, failure.status());
			}
			Duration wait = timing.wait(failure.retryAfter(), backoff);
			log.warn("EHR {} {} on {}; attempt {}/{}, retrying in {} ms", ehrId, failure.describe(), what, attempt,
					retry.maxAttempts(), wait.toMillis());
			metrics.retry();
			sleep(wait.toMillis());
			backoff = timing.next(backoff);
		}
	}

	boolean circuitOpen() {
		return breaker.refusing();
	}

	EhrConnectionStatus status() {
		return new EhrConnectionStatus(ehrId, breaker.state(), breaker.consecutiveFailures(), lastSuccessAt,
				lastFailureAt, lastError, breaker.nextTrialAt().orElse(null));
	}

	/** Failures of the EHR itself (no answer, throttling, 5xx, refused credentials), not of one request. */
	static boolean countsAgainstEhr(EhrUnavailableException ex) {
		int status = ex.status();
		return ex instanceof EhrAuthenticationException || status == 0 || status == 408 || status == 429
				|| status >= 500;
	}

	private void failed(RuntimeException ex) {
		breaker.onFailure();
		lastFailureAt = clock.instant();
		lastError = ex.getMessage();
	}

	private void awaitPermit() {
		if (limiter == null) {
			return;
		}
		long nanos = limiter.reserve();
		if (nanos > 0) {
			metrics.rateLimitWait(Duration.ofNanos(nanos));
			sleep((nanos + 999_999) / 1_000_000);
		}
	}

	private byte[] read(InputStream body, String what) throws IOException {
		byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxResponseBytes + 1));
		if (bytes.length > maxResponseBytes) {
			throw new EhrUnavailableException("Answer of EHR " + ehrId + " to " + what + " is larger than the limit of "
					+ maxResponseBytes + " bytes; lower the page size", 200);
		}
		return bytes;
	}

	private void sleep(long millis) {
		try {
			sleeper.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EhrUnavailableException("Interrupted while waiting to call EHR " + ehrId, 0, ex);
		}
	}

	private static String outcome(int status) {
		if (status == 429) {
			return "throttled";
		}
		if (status == 401 || status == 403) {
			return "unauthorized";
		}
		return status >= 500 ? "server-error" : "client-error";
	}

	private record Failure(int status, @Nullable Duration retryAfter) {

		boolean retryable() {
			return status == 0 || status == 408 || status == 429 || status >= 500;
		}

		String describe() {
			return status == 0 ? "timeout or connection failure" : "HTTP " + status;
		}

	}

}
