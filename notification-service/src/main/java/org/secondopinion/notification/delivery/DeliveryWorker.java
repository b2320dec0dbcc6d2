package org.secondopinion.notification.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.secondopinion.messaging.TracePropagation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries. A failed attempt is counted and retried after a growing backoff; a delivery stays
 * pending until its channel accepts it, or, when {@code max-attempts} is set, until it failed that often and is kept
 * as {@code failed} for an admin to retry. Rows are claimed with {@code skip locked}, so several instances share the
 * queue without sending twice. Each is sent in the trace of the change that queued it (span {@code alert delivery}),
 * so one EHR change is one trace up to the alert sent.
 */
@Component
public class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final int BATCH = 50;

	private static final int MAX_ERROR_LENGTH = 300;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Map<String, Channel> channels;

	private final DeliverySettings settings;

	private final Clock clock;

	private final TracePropagation tracing;

	DeliveryWorker(JdbcClient jdbc, TransactionTemplate transactions, List<Channel> channels, DeliverySettings settings,
			Clock clock, TracePropagation tracing) {
		this.tracing = tracing;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.channels = channels.stream().collect(Collectors.toMap(Channel::name, Function.identity()));
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${second-opinion.notification.delivery.poll-interval}")
	void poll() {
		try {
			deliverDue();
		}
		catch (RuntimeException ex) {
			log.warn("Delivery worker paused, will retry: {}", ex.getMessage());
		}
	}

	/**
	 * Attempts every delivery that is due now.
	 * @return how many were sent
	 */
	public int deliverDue() {
		int sent = 0;
		Integer batch;
		do {
			batch = transactions.execute(status -> deliverBatch());
			sent += batch == null ? 0 : batch;
		}
		while (batch != null && batch > 0 && batch == BATCH);
		return sent;
	}

	private int deliverBatch() {
		Instant now = clock.instant();
		List<Delivery> due = jdbc.sql("""
				select id, channel, target, subject, body, urgent, attempts, trace_parent from delivery
				where status = 'pending' and next_attempt_at <= ? order by next_attempt_at limit ? for update skip locked""")
			.params(Timestamp.from(now), BATCH)
			.query((rs, row) -> new Delivery(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBoolean(6), rs.getInt(7), rs.getString(8)))
			.list();
		int sent = 0;
		for (Delivery delivery : due) {
			if (tracing.resume(delivery.traceParent(), "alert delivery", () -> attempt(delivery))) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Sends one delivery and records the outcome, in a span of the trace the delivery was queued in (so its log
	 * lines carry the change's trace id).
	 * @return whether it was sent
	 */
	private boolean attempt(Delivery delivery) {
		try {
			Channel channel = channels.get(delivery.channel());
			if (channel == null) {
				throw new IllegalStateException("no channel '" + delivery.channel() + "' is configured");
			}
			channel.send(delivery);
			jdbc.sql("update delivery set status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = null where id = ?")
				.params(Timestamp.from(clock.instant()), delivery.id())
				.update();
			log.info("Delivery {} sent over {}", delivery.id(), delivery.channel());
			return true;
		}
		catch (Exception ex) {
			int attempts = delivery.attempts() + 1;
			if (settings.givesUpAfter(attempts)) {
				log.error("Delivery {} over {} failed {} times, given up until an admin retries it: {}", delivery.id(),
						delivery.channel(), attempts, ex.getClass().getSimpleName());
				jdbc.sql("update delivery set status = 'failed', attempts = ?, last_error = ? where id = ?")
					.params(attempts, describe(ex), delivery.id())
					.update();
				return false;
			}
			Instant next = clock.instant().plus(settings.backoff(attempts));
			log.warn("Delivery {} over {} failed (attempt {}), next at {}: {}", delivery.id(), delivery.channel(),
					attempts, next, ex.getClass().getSimpleName());
			jdbc.sql("update delivery set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
				.params(attempts, Timestamp.from(next), describe(ex), delivery.id())
				.update();
			return false;
		}
	}

	private static String describe(Exception ex) {
		String message = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
		return message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
	}

}
