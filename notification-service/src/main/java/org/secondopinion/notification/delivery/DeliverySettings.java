package org.secondopinion.notification.delivery;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How alerts leave the service.
 * @param from the sender address of e-mails
 * @param pollInterval how often the worker looks for due deliveries
 * @param initialBackoff the wait after the first failed attempt; doubled after each further failure
 * @param maxBackoff the longest wait between two attempts
 * @param webhookSecret the shared secret webhook bodies are signed with (HMAC-SHA256); none: webhooks are not signed
 * and are refused
 * @param maxAttempts after this many failed attempts a delivery is given up as {@code failed} (kept, shown on the case,
 * the admin page and in health, and sent again when an admin retries it); 0: retried until the channel accepts it
 * @param overdueAfter a delivery still pending this long after it was due turns the {@code deliveries} health
 * component to {@code WARNING} (a failed attempt does at once)
 * @param claimTimeout how long a worker holds the deliveries it took to send: one whose outcome is not recorded by
 * then (its worker died while sending) is due again, and may reach its recipient twice
 */
@Validated
@ConfigurationProperties("second-opinion.notification.delivery")
record DeliverySettings(@NotBlank String from, @NotNull Duration pollInterval, @NotNull Duration initialBackoff,
		@NotNull Duration maxBackoff, @Nullable String webhookSecret, @Min(0) int maxAttempts,
		@NotNull Duration overdueAfter, @NotNull Duration claimTimeout) {

	/** Whether a delivery that failed {@code failedAttempts} times is given up. */
	boolean givesUpAfter(int failedAttempts) {
		return maxAttempts > 0 && failedAttempts >= maxAttempts;
	}

	Duration backoff(int failedAttempts) {
		long factor = 1L << Math.min(Math.max(failedAttempts - 1, 0), 20);
		Duration wait = initialBackoff.multipliedBy(factor);
		return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
	}

}
