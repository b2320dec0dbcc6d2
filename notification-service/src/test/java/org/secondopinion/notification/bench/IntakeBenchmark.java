package org.secondopinion.notification.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

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
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagEvents;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;
import org.secondopinion.events.Topics;
import org.secondopinion.notification.NotificationServiceApplication;
import org.secondopinion.testing.SharedKafka;
import org.secondopinion.testing.SharedPostgres;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast flag events become cases, and how long each takes from publish to being readable in the database,
 * against two baselines on the same records in the same run: a bare Kafka consumer that only fetches them, and one
 * that also decodes and validates each event. Not a test: run it with
 * {@code ./mvnw -B -pl notification-service -am -DskipTests -Pbench verify [-Dbench.events=10000]}.
 */
public final class IntakeBenchmark {

	private static final String EHR = "bench";

	private static final Duration POLL = Duration.ofMillis(10);

	/**
	 * How often the burst is polled: a query every 10 ms that returned the last five seconds of new cases took as much
	 * of the two cores as the intake itself; the latencies of the burst are seconds, so 50 ms is resolution enough.
	 */
	private static final Duration BURST_POLL = Duration.ofMillis(Integer.getInteger("bench.burst-poll-ms", 50));

	private IntakeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int events = Integer.getInteger("bench.events", 10_000);
		// as many warm-up flags as the burst: with 500, the JIT compiler was still at work on the intake's path through
		// the burst (its threads took a quarter of the two cores), while the baselines run last, compiled
		int warmup = Integer.getInteger("bench.warmup", 10_000);
		int paced = Integer.getInteger("bench.paced-events", 1_000);
		int pacedRate = Integer.getInteger("bench.paced-rate", 50);
		String kafka = SharedKafka.bootstrapServers();
		String db = SharedPostgres.newDatabase("bench");
		EventCodec codec = new EventCodec();
		try (ConfigurableApplicationContext app = NotificationServiceApplication.start("--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--spring.datasource.url=" + db,
				"--spring.datasource.username=" + SharedPostgres.username(),
				"--spring.datasource.password=" + SharedPostgres.password(), "--spring.kafka.bootstrap-servers=" + kafka,
				"--spring.kafka.consumer.group-id=bench-" + UUID.randomUUID(),
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/realms/second-opinion");
				KafkaProducer<String, byte[]> producer = producer(kafka);
				Connection jdbc = DriverManager.getConnection(db, SharedPostgres.username(), SharedPostgres.password())) {
			publishAndWait(producer, jdbc, codec, "warm", warmup, 0);
			Run burst = publishAndWait(producer, jdbc, codec, "p", events, 0);
			Run steady = publishAndWait(producer, jdbc, codec, "s", paced, pacedRate);
			int total = warmup + events + paced;
			double fetchOnly = consume(kafka, total, null);
			double decode = consume(kafka, total, codec);
			report(events, burst, fetchOnly, decode, paced, pacedRate, steady);
		}
		// the embedded broker and database keep non-daemon threads
		System.exit(0);
	}

