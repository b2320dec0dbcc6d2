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
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to one EHR politely and safely: each call through the EHR's circuit breaker, each attempt through
 * its rate limit, with the {@code Authorization} header of its {@link Authenticator} (fetched afresh once after a
 * 401), retrying timeouts, 408, 429 and 5xx as its retry policy says (see {@link EhrResilience}), and reading at
 * most {@code maxResponseBytes}. Log lines and messages name the method and path, never the query or a body.
 */
final class EhrTransport {

	private static final Logger log = LoggerFactory.getLogger(EhrTransport.class);

	private final EhrId ehrId;

	private final Duration requestTimeout;

	private final long maxResponseBytes;

	private final HttpClient http;

	private final Retry retry;

	private final EhrBreaker breaker;

	private final @Nullable RateLimiter limiter;

	private final EhrMetrics metrics;

	private final Sleeper sleeper;

	private final Clock clock;

	EhrTransport(EhrId ehrId, Duration requestTimeout, long maxResponseBytes, HttpClient http,
			EhrResilience resilience, EhrMetrics metrics, Sleeper sleeper, Clock clock) {
		this.ehrId = ehrId;
		this.requestTimeout = requestTimeout;
		this.maxResponseBytes = maxResponseBytes;
		this.http = http;
		this.retry = resilience.retry();
		this.breaker = new EhrBreaker(ehrId, resilience.breaker(), metrics, clock);
		this.limiter = resilience.limiter();
		this.metrics = metrics;
		this.sleeper = sleeper;
		this.clock = clock;
	}

	/** Sends a request through the circuit breaker; a failure of the EHR counts against it. */
	EhrResponse send(URI url, Supplier<HttpRequest.Builder> request, @Nullable Authenticator auth) {
		return breaker.call(() -> exchange(url, request, auth));
	}

	/**
	 * Sends a request through the circuit breaker and hands an answer whose status is in {@code accepted} to
	 * {@code reader} with its body as a stream (not buffered, no size limit). An {@link IOException} of the reader
	 * (a connection dropped mid-body) is retried like a failed request.
	 */
	<T> T stream(URI url, Supplier<HttpRequest.Builder> request, @Nullable Authenticator auth, Set<Integer> accepted,
			EhrClient.ResponseReader<T> reader) {
		return breaker.call(() -> call(url, request, auth, false, accepted::contains, reader));
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

	/**
	 * Makes attempts until one is answered as accepted, one fails in a way not worth retrying, or the retry policy
	 * gives up; waits between them as the policy says. A 401 makes the authenticator fetch fresh credentials and is
	 * tried again once at once, without counting as an attempt.
	 */
	private <T> T call(URI url, Supplier<HttpRequest.Builder> request, @Nullable Authenticator auth, boolean oauth,
			IntPredicate accepted, EhrClient.ResponseReader<T> reader) {
		Retry.AsyncContext<Object> attempts = retry.asyncContext();
		boolean refreshed = false;
		for (int attempt = 1;; attempt++) {
			HttpRequest built = request(request, auth);
			String what = built.method() + " " + url.getPath();
			try {
				T answer = attempt(built, what, auth != null && !refreshed, oauth, accepted, reader);
				attempts.onComplete();
				return answer;
			}
			catch (CredentialsExpired expired) {
				if (auth != null) {
					auth.invalidate();
				}
				refreshed = true;
				attempt--;
				continue;
			}
			catch (FailedAttempt failed) {
				long wait = attempts.onError(failed);
				if (wait < 0 && !failed.retryable()) {
					throw new EhrUnavailableException("EHR " + ehrId + " answered " + failed.status() + " to " + what,
							failed.status());
				}
				if (wait < 0) {
					throw new EhrUnavailableException("EHR " + ehrId + " still failing after " + attempt
							+ " attempts (last: " + failed.getMessage() + ") on " + what, failed.status());
				}
				log.warn("EHR {} {} on {}; attempt {}/{}, retrying in {} ms", ehrId, failed.getMessage(), what, attempt,
						retry.getRetryConfig().getMaxAttempts(), wait);
				metrics.retry();
				sleep(wait);
			}
		}
	}

	private HttpRequest request(Supplier<HttpRequest.Builder> request, @Nullable Authenticator auth) {
		awaitPermit();
		HttpRequest.Builder builder = request.get().timeout(requestTimeout);
		if (auth != null) {
			auth.authorization().ifPresent(header -> builder.header("Authorization", header));
		}
		return builder.build();
	}

	/** One attempt: the answer read if accepted, else a {@link FailedAttempt} or an exception not worth retrying. */
	private <T> T attempt(HttpRequest built, String what, boolean mayRefresh, boolean oauth, IntPredicate accepted,
			EhrClient.ResponseReader<T> reader) {
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
				if (status == 401 && mayRefresh) {
					throw new CredentialsExpired();
				}
				if (status == 401 || status == 403) {
					throw new EhrAuthenticationException("EHR " + ehrId + " refused the gateway's credentials: HTTP "
							+ status + " on " + what + detail, status);
				}
				if (!oauth || status == 429 || status >= 500) {
					throw FailedAttempt.of(response, clock);
				}
				throw new EhrUnavailableException("EHR " + ehrId + " answered " + status + " to " + what + detail,
						status);
			}
		}
		catch (HttpTimeoutException ex) {
			metrics.request("timeout");
			throw new FailedAttempt(0, null);
		}
		catch (IOException ex) {
			metrics.request("connection-failure");
			throw new FailedAttempt(0, null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EhrUnavailableException("Interrupted while calling EHR " + ehrId, 0, ex);
		}
	}

	/** Whether the EHR's breaker would refuse a call now. */
	boolean circuitOpen() {
		return breaker.refusing();
	}

	EhrConnectionStatus status() {
		return breaker.status();
	}

	private void awaitPermit() {
		if (limiter == null) {
			return;
		}
		long nanos = limiter.reservePermission();
		if (nanos < 0) {
			throw new EhrUnavailableException("EHR " + ehrId + ": more calls wait for its rate limit than it lets through in "
					+ EhrResilience.MAX_RATE_LIMIT_WAIT.toHours() + " hours", 0);
		}
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

	/** The EHR answered 401 to credentials that may have expired: fetch fresh ones and try once more. */
	private static final class CredentialsExpired extends RuntimeException {

		CredentialsExpired() {
			super(null, null, false, false);
		}

	}

}
