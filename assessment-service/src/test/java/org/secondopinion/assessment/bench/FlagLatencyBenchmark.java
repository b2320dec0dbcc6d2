package org.secondopinion.assessment.bench;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.secondopinion.assessment.AssessmentServiceApplication;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.SharedKafka;
import org.secondopinion.testing.SharedPostgres;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Event in to flag out inside the service: a {@code resource.upserted} event for a planned spinal fusion is
 * published to {@code ehr.resources.v1}, and the time is taken until the service's {@code flag.raised} for that
 * patient is on {@code assessment.flags.v1}, one patient at a time (no queueing), on an embedded PostgreSQL and
 * KRaft broker. Baseline in the same run: the same producer and consumer passing a record through a topic of their
 * own (the two Kafka hops' floor is about twice that). Not a test: run it with the {@code bench} profile.
 * <p>
 * System properties: {@code bench.events} (200 timed, after 20 warm-up), {@code bench.debounce} (the service's
 * debounce, default {@code 20ms}), {@code bench.poll} (its re-assessment and outbox poll intervals, default
 * {@code 10ms}).
 */
public final class FlagLatencyBenchmark {

	private static final int WARM_UP = 20;

	private static final String ECHO_TOPIC = "bench.echo";

	private final EventCodec codec = new EventCodec();

	private final Map<String, Long> arrivals = new ConcurrentHashMap<>();

	private volatile boolean running = true;

	private FlagLatencyBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		new FlagLatencyBenchmark().run(Integer.getInteger("bench.events", 200),
				System.getProperty("bench.debounce", "20ms"), System.getProperty("bench.poll", "10ms"));
		System.exit(0);
	}

	private void run(int events, String debounce, String poll) throws Exception {
		String kafka = SharedKafka.bootstrapServers();
		ConfigurableApplicationContext service = AssessmentServiceApplication.start("--server.port=0",
				"--spring.datasource.url=" + SharedPostgres.newDatabase("assessment_bench"),
				"--spring.datasource.username=" + SharedPostgres.username(),
				"--spring.datasource.password=" + SharedPostgres.password(), "--spring.kafka.bootstrap-servers=" + kafka,
				"--spring.kafka.consumer.group-id=assessment-bench-" + UUID.randomUUID(),
				// never called: the benchmark uses no HTTP endpoint, and the JWT decoder is resolved lazily
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/realms/unused",
				"--second-opinion.assessment.debounce=" + debounce,
				"--second-opinion.assessment.reassessment-poll-interval=" + poll,
				"--second-opinion.assessment.outbox-poll-interval=" + poll, "--logging.level.root=WARN");
		String ehr = "bench" + UUID.randomUUID().toString().substring(0, 8);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.LINGER_MS_CONFIG, 0,
				ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
			Thread listener = listen(kafka);
			double[] echo = measure(events, i -> {
				String key = ehr + "/echo/" + i;
				producer.send(new ProducerRecord<>(ECHO_TOPIC, key, new byte[] { 1 }));
				return key;
			});
			double[] flag = measure(events, i -> {
				PatientKey patient = new PatientKey(ehr, "p-" + i);
				producer.send(new ProducerRecord<>(Topics.EHR_RESOURCES, patient.toString(),
						codec.write(ResourceEvents.upserted(ehr, codec.mapper().readTree(order(patient)),
								OffsetDateTime.now(ZoneOffset.UTC)))));
				return patient.toString();
			});
			running = false;
			listener.join();
			System.out.printf(Locale.ROOT, "%n%d events one at a time after %d warm-up; service debounce %s, "
					+ "re-assessment and outbox poll interval %s; %d cores%n%n", events, WARM_UP, debounce, poll,
					Runtime.getRuntime().availableProcessors());
			System.out.printf(Locale.ROOT, "| %-46s | %8s | %8s | %8s |%n", "path", "p50 ms", "p99 ms", "max ms");
			System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%n", "-".repeat(48), "-".repeat(10), "-".repeat(10),
					"-".repeat(10));
			row("one Kafka hop, producer to consumer (baseline)", echo);
			row("resource event in to flag event out", flag);
			System.out.printf(Locale.ROOT, "%nratio of the medians: %.1f%n", percentile(flag, 50) / percentile(echo, 50));
		}
		finally {
			service.close();
		}
	}

	/** Latencies in milliseconds of {@code events} sends, each waited for before the next. */
	private double[] measure(int events, Send send) throws InterruptedException {
		List<Double> latencies = new ArrayList<>();
		for (int i = -WARM_UP; i < events; i++) {
			long sent = System.nanoTime();
			String key = send.send(i + WARM_UP);
			long deadline = sent + TimeUnit.SECONDS.toNanos(60);
			Long arrived;
			while ((arrived = arrivals.get(key)) == null) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Nothing arrived for " + key + " within 60 s");
				}
				Thread.sleep(0, 200_000);
			}
			if (i >= 0) {
				latencies.add((arrived - sent) / 1e6);
			}
		}
		return latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
	}

	private Thread listen(String kafka) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
			if (!admin.listTopics().names().get().contains(ECHO_TOPIC)) {
				admin.createTopics(List.of(new NewTopic(ECHO_TOPIC, 1, (short) 1))).all().get();
			}
		}
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				kafka, ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest", ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5),
				new StringDeserializer(), new ByteArrayDeserializer());
		consumer.subscribe(List.of(ECHO_TOPIC, Topics.ASSESSMENT_FLAGS));
		while (consumer.assignment().stream().map(p -> p.topic()).distinct().count() < 2) {
			consumer.poll(Duration.ofMillis(100));
		}
		consumer.seekToEnd(consumer.assignment());
		consumer.assignment().forEach(consumer::position);
		Thread thread = new Thread(() -> {
			try (consumer) {
				while (running) {
					for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
						arrivals.putIfAbsent(record.key(), System.nanoTime());
					}
				}
			}
		}, "bench-listener");
		thread.start();
		return thread;
	}

	private static void row(String path, double[] latencies) {
		System.out.printf(Locale.ROOT, "| %-46s | %8.1f | %8.1f | %8.1f |%n", path, percentile(latencies, 50),
				percentile(latencies, 99), latencies[latencies.length - 1]);
	}

	private static double percentile(double[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static String order(PatientKey patient) {
		return """
				{"resourceType":"ServiceRequest","id":"sr-%s","meta":{"versionId":"1","lastUpdated":"2026-05-02T10:00:00Z"},
				 "status":"active","intent":"order","subject":{"reference":"Patient/%s"},"authoredOn":"2026-05-02",
				 "code":{"coding":[{"system":"http://snomed.info/sct","code":"55705006","display":"Spinal fusion"}]}}"""
			.formatted(patient.patientId(), patient.patientId());
	}

	@FunctionalInterface
	private interface Send {

		String send(int index);

	}

}
