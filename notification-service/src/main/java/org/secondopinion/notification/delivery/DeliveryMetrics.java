package org.secondopinion.notification.delivery;

import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operators watch of alerting: {@code notification.deliveries.pending} per channel, the alerts queued and not
 * yet sent (waiting for quiet hours to end, or retried after a failure). A rising count means the SMTP server or a
 * webhook is not taking them.
 */
@Component
class DeliveryMetrics {

	private static final List<String> CHANNELS = List.of("email", "webhook");

	private final JdbcClient jdbc;

	DeliveryMetrics(JdbcClient jdbc, MeterRegistry meters) {
		this.jdbc = jdbc;
		for (String channel : CHANNELS) {
			Gauge.builder("notification.deliveries.pending", () -> pending(channel))
				.description("Alerts queued and not sent yet")
				.tag("channel", channel)
				.register(meters);
		}
	}

	private long pending(String channel) {
		return jdbc.sql("select count(*) from delivery where status = 'pending' and channel = ?")
			.param(channel)
			.query(Long.class)
			.single();
	}

}
