package org.secondopinion.notification.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.secondopinion.messaging.TracePropagation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries. A failed attempt is counted and retried after a growing backoff; a delivery stays
 * pending until its channel accepts it, or, when {@code max-attempts} is set, until it failed that often and is kept
 * as {@code failed} for an admin to retry.
 * <p>
 * A batch is first claimed in one committed statement ({@code claimed_until}, rows taken with {@code skip locked}, so
 * several instances share the queue without sending twice) and then sent outside any transaction: a database that
 * goes away while alerts are being sent rolls nothing back, so nothing already sent is sent again. Each outcome is
 * recorded on its own; one that cannot be recorded (the database is away) is kept and recorded first when the worker
 * next runs, before anything new is claimed. Only a worker that dies between sending and recording leaves a delivery
 * claimed: it is due again after {@code claim-timeout} and may reach its recipient twice.
 * <p>
 * Each is sent in the trace of the change that queued it (span {@code alert delivery}), so one EHR change is one trace
 * up to the alert sent.
 */
@Component
public class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final int BATCH = 50;

	private static final int MAX_ERROR_LENGTH = 300;

	private final JdbcClient jdbc;

	private final Map<String, Channel> channels;

	private final DeliverySettings settings;

	private final Clock clock;

	private final TracePropagation tracing;

	/** Outcomes of attempts made whose recording failed, oldest first: recorded before anything new is claimed. */
	private final Queue<Outcome> unrecorded = new ConcurrentLinkedQueue<>();

	DeliveryWorker(JdbcClient jdbc, List<Channel> channels, DeliverySettings settings, Clock clock,
			TracePropagation tracing) {
		this.tracing = tracing;
		this.jdbc = jdbc;
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
	 * Records the outcomes still unrecorded, then attempts every delivery that is due now.
	 * @return how many were sent
	 */
	public synchronized int deliverDue() {
		recordUnrecorded();
		int sent = 0;
		List<Delivery> batch;
		do {
			batch = claim();
			for (Delivery delivery : batch) {
				if (tracing.resume(delivery.traceParent(), "alert delivery", () -> attempt(delivery))) {
					sent++;
				}
			}
		}
		while (batch.size() == BATCH && unrecorded.isEmpty());
		return sent;
	}

	/** Takes up to a batch of due, unclaimed deliveries for this worker, in one committed statement. */
	private List<Delivery> claim() {
		Instant now = clock.instant();
		return jdbc.sql("""
				update delivery set claimed_until = :until where id in (
				  select id from delivery
				  where status = 'pending' and next_attempt_at <= :now and (claimed_until is null or claimed_until <= :now)
				  order by next_attempt_at limit :batch for update skip locked)
				returning id, channel, target, subject, body, urgent, attempts, trace_parent, next_attempt_at""")
			.param("until", Timestamp.from(now.plus(settings.claimTimeout())))
			.param("now", Timestamp.from(now))
			.param("batch", BATCH)
			.query((rs, row) -> Map.entry(rs.getTimestamp(9).toInstant(),
					new Delivery(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getBoolean(6), rs.getInt(7), rs.getString(8))))
			.list()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(Map.Entry::getValue)
			.toList();
	}

	/**
	 * Sends one claimed delivery and records the outcome, in a span of the trace the delivery was queued in (so its
	 * log lines carry the change's trace id).
	 * @return whether it was sent
	 */
	private boolean attempt(Delivery delivery) {
		Outcome outcome;
		try {
			Channel channel = channels.get(delivery.channel());
			if (channel == null) {
				throw new IllegalStateException("no channel '" + delivery.channel() + "' is configured");
			}
			channel.send(delivery);
			log.info("Delivery {} sent over {}", delivery.id(), delivery.channel());
			outcome = new Sent(delivery.id(), clock.instant());
		}
		catch (Exception ex) {
			int attempts = delivery.attempts() + 1;
			if (settings.givesUpAfter(attempts)) {
				log.error("Delivery {} over {} failed {} times, given up until an admin retries it: {}", delivery.id(),
						delivery.channel(), attempts, ex.getClass().getSimpleName());
				outcome = new Failed(delivery.id(), attempts, describe(ex), null);
			}
			else {
				Instant next = clock.instant().plus(settings.backoff(attempts));
				log.warn("Delivery {} over {} failed (attempt {}), next at {}: {}", delivery.id(), delivery.channel(),
						attempts, next, ex.getClass().getSimpleName());
				outcome = new Failed(delivery.id(), attempts, describe(ex), next);
			}
		}
		record(outcome);
		return outcome instanceof Sent;
	}

	private void record(Outcome outcome) {
		if (!unrecorded.isEmpty()) {
			unrecorded.add(outcome);
			return;
		}
		try {
			outcome.record(jdbc);
		}
		catch (DataAccessException ex) {
			log.warn("Outcome of delivery {} not recorded yet, kept until the database answers again: {}", outcome.id(),
					ex.getClass().getSimpleName());
			unrecorded.add(outcome);
		}
	}

	/** Records the kept outcomes in order; stops (and throws) at the first that still cannot be. */
	private void recordUnrecorded() {
		Outcome next;
		while ((next = unrecorded.peek()) != null) {
			next.record(jdbc);
			unrecorded.remove();
			log.info("Outcome of delivery {} recorded", next.id());
		}
	}

	private static String describe(Exception ex) {
		String message = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
		return message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
	}

	/** What became of one attempt, to be recorded on the delivery (releasing its claim). */
	private sealed interface Outcome {

		UUID id();

		void record(JdbcClient jdbc);

	}

	private record Sent(UUID id, Instant at) implements Outcome {

		@Override
		public void record(JdbcClient jdbc) {
			jdbc.sql("""
					update delivery set status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = null,
					claimed_until = null where id = ?""")
				.params(Timestamp.from(at), id)
				.update();
		}

	}

	/** A failed attempt: due again at {@code next}, or given up ({@code next} null). */
	private record Failed(UUID id, int attempts, String error, @Nullable Instant next) implements Outcome {

		@Override
		public void record(JdbcClient jdbc) {
			if (next == null) {
				jdbc.sql("update delivery set status = 'failed', attempts = ?, last_error = ?, claimed_until = null where id = ?")
					.params(attempts, error, id)
					.update();
			}
			else {
				jdbc.sql("""
						update delivery set attempts = ?, next_attempt_at = ?, last_error = ?, claimed_until = null
						where id = ?""")
					.params(attempts, Timestamp.from(next), error, id)
					.update();
			}
		}

	}

}
