package org.secondopinion.testing;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One real KRaft Kafka broker per test JVM, on a real TCP port, shared by every test class. */
public final class SharedKafka {

	private static final int PARTITIONS = 3;

	private static @Nullable EmbeddedKafkaBroker broker;

	private SharedKafka() {
	}

	public static synchronized String bootstrapServers() {
		if (broker == null) {
			EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
			started.brokerProperties(Map.of("auto.create.topics.enable", "true", "num.partitions",
					String.valueOf(PARTITIONS), "transaction.state.log.replication.factor", "1",
					"transaction.state.log.min.isr", "1"));
			started.afterPropertiesSet();
			Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "embedded-kafka-shutdown"));
			broker = started;
		}
		return broker.getBrokersAsString();
	}

}
