package org.secondopinion.notification.delivery;

import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What operators watch of alerting, per channel: {@code notification.deliveries.pending}, the alerts queued and not
 * yet sent (waiting for quiet hours to end, or retried after a failure), and {@code notification.deliveries.failed},
 * those given up after {@code max-attempts} that wait for an admin's retry. A rising count means the SMTP server or
 * a webhook is not taking them.
 */
@Component
class DeliveryMetrics {

	static final List<String> CHANNELS = List.of("email", "webhook");

	DeliveryMetrics(UndeliveredAlerts alerts, MeterRegistry meters) {
		for (String channel : CHANNELS) {
			Gauge.builder("notification.deliveries.pending", () -> alerts.count(channel, "pending"))
				.description("Alerts queued and not sent yet")
				.tag("channel", channel)
				.register(meters);
			Gauge.builder("notification.deliveries.failed", () -> alerts.count(channel, "failed"))
				.description("Alerts given up after max-attempts, waiting for an admin's retry")
				.tag("channel", channel)
				.register(meters);
		}
	}

}
