package org.secondopinion.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relays outbox entries to Kafka in the order they were written, and removes them only once Kafka has acknowledged
 * them: each batch deletes its entries and sends them in one transaction, which commits after the acknowledgements
 * and rolls back (the entries stay) without them. A crash in between republishes them with the same event id;
 * consumers are idempotent. A published entry is not kept: its record is the Kafka topic, and the table stays as
 * small as what is waiting. Every instance of a service runs the relay; each batch first claims the relay with a
 * transaction-scoped advisory lock (an instance that finds it claimed sends nothing this time), so one instance at a
 * time publishes, in order.
 * Each record is sent in the trace of the change that wrote its entry, with that trace's {@code traceparent} header.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final KafkaTemplate<String, byte[]> kafka;

	private final TransactionTemplate transactions;

	private final Counter relayed;

	private final Counter failures;

	private final String events;

	private final String claim;
	private final TracePropagation tracing;

	/**
	 * @param meterPrefix e.g. {@code assessment}: the counters are {@code <prefix>.outbox.relayed} and
	 * {@code <prefix>.outbox.relay.failures}
	 * @param events what the events are, for messages, e.g. {@code flag}
	 */
	public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, byte[]> kafka, TransactionTemplate transactions,
			MeterRegistry meters, String meterPrefix, String events) {
		this(jdbc, kafka, transactions, meters, meterPrefix, events, TracePropagation.none());
	}

	/** As above, sending each record in the trace its entry was written in. */
	public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, byte[]> kafka, TransactionTemplate transactions,
			MeterRegistry meters, String meterPrefix, String events, TracePropagation tracing) {
		this.events = events;
		this.claim = "outbox-relay:" + meterPrefix;
		this.tracing = tracing;
		this.jdbc = jdbc;
		this.kafka = kafka;
		this.transactions = transactions;
		this.relayed = Counter.builder(meterPrefix + ".outbox.relayed")
			.description("Events Kafka acknowledged, removed from the outbox")
			.register(meters);
		this.failures = Counter.builder(meterPrefix + ".outbox.relay.failures")
			.description("Relay attempts that Kafka did not acknowledge; the entries stay in the outbox and are retried")
			.register(meters);
	}

	/** Publishes every unpublished entry, oldest first, in batches; the service calls it on a schedule. */
	public void relay() {
		try {
			Integer sent;
			do {
				sent = transactions.execute(status -> relayBatch());
			}
			while (sent != null && sent == BATCH);
		}
		catch (RuntimeException ex) {
			failures.increment();
			log.warn("Outbox relay paused, will retry: {}", ex.getMessage());
		}
	}

	private int relayBatch() {
		Boolean claimed = jdbc.sql("select pg_try_advisory_xact_lock(hashtext(?))").param(claim)
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(claimed)) {
			return 0;
		}
		// taken out of the table at once (one statement, no row written again): the transaction commits only once
		// Kafka has acknowledged them, and rolls back (the entries back in place) if it has not
		List<Entry> entries = jdbc.sql("""
				with sent as (
				  delete from outbox where id in (select id from outbox order by created_at limit ?)
				  returning id, topic, message_key, payload, trace_parent, created_at)
				select id, topic, message_key, payload, trace_parent from sent order by created_at""")
			.param(BATCH)
			.query((rs, row) -> new Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBytes(4),
					rs.getString(5)))
			.list();
		if (entries.isEmpty()) {
			return 0;
		}
		CompletableFuture<?>[] acks = entries.stream()
			.map(this::send)
			.toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(acks).get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			throw new IllegalStateException("Kafka did not acknowledge " + entries.size() + " " + events + " event(s)", ex);
		}
		relayed.increment(entries.size());
		return entries.size();
	}

	/**
	 * Sends an entry inside a span of its stored trace: Kafka's observation (when on) replaces the header with its own
	 * span of that trace; without it the stored context travels as it is.
	 */
	private CompletableFuture<?> send(Entry entry) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(entry.topic(), entry.key(), entry.payload());
		if (entry.traceParent() != null) {
			record.headers()
				.add(TracePropagation.TRACEPARENT, entry.traceParent().getBytes(StandardCharsets.US_ASCII));
		}
		return tracing.resume(entry.traceParent(), "outbox relay", () -> kafka.send(record));
	}

	private record Entry(UUID id, String topic, String key, byte[] payload, @Nullable String traceParent) {
	}

}
