package org.secondopinion.notification.writeback;

import io.micrometer.core.instrument.MeterRegistry;
import org.secondopinion.messaging.Outbox;
import org.secondopinion.messaging.OutboxRelay;
import org.secondopinion.messaging.TracePropagation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/** Task write-back events leave through the transactional outbox, relayed to Kafka on a schedule. */
@Configuration(proxyBeanMethods = false)
class WritebackOutbox {

	private final OutboxRelay relay;

	WritebackOutbox(JdbcClient jdbc, KafkaTemplate<String, byte[]> kafka, TransactionTemplate transactions,
			MeterRegistry meters, TracePropagation tracing) {
		this.relay = new OutboxRelay(jdbc, kafka, transactions, meters, "notification", "write-back", tracing);
	}

	@Bean
	Outbox outbox(JdbcClient jdbc, TracePropagation tracing) {
		return new Outbox(jdbc, tracing);
	}

	@Scheduled(fixedDelayString = "${second-opinion.notification.writeback.outbox-poll-interval}")
	void relay() {
		relay.relay();
	}

}
