package org.secondopinion.notification.writeback;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relays outbox entries to Kafka in the order they were written, and marks them published only after Kafka
 * acknowledged them. A crash in between republishes them with the same event id; consumers are idempotent.
 */
@Component
class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final KafkaTemplate<String, byte[]> kafka;

	private final TransactionTemplate transactions;

	OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, byte[]> kafka, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.kafka = kafka;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${second-opinion.notification.writeback.outbox-poll-interval}")
	void relay() {
		try {
			Integer sent;
			do {
				sent = transactions.execute(status -> relayBatch());
			}
			while (sent != null && sent == BATCH);
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay paused, will retry: {}", ex.getMessage());
		}
	}

	private int relayBatch() {
		List<Entry> entries = jdbc.sql("""
				select id, topic, message_key, payload from outbox where published_at is null
				order by created_at limit ? for update skip locked""")
			.param(BATCH)
			.query((rs, row) -> new Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBytes(4)))
			.list();
		if (entries.isEmpty()) {
			return 0;
		}
		CompletableFuture<?>[] acks = entries.stream()
			.map(e -> kafka.send(e.topic(), e.key(), e.payload()))
			.toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(acks).get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			throw new IllegalStateException("Kafka did not acknowledge " + entries.size() + " write-back event(s)", ex);
		}
		jdbc.sql("update outbox set published_at = clock_timestamp() where id = any(?)")
			.param(entries.stream().map(Entry::id).toArray(UUID[]::new))
			.update();
		return entries.size();
	}

	private record Entry(UUID id, String topic, String key, byte[] payload) {
	}

}
