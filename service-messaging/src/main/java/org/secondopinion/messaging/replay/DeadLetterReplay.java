package org.secondopinion.messaging.replay;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the records waiting on a topic's dead-letter topic and re-publishes them to the topic, key, value and headers
 * as they were, minus the dead-letter headers, plus {@value #REPLAY_HEADER} and {@value #REPLAYED_FROM_HEADER}.
 * <p>
 * The invariant: <b>a replay commits a dead letter's offset in its consumer group only after Kafka acknowledged the
 * record re-published</b>, and it reads only up to the end the dead-letter topic had when it started. So an
 * interrupted replay resumes from its last commit (repeating at most one batch, which the idempotent consumers drop by
 * event id), a finished one finds nothing left, and a record that fails again lands on the dead-letter topic after
 * that end: it waits for the next replay instead of going round in a loop.
 */
class DeadLetterReplay {

	/** The replay (its consumer group) that re-published a record. */
	static final String REPLAY_HEADER = "second-opinion-replay";

	/** Where a re-published record was dead-lettered: {@code <dead-letter topic>/<partition>/<offset>}. */
	static final String REPLAYED_FROM_HEADER = "second-opinion-replayed-from";

	static final String GROUP_PREFIX = "second-opinion.dead-letter-replay.";

	private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration LIMIT = Duration.ofMinutes(10);

	private final Map<String, Object> consumerConfig;

	private final Map<String, Object> producerConfig;

	private final Supplier<Set<String>> topics;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	/**
	 * @param consumerConfig the service's Kafka consumer settings (servers, TLS); group, offsets and deserializers are
	 * set here
	 * @param topics the topics whose dead letters this service may replay: those its listeners consume
	 */
	DeadLetterReplay(Map<String, Object> consumerConfig, Map<String, Object> producerConfig,
			Supplier<Set<String>> topics) {
		this.consumerConfig = consumerConfig;
		this.producerConfig = producerConfig;
		this.topics = topics;
	}

	Set<String> topics() {
		return topics.get();
	}

	/** What a replay with this filter would take (pending), and the dead letters it has already replayed. */
	DeadLetters list(String topic, ReplayFilter filter, int limit) {
		String group = group(topic, filter);
		List<DeadLetter> letters = new ArrayList<>();
		int[] counts = new int[2];
		try (KafkaConsumer<byte[], byte[]> consumer = consumer(group)) {
			Map<TopicPartition, Long> starts = starts(consumer, Topics.deadLetter(topic), filter);
			scan(consumer, consumer.beginningOffsets(starts.keySet()), record -> {
				if (!filter.takes(record.partition(), record.offset(), record.key())) {
					return;
				}
				boolean replayed = record.offset() < starts.get(new TopicPartition(record.topic(), record.partition()));
				counts[0]++;
				if (!replayed) {
					counts[1]++;
				}
				if (letters.size() < limit) {
					letters.add(DeadLetter.of(record, replayed));
				}
			});
		}
		return new DeadLetters(topic, Topics.deadLetter(topic), filter.replayName(), counts[0], counts[1], letters);
	}

	/** Re-publishes every dead letter the filter takes that this replay has not re-published yet. */
	ReplayResult replay(String topic, ReplayFilter filter) {
		String group = group(topic, filter);
		if (!running.add(group)) {
			throw new ReplayRunningException(filter.replayName());
		}
		List<DeadLetter> replayed = new ArrayList<>();
		int[] skipped = new int[1];
		try (KafkaConsumer<byte[], byte[]> consumer = consumer(group);
				KafkaProducer<byte[], byte[]> producer = producer()) {
			Map<TopicPartition, Long> starts = starts(consumer, Topics.deadLetter(topic), filter);
			List<Future<?>> acks = new ArrayList<>();
			Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
			scan(consumer, starts, record -> {
				if (filter.takes(record.partition(), record.offset(), record.key())) {
					acks.add(producer.send(republished(topic, group, record)));
					replayed.add(DeadLetter.of(record, true));
				}
				else {
					skipped[0]++;
				}
				progress.put(new TopicPartition(record.topic(), record.partition()),
						new OffsetAndMetadata(record.offset() + 1));
			}, () -> {
				awaitAll(acks);
				if (!progress.isEmpty()) {
					consumer.commitSync(progress);
				}
				acks.clear();
				progress.clear();
			});
		}
		finally {
			running.remove(group);
		}
		log.info("Replayed {} dead letter(s) of {} to {} (replay {}), {} outside the filter", replayed.size(),
				Topics.deadLetter(topic), topic, filter.replayName(), skipped[0]);
		return new ReplayResult(topic, Topics.deadLetter(topic), filter.replayName(), replayed.size(), skipped[0],
				replayed);
	}

	private String group(String topic, ReplayFilter filter) {
		if (!topics.get().contains(topic)) {
			throw new UnknownTopicException(topic, topics.get());
		}
		return GROUP_PREFIX + Topics.deadLetter(topic) + "." + filter.replayName();
	}

	/** Each partition taken (assigned), and where the replay starts in it: its committed offset, or the beginning. */
	private static Map<TopicPartition, Long> starts(KafkaConsumer<byte[], byte[]> consumer, String deadLetters,
			ReplayFilter filter) {
		List<TopicPartition> partitions = consumer.partitionsFor(deadLetters, Duration.ofSeconds(30))
			.stream()
			.map(info -> new TopicPartition(deadLetters, info.partition()))
			.filter(partition -> filter.partition() == null || filter.partition() == partition.partition())
			.toList();
		consumer.assign(partitions);
		Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
		Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
		Map<TopicPartition, Long> positions = new HashMap<>();
		for (TopicPartition partition : partitions) {
			OffsetAndMetadata offset = committed.get(partition);
			long start = Math.max(beginnings.get(partition), offset == null ? 0 : offset.offset());
			positions.put(partition, start);
		}
		return positions;
	}

	private static void scan(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> from,
			RecordVisitor visitor) {
		scan(consumer, from, visitor, () -> {
		});
	}

	/**
	 * Reads each partition from the offset given up to the end it has now (records dead-lettered meanwhile stay for
	 * later), calling {@code afterBatch} after each poll.
	 */
	private static void scan(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> from,
			RecordVisitor visitor, Runnable afterBatch) {
		Map<TopicPartition, Long> ends = consumer.endOffsets(from.keySet());
		from.forEach(consumer::seek);
		Instant deadline = Instant.now().plus(LIMIT);
		while (from.keySet().stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Dead letters not read within " + LIMIT + "; the progress so far is kept");
			}
			for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
				if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
					visitor.visit(record);
				}
			}
			afterBatch.run();
		}
	}

	private static ProducerRecord<byte[], byte[]> republished(String topic, String group,
			ConsumerRecord<byte[], byte[]> record) {
		ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(topic, null, record.key(), record.value());
		Headers headers = out.headers();
		for (Header header : record.headers()) {
			String name = header.key();
			if (!name.startsWith("kafka_dlt-") && !name.startsWith("second-opinion-dlt-") && !name.equals(REPLAY_HEADER)
					&& !name.equals(REPLAYED_FROM_HEADER)) {
				headers.add(header);
			}
		}
		headers.add(REPLAY_HEADER, group.getBytes(StandardCharsets.UTF_8));
		headers.add(REPLAYED_FROM_HEADER,
				(record.topic() + "/" + record.partition() + "/" + record.offset()).getBytes(StandardCharsets.UTF_8));
		return out;
	}

	private static void awaitAll(List<Future<?>> acks) {
		try {
			for (Future<?> ack : acks) {
				ack.get(60, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Replay interrupted; the progress so far is kept", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Kafka did not acknowledge a replayed record; the progress so far is kept",
					ex);
		}
	}

	private KafkaConsumer<byte[], byte[]> consumer(String group) {
		Map<String, Object> config = new HashMap<>(consumerConfig);
		config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
		return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	private KafkaProducer<byte[], byte[]> producer() {
		Map<String, Object> config = new HashMap<>(producerConfig);
		config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
	}

	@FunctionalInterface
	interface RecordVisitor {

		void visit(ConsumerRecord<byte[], byte[]> record);

	}

	/** One dead letter, without its value or exception message (either may hold patient data). */
	record DeadLetter(int partition, long offset, Instant timestamp, @Nullable String key, @Nullable String reason,
			@Nullable String exception, @Nullable String replayedBefore, boolean replayed) {

		static DeadLetter of(ConsumerRecord<byte[], byte[]> record, boolean replayed) {
			String reason = header(record, "second-opinion-dlt-reason");
			String exception = header(record, "kafka_dlt-exception-cause-fqcn");
			if (exception == null) {
				exception = header(record, "kafka_dlt-exception-fqcn");
			}
			return new DeadLetter(record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
					record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8), reason, exception,
					header(record, REPLAYED_FROM_HEADER), replayed);
		}

		private static @Nullable String header(ConsumerRecord<byte[], byte[]> record, String name) {
			Header header = record.headers().lastHeader(name);
			return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
		}

	}

	/**
	 * @param count dead letters the filter takes
	 * @param pending those the replay has not re-published yet
	 */
	record DeadLetters(String topic, String deadLetterTopic, String replay, int count, int pending,
			List<DeadLetter> records) {
	}

	record ReplayResult(String topic, String deadLetterTopic, String replay, int replayed, int skipped,
			List<DeadLetter> records) {
	}

	static final class UnknownTopicException extends RuntimeException {

		UnknownTopicException(String topic, Set<String> topics) {
			super("This service replays the dead letters of " + topics + ", not of " + topic);
		}

	}

	static final class ReplayRunningException extends RuntimeException {

		ReplayRunningException(String name) {
			super("The replay " + name + " is running on this instance; wait for it to finish");
		}

	}

}
