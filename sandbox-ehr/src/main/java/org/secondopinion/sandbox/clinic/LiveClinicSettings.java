package org.secondopinion.sandbox.clinic;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether the clinic runs
 * @param visitEvery how often a patient visits (one visit: an encounter, a blood pressure, maybe an order)
 * @param majorOrderShare the share of visits that end with a major surgery ordered, between 0 and 1
 * @param seed the seed of the clinic's random choices
 */
@ConfigurationProperties("second-opinion.sandbox.live-clinic")
public record LiveClinicSettings(@DefaultValue("false") boolean enabled, @DefaultValue("10s") Duration visitEvery,
		@DefaultValue("0.2") double majorOrderShare, @DefaultValue("7") long seed) {

	public LiveClinicSettings {
		if (visitEvery.isNegative() || visitEvery.isZero()) {
			throw new IllegalArgumentException("second-opinion.sandbox.live-clinic.visit-every must be positive");
		}
		if (majorOrderShare < 0 || majorOrderShare > 1) {
			throw new IllegalArgumentException("second-opinion.sandbox.live-clinic.major-order-share must be in [0, 1]");
		}
	}

}
