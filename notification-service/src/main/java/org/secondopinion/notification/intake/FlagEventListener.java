package org.secondopinion.notification.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagEvents;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.InvalidEventException;
import org.secondopinion.events.Topics;
import org.secondopinion.messaging.RecordReceipts;
import org.secondopinion.messaging.TracePropagation;
import org.secondopinion.notification.cases.CaseIntake;
import org.secondopinion.notification.cases.IncomingFlag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns flag events into cases a poll at a time: the records of one poll are decoded, then applied in one database
 * transaction, each event id at most once. A record that breaks the contract goes to the dead-letter topic alone:
 * the records before it commit, it is handed to the error handler by its index (not retried), and those after it
 * come again in the next poll. If the batch's transaction fails, its records are applied one transaction each, so
 * the failing record is retried and dead-lettered alone and the others commit. Each record gets its own
 * {@code CONSUMER} span in the trace its {@code traceparent} header carries, and the case changes, alerts and tasks
 * it causes continue that trace: one EHR change stays one trace although a poll is applied at once.
 */
@Component
class FlagEventListener {

	private final EventCodec codec;

	private final CaseIntake cases;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TracePropagation tracing;

	private final RecordReceipts receipts;

	FlagEventListener(EventCodec codec, CaseIntake cases, JdbcClient jdbc, TransactionTemplate transactions,
			TracePropagation tracing, ObjectProvider<ObservationRegistry> observations) {
		this.codec = codec;
		this.cases = cases;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.tracing = tracing;
		this.receipts = new RecordReceipts("flag-intake", "notification.intake.received",
				observations.getIfUnique(() -> ObservationRegistry.NOOP));
	}

	@KafkaListener(topics = Topics.ASSESSMENT_FLAGS, batch = "true",
			properties = "max.poll.records=${second-opinion.notification.intake.max-poll-records}")
	void on(List<ConsumerRecord<String, byte[]>> records) {
		List<Decoded> decoded = new ArrayList<>(records.size());
		@Nullable RuntimeException poison = null;
		for (ConsumerRecord<String, byte[]> record : records) {
			Observation received = receipts.start(record);
			try (Observation.Scope scope = received.openScope()) {
				decoded.add(decode(record, decoded.size(), received));
			}
			catch (RuntimeException ex) {
				received.error(ex);
				received.stop();
				poison = ex;
				break;
			}
		}
		@Nullable RuntimeException failure = null;
		try {
			applyAll(decoded);
		}
		catch (RuntimeException ex) {
			failure = ex;
			throw ex;
		}
		finally {
			for (Decoded one : decoded) {
				if (failure != null) {
					one.received().error(failure);
				}
				one.received().stop();
			}
		}
		if (poison != null) {
			throw new BatchListenerFailedException(poison.getMessage() == null ? poison.toString() : poison.getMessage(),
					poison, decoded.size());
		}
	}

	/** Decodes a record inside its receive span's scope, so that the flag keeps that span's trace. */
	private Decoded decode(ConsumerRecord<String, byte[]> record, int index, Observation received) {
		if (record.value() == null) {
			throw new InvalidEventException("Record without value at " + record.topic() + "-" + record.partition()
					+ "@" + record.offset());
		}
		CloudEvent event = codec.read(record.value());
		EventType type = event.eventType();
		if (!type.shortName().startsWith("flag.")) {
			throw new InvalidEventException("Event " + event.id() + " of type " + type.shortName()
					+ " does not belong on " + Topics.ASSESSMENT_FLAGS);
		}
		FlagPayload flag = codec.data(event, FlagPayload.class);
		if (!FlagEvents.keyOf(flag).toString().equals(record.key())) {
			throw new InvalidEventException("Flag event " + event.id() + " is keyed '" + record.key()
					+ "' but is about " + FlagEvents.keyOf(flag));
		}
		return new Decoded(index, event.id(), IncomingFlags.of(flag, tracing.current()), received);
	}

	private void applyAll(List<Decoded> decoded) {
		if (decoded.isEmpty()) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> applyFresh(decoded));
		}
		catch (RuntimeException batchFailed) {
			for (Decoded one : decoded) {
				try {
					transactions.executeWithoutResult(status -> applyFresh(List.of(one)));
				}
				catch (RuntimeException ex) {
					throw new BatchListenerFailedException("Flag event " + one.eventId() + " could not be applied", ex,
							one.index());
				}
			}
		}
	}

	/** Records the events' ids and applies those never processed before, in the batch's order. */
	private void applyFresh(List<Decoded> decoded) {
		Map<String, Decoded> firstOfEachId = new LinkedHashMap<>();
		decoded.forEach(d -> firstOfEachId.putIfAbsent(d.eventId(), d));
		Set<String> fresh = new HashSet<>(jdbc.sql("""
				insert into processed_event (event_id) select unnest(cast(? as text[]))
				on conflict do nothing returning event_id""")
			.param(firstOfEachId.keySet().toArray(String[]::new))
			.query(String.class)
			.list());
		List<IncomingFlag> flags = firstOfEachId.values().stream()
			.filter(d -> fresh.contains(d.eventId()))
			.map(Decoded::flag)
			.toList();
		cases.applyAll(flags);
	}

	/** A record read into the service's terms, with its place in the poll. */
	private record Decoded(int index, String eventId, IncomingFlag flag, Observation received) {
	}

}
