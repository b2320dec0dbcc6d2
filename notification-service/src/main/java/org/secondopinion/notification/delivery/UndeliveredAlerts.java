package org.secondopinion.notification.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The alerts not delivered yet, for those who must know: pending ones (held for quiet hours, or retried after an
 * error) and failed ones (given up after {@code max-attempts}). Read by the admin page, health and the metrics;
 * an admin's retry puts a failed or waiting one back in the queue at once.
 */
@Component
class UndeliveredAlerts {

	/** The admin page lists at most this many, oldest first. */
	static final int LIMIT = 500;

	private final JdbcClient jdbc;

	private final DeliverySettings settings;

	private final Clock clock;

	UndeliveredAlerts(JdbcClient jdbc, DeliverySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** Pending and failed deliveries, oldest first; {@code status} narrows to one of them. */
	List<UndeliveredAlert> list(@Nullable String status) {
		return jdbc.sql("""
				select id, case_id, channel, target, subject, status, attempts, created_at, next_attempt_at, last_error
				from delivery where status in (?, ?) order by created_at, id limit ?""")
			.params(status == null ? "pending" : status, status == null ? "failed" : status, LIMIT)
			.query((rs, row) -> new UndeliveredAlert(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), DeliveryQueue.recipients(rs.getString(3), rs.getString(4)), rs.getString(5),
					rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toInstant(),
					"pending".equals(rs.getString(6)) ? rs.getTimestamp(9).toInstant() : null, rs.getString(10)))
			.list();
	}

	long count(String channel, String status) {
		return jdbc.sql("select count(*) from delivery where channel = ? and status = ?")
			.params(channel, status)
			.query(Long.class)
			.single();
	}

	/** Pending deliveries whose last attempt failed: the channel does not take them right now. */
	long failing() {
		return jdbc.sql("select count(*) from delivery where status = 'pending' and last_error is not null")
			.query(Long.class)
			.single();
	}

	/** Pending deliveries due for longer than {@code overdue-after}: nothing is sending them. */
	long overdue() {
		return jdbc.sql("select count(*) from delivery where status = 'pending' and next_attempt_at < ?")
			.param(Timestamp.from(clock.instant().minus(settings.overdueAfter())))
			.query(Long.class)
			.single();
	}

	/** The latest error of a delivery not sent yet, for health: no patient data, the channel's own words. */
	@Nullable String latestError() {
		return jdbc.sql("""
				select last_error from delivery where status <> 'sent' and last_error is not null
				order by next_attempt_at desc limit 1""")
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Sends the delivery again at the next poll: a failed one is pending again, with its count of attempts kept.
	 * @return whether there was such a delivery not sent yet
	 */
	boolean retry(UUID id) {
		return jdbc.sql("update delivery set status = 'pending', next_attempt_at = ? where id = ? and status <> 'sent'")
			.params(Timestamp.from(clock.instant()), id)
			.update() == 1;
	}

	/**
	 * One alert not delivered.
	 * @param recipients the addresses of an e-mail; none for a webhook
	 * @param nextAttemptAt when a pending one is tried next; none when failed
	 */
	record UndeliveredAlert(UUID id, @Nullable UUID caseId, String channel, @Nullable String recipients,
			@Nullable String subject, String status, int attempts, Instant createdAt, @Nullable Instant nextAttemptAt,
			@Nullable String lastError) {
	}

}
