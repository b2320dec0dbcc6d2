package org.secondopinion.notification.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagEvents;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.InvalidEventException;
import org.secondopinion.events.Topics;
import org.secondopinion.notification.cases.CaseIntake;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Turns flag events into cases; records that break the contract land on the dead-letter topic. */
@Component
class FlagEventListener {

	private final EventCodec codec;

	private final CaseIntake cases;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	FlagEventListener(EventCodec codec, CaseIntake cases, JdbcClient jdbc, TransactionTemplate transactions) {
		this.codec = codec;
		this.cases = cases;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@KafkaListener(topics = Topics.ASSESSMENT_FLAGS)
	void on(ConsumerRecord<String, byte[]> record) {
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
		transactions.executeWithoutResult(status -> {
			int fresh = jdbc.sql("insert into processed_event (event_id) values (?) on conflict do nothing")
				.param(event.id())
				.update();
			if (fresh == 1) {
				cases.apply(IncomingFlags.of(flag));
			}
		});
	}

}
