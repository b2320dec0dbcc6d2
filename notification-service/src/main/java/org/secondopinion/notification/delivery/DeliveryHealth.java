package org.secondopinion.notification.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The health component {@code deliveries}: {@code WARNING} while an alert failed (given up), its last attempt
 * failed, or it waits longer than {@code overdue-after} past its due time; with counts per channel and status and
 * the latest error, for admins. Like {@code placement} it is not part of readiness or liveness and answers HTTP 200:
 * the service works and keeps the alerts, the SMTP server or a webhook needs a look.
 */
@Component("deliveries")
class DeliveryHealth implements HealthIndicator {

	static final Status WARNING = new Status("WARNING", "Alerts are not being delivered; see /admin/deliveries");

	private final UndeliveredAlerts alerts;

	DeliveryHealth(UndeliveredAlerts alerts) {
		this.alerts = alerts;
	}

	@Override
	public Health health() {
		Map<String, Long> counts = new LinkedHashMap<>();
		long failed = 0;
		for (String channel : DeliveryMetrics.CHANNELS) {
			for (String status : new String[] { "pending", "failed" }) {
				long count = alerts.count(channel, status);
				counts.put(channel + "." + status, count);
				failed += "failed".equals(status) ? count : 0;
			}
		}
		long failing = alerts.failing();
		long overdue = alerts.overdue();
		Health.Builder health = failed + failing + overdue == 0 ? Health.up() : Health.status(WARNING);
		health.withDetails(counts).withDetail("failing", failing).withDetail("overdue", overdue);
		String error = alerts.latestError();
		if (error != null) {
			health.withDetail("latestError", error);
		}
		return health.build();
	}

}
