package org.secondopinion.assessment.flags;

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

/** Flag events leave through the transactional outbox, relayed to Kafka on a schedule. */
@Configuration(proxyBeanMethods = false)
class FlagOutbox {

	private final OutboxRelay relay;

	FlagOutbox(JdbcClient jdbc, KafkaTemplate<String, byte[]> kafka, TransactionTemplate transactions,
			MeterRegistry meters, TracePropagation tracing) {
		this.relay = new OutboxRelay(jdbc, kafka, transactions, meters, "assessment", "flag", tracing);
	}

	@Bean
	Outbox outbox(JdbcClient jdbc, TracePropagation tracing) {
		return new Outbox(jdbc, tracing);
	}

	@Scheduled(fixedDelayString = "${second-opinion.assessment.outbox-poll-interval}")
	void relay() {
		relay.relay();
	}

}
