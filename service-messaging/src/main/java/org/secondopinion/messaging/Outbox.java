package org.secondopinion.messaging;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A transactional outbox: events written inside the caller's transaction leave for Kafka only if it commits, through
 * the service's {@link OutboxRelay}. The service's schema has the {@code outbox} table (id, topic, message_key,
 * payload, created_at, trace_parent), which holds the entries not yet published. Each entry keeps the trace of the
 * change that wrote it, which the relay sends on in the record's headers.
 */
public class Outbox {

	private final JdbcClient jdbc;

	private final TracePropagation tracing;

	public Outbox(JdbcClient jdbc, TracePropagation tracing) {
		this.jdbc = jdbc;
		this.tracing = tracing;
	}

	public Outbox(JdbcClient jdbc) {
		this(jdbc, TracePropagation.none());
	}

	/** Adds an event to publish; {@code id} is the CloudEvent id, so a republished event keeps it. */
	public void add(UUID id, String topic, String key, byte[] payload) {
		jdbc.sql("insert into outbox (id, topic, message_key, payload, trace_parent) values (?, ?, ?, ?, ?)")
			.params(id, topic, key, payload, tracing.current())
			.update();
	}

	/**
	 * Adds events to publish in one statement whatever their number (a column of values each, so the statement is
	 * prepared once), in the given order; each carries its entry's trace, or the current one.
	 */
	public void addAll(List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		String trace = tracing.current();
		jdbc.sql("""
				insert into outbox (id, topic, message_key, payload, trace_parent)
				select id, topic, message_key, payload, trace_parent
				from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as text[]), cast(? as bytea[]), cast(? as text[]))
				  with ordinality as o(id, topic, message_key, payload, trace_parent, n)
				order by n""")
			.params(entries.stream().map(Entry::id).toArray(UUID[]::new),
					entries.stream().map(Entry::topic).toArray(String[]::new),
					entries.stream().map(Entry::key).toArray(String[]::new),
					entries.stream().map(Entry::payload).toArray(byte[][]::new),
					entries.stream().map(e -> e.traceParent() == null ? trace : e.traceParent()).toArray(String[]::new))
			.update();
	}

	/**
	 * One event to publish: {@code id} is the CloudEvent id.
	 * @param traceParent the {@code traceparent} of the change it belongs to, when that is not the current trace (work
	 * done for a batch of records, each in its own trace); {@code null} for the current one
	 */
	public record Entry(UUID id, String topic, String key, byte[] payload, @Nullable String traceParent) {

		public Entry(UUID id, String topic, String key, byte[] payload) {
			this(id, topic, key, payload, null);
		}

	}

}
