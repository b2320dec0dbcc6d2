package org.secondopinion.sandbox.subscriptions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of notification delivery, bound from {@code second-opinion.sandbox.subscriptions.*}; defaults are in
 * {@code sandbox-ehr.yaml}.
 *
 * @param attempts how many times a notification is POSTed before it is given up
 * @param initialBackoff the wait before the first retry; it doubles with every further retry
 * @param timeout how long one POST may take
 * @param threads how many notifications are delivered at once
 */
@ConfigurationProperties("second-opinion.sandbox.subscriptions")
record SubscriptionSettings(int attempts, Duration initialBackoff, Duration timeout, int threads) {

	SubscriptionSettings {
		if (attempts < 1 || threads < 1) {
			throw new IllegalArgumentException("second-opinion.sandbox.subscriptions attempts and threads must be "
					+ "positive: " + attempts + ", " + threads);
		}
		if (initialBackoff == null || initialBackoff.isNegative() || timeout == null || !timeout.isPositive()) {
			throw new IllegalArgumentException("second-opinion.sandbox.subscriptions initial-backoff must not be "
					+ "negative and timeout must be positive");
		}
	}

}
