package org.secondopinion.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics of the shared broker from the beginning, in a consumer group of its own, and keeps every record
 * seen so that tests can look for the ones they caused.
 */
public final class KafkaObserver implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

	public KafkaObserver(Collection<String> topics) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedKafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "observer-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
				new ByteArrayDeserializer());
		this.consumer.subscribe(List.copyOf(topics));
	}

	/** Polls for {@code duration}, then answers every record seen so far on {@code topic} that matches. */
	public List<ConsumerRecord<String, byte[]>> records(String topic, Predicate<ConsumerRecord<String, byte[]>> filter,
			Duration duration) {
		consumer.poll(duration).forEach(seen::add);
		return seen.stream().filter(r -> r.topic().equals(topic)).filter(filter).toList();
	}

	/** Polls briefly, then answers the records seen on {@code topic} with this key. */
	public List<ConsumerRecord<String, byte[]>> recordsWithKey(String topic, String key) {
		return records(topic, r -> key.equals(r.key()), Duration.ofMillis(200));
	}

	@Override
	public void close() {
		consumer.close();
	}

}
