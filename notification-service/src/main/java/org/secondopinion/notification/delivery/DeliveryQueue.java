package org.secondopinion.notification.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.secondopinion.notification.cases.CaseDeliveries;
import org.secondopinion.messaging.TracePropagation;
import org.secondopinion.notification.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Queues alerts in the caller's transaction: they are sent only if the change that caused them commits, in the trace
 * of that change.
 */
@Service
public class DeliveryQueue implements CaseDeliveries {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TracePropagation tracing;

	DeliveryQueue(JdbcClient jdbc, Clock clock, TracePropagation tracing) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.tracing = tracing;
	}

	/**
	 * Queues an e-mail to {@code recipients}.
	 * @param notBefore the earliest time to send, e.g. the end of quiet hours
	 */
	public void email(@Nullable CaseId caseId, List<String> recipients, String subject, String body, boolean urgent,
			Instant notBefore) {
		if (recipients.isEmpty()) {
			return;
		}
		add(caseId, "email", String.join(",", recipients), subject, body, urgent, notBefore);
	}

	/** Queues a signed POST of {@code json} to {@code url}. */
	public void webhook(@Nullable CaseId caseId, String url, String json, boolean urgent, Instant notBefore) {
		add(caseId, "webhook", url, null, json, urgent, notBefore);
	}

	@Override
	public List<Delivery> of(CaseId caseId) {
		return jdbc.sql("""
				select id, channel, status, attempts, created_at, sent_at, next_attempt_at, last_error, target
				from delivery where case_id = ? order by created_at, id""")
			.param(caseId.value())
			.query((rs, row) -> new Delivery(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)),
					"pending".equals(rs.getString(3)) ? instant(rs.getTimestamp(7)) : null, rs.getString(8),
					recipients(rs.getString(2), rs.getString(9))))
			.list();
	}

	private void add(@Nullable CaseId caseId, String channel, String target, @Nullable String subject, String body,
			boolean urgent, Instant notBefore) {
		Instant now = clock.instant();
		jdbc.sql("""
				insert into delivery (id, case_id, channel, target, subject, body, urgent, next_attempt_at, created_at,
				  trace_parent)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), caseId == null ? null : caseId.value(), channel, target, subject, body, urgent,
					Timestamp.from(notBefore.isAfter(now) ? notBefore : now), Timestamp.from(now), tracing.current())
			.update();
	}

	/** The addresses of an e-mail; a webhook's URL is not shown, since chat tools put their secret in it. */
	static @Nullable String recipients(String channel, String target) {
		return "email".equals(channel) ? target.replace(",", ", ") : null;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