	/**
	 * Publishes {@code count} flags of distinct patients, all at once ({@code rate} 0) or {@code rate} per second,
	 * and waits until each one's case is in the database.
	 */
	private static Run publishAndWait(KafkaProducer<String, byte[]> producer, Connection jdbc, EventCodec codec,
			String prefix, int count, int rate) throws SQLException, InterruptedException {
		Map<String, Long> published = new ConcurrentHashMap<>(count * 2);
		// encoded (and schema-validated) before the clock starts: the burst is the records arriving at once, as the
		// baselines read them, not the work of producing them
		List<ProducerRecord<String, byte[]>> records = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			FlagPayload flag = flag(prefix + "-" + i);
			records.add(new ProducerRecord<>(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(),
					codec.write(FlagEvents.of(codec, UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag,
							OffsetDateTime.now(ZoneOffset.UTC)))));
		}
		long[] publishedAll = new long[1];
		long start = System.nanoTime();
		Thread publisher = Thread.ofPlatform().start(() -> {
			for (int i = 0; i < count; i++) {
				if (rate > 0) {
					LockSupport.parkNanos(start + i * 1_000_000_000L / rate - System.nanoTime());
				}
				published.put(prefix + "-" + i, System.nanoTime());
				producer.send(records.get(i));
				if (rate > 0) {
					producer.flush();
				}
			}
			producer.flush();
			publishedAll[0] = System.nanoTime() - start;
		});
		long[] latencies = new long[count];
		int seen = 0;
		Timestamp since = new Timestamp(0);
		Map<String, Boolean> visible = new HashMap<>(count * 2);
		try (PreparedStatement query = jdbc.prepareStatement("""
				select patient_id, created_at from care_case
				where updated_at >= ? and ehr_id = ? and patient_id like ? and created_at >= ?""")) {
			while (seen < count) {
				Thread.sleep(rate > 0 ? POLL : BURST_POLL);
				query.setTimestamp(1, since);
				query.setString(2, EHR);
				query.setString(3, prefix + "-%");
				query.setTimestamp(4, since);
				long now = System.nanoTime();
				Timestamp newest = since;
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						String patient = rows.getString(1);
						Timestamp created = rows.getTimestamp(2);
						newest = created.after(newest) ? created : newest;
						if (visible.putIfAbsent(patient, Boolean.TRUE) == null) {
							latencies[seen++] = now - published.get(patient);
						}
					}
				}
				// rows commit a little after their created_at: look back a few seconds for late commits
				since = new Timestamp(Math.max(0, newest.getTime() - 5_000));
			}
		}
		publisher.join();
		long elapsed = System.nanoTime() - start;
		Arrays.sort(latencies);
		return new Run(elapsed, publishedAll[0], latencies);
	}

	/** Reads {@code total} records of the flags topic with a fresh consumer; decodes each one when given a codec. */
	private static double consume(String kafka, int total, EventCodec codec) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ConsumerConfig.GROUP_ID_CONFIG,
				"bench-baseline-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(Topics.ASSESSMENT_FLAGS));
			int read = 0;
			long start = 0;
			while (read < total) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
					if (start == 0) {
						start = System.nanoTime();
					}
					if (codec != null) {
						CloudEvent event = codec.read(record.value());
						codec.data(event, FlagPayload.class);
					}
					read++;
				}
			}
			return total / ((System.nanoTime() - start) / 1e9);
		}
	}

	private static FlagPayload flag(String patientId) {
		return new FlagPayload("flag-" + patientId, new FlagPayload.PatientSummary(EHR, patientId, "Bench Patient",
				"1960-01-01", "MRN-" + patientId), "North Clinic", Priority.ROUTINE, FlagStatus.OPEN,
				List.of(new FlagPayload.CriterionMet(CriterionCode.MAJOR_PROCEDURE_PLANNED, "Spinal fusion is planned.",
						List.of(new FlagPayload.Evidence("ServiceRequest/sr-" + patientId + "/_history/1", "Spinal fusion")))),
				null, "bench", OffsetDateTime.now(ZoneOffset.UTC));
	}

	private static KafkaProducer<String, byte[]> producer(String kafka) {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer());
	}

	private static void report(int events, Run run, double fetchOnly, double decode, int paced, int pacedRate,
			Run steady) {
		double rate = events / (run.elapsedNanos() / 1e9);
		List<String> lines = new ArrayList<>();
		lines.add("IntakeBenchmark: " + events + " flag events, " + Runtime.getRuntime().availableProcessors() + " cores");
		lines.add(String.format("  baseline, fetch only          %,10.0f events/s", fetchOnly));
		lines.add(String.format("  baseline, fetch + decode      %,10.0f events/s", decode));
		lines.add(String.format("  intake into cases             %,10.0f events/s  (%.3f of fetch only, %.3f of decode)",
				rate, rate / fetchOnly, rate / decode));
		lines.add(String.format("  publishing the burst took     %,10d ms", run.publishNanos() / 1_000_000));
		lines.add(String.format("  flag-to-visible, burst        p50 %,d ms, p99 %,d ms, max %,d ms", run.percentile(0.50),
				run.percentile(0.99), run.percentile(1.0)));
		lines.add(String.format("  flag-to-visible, %d at %d/s   p50 %,d ms, p99 %,d ms, max %,d ms", paced, pacedRate,
				steady.percentile(0.50), steady.percentile(0.99), steady.percentile(1.0)));
		lines.forEach(System.out::println);
	}

	private record Run(long elapsedNanos, long publishNanos, long[] sortedLatencies) {

		long percentile(double p) {
			int index = (int) Math.ceil(p * sortedLatencies.length) - 1;
			return sortedLatencies[Math.max(0, Math.min(index, sortedLatencies.length - 1))] / 1_000_000;
		}

	}

}
