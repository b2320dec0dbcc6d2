package org.secondopinion.gateway.ehr;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;

import org.jspecify.annotations.Nullable;
import org.secondopinion.gateway.GatewaySettings;

/**
 * How long to wait before the next attempt: what the EHR asked for in {@code Retry-After} (seconds or an HTTP date,
 * capped at the maximum backoff), else the backoff with equal jitter (half of it, plus a random part of the other
 * half) so that clients that failed together do not retry in step. The backoff doubles up to its maximum.
 */
final class RetryTiming {

	private final GatewaySettings.Retry retry;

	private final DoubleSupplier random;

	private final Clock clock;

	RetryTiming(GatewaySettings.Retry retry, DoubleSupplier random, Clock clock) {
		this.retry = retry;
		this.random = random;
		this.clock = clock;
	}

	Duration wait(@Nullable Duration retryAfter, Duration backoff) {
		if (retryAfter != null) {
			return min(retryAfter, retry.maxBackoff());
		}
		long millis = backoff.toMillis();
		return Duration.ofMillis(millis / 2 + Math.round(random.getAsDouble() * (millis - millis / 2)));
	}

	Duration next(Duration backoff) {
		return min(backoff.multipliedBy(2), retry.maxBackoff());
	}

	@Nullable Duration retryAfter(HttpResponse<?> response) {
		return response.headers().firstValue("Retry-After").map(String::trim).map(this::parse).orElse(null);
	}

	private @Nullable Duration parse(String value) {
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

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

}
