package org.secondopinion.gateway.lease;

import java.time.Duration;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How gateway instances share work.
 * @param timeToLive how long a lease lasts unless renewed: the longest an instance that died (or lost the
 * database) keeps others from taking its work
 * @param renewEvery how often a holder renews its leases; well below {@code timeToLive}
 * @param waitForPush how long a push notification waits for the lease of its resource type before it is refused
 * with 503 (the EHR delivers it again; the next sync pass picks the change up in any case)
 * @param owner this instance's name in the {@code lease} table; by default the host name and a random suffix
 */
@Validated
@ConfigurationProperties("second-opinion.gateway.leases")
record LeaseSettings(@NotNull Duration timeToLive, @NotNull Duration renewEvery, @NotNull Duration waitForPush,
		@Nullable String owner) {

	LeaseSettings {
		if (renewEvery.compareTo(timeToLive.dividedBy(2)) > 0) {
			throw new IllegalArgumentException("second-opinion.gateway.leases.renew-every (" + renewEvery
					+ ") must be at most half of time-to-live (" + timeToLive + ")");
		}
	}

	String ownerOrDefault() {
		if (owner != null && !owner.isBlank()) {
			return owner;
		}
		String host = System.getenv().getOrDefault("HOSTNAME", "gateway");
		return host + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

}
