package org.secondopinion.gateway.ehr;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * One attempt of a call that the EHR did not answer usefully: no answer ({@code status} 0: a timeout or a dropped
 * connection) or an HTTP status, with the wait the EHR asked for in {@code Retry-After}. The retry policy of
 * {@link EhrResilience} decides from it whether and when to try again; it never leaves {@link EhrTransport}.
 */
final class FailedAttempt extends RuntimeException {

	private final int status;

	private final @Nullable Duration retryAfter;

	FailedAttempt(int status, @Nullable Duration retryAfter) {
		super(status == 0 ? "timeout or connection failure" : "HTTP " + status, null, false, false);
		this.status = status;
		this.retryAfter = retryAfter;
	}

	/** A failure of the answer {@code response}, with its {@code Retry-After} (seconds or an HTTP date), if any. */
	static FailedAttempt of(HttpResponse<?> response, Clock clock) {
		return new FailedAttempt(response.statusCode(), response.headers()
			.firstValue("Retry-After")
			.map(value -> retryAfter(value.trim(), clock))
			.orElse(null));
	}

	int status() {
		return status;
	}

	@Nullable Duration retryAfter() {
		return retryAfter;
	}

	/** Worth another attempt: no answer, 408, 429 or 5xx. */
	boolean retryable() {
		return status == 0 || status == 408 || status == 429 || status >= 500;
	}

	private static @Nullable Duration retryAfter(String value, Clock clock) {
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
		}
		catch (NumberFormatException notSeconds) {
			try {
				Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration until = Duration.between(clock.instant(), at);
				return until.isNegative() ? Duration.ZERO : until;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

}
