package org.secondopinion.notification.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
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
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * How fast flag events become cases, and how long each takes from publish until the intake has committed it, against
 * two baselines on the same records in the same run: a bare Kafka consumer that only fetches them, and one that also
 * decodes and validates each event. Not a test: run it with
 * {@code ./mvnw -B -pl notification-service -am -DskipTests -Pbench verify [-Dbench.events=10000]}.
 * <p>
 * A flag counts as taken when the intake's consumer group has committed its offset: the intake commits a poll's
 * offsets after the poll's database transaction, so the case is readable by then. Following the offsets keeps the
 * benchmark off the database: reading back each new case every 50 ms took PostgreSQL more time than the intake's own
 * statements. Each phase ends with one count of its cases in the database, which must find them all.
 */
public final class IntakeBenchmark {

	private static final String EHR = "bench";

	private static final Duration POLL = Duration.ofMillis(10);

	/** How often the burst and backlogs are polled; their latencies are hundreds of milliseconds. */
	private static final Duration BURST_POLL = Duration.ofMillis(Integer.getInteger("bench.burst-poll-ms", 50));

	private IntakeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int events = Integer.getInteger("bench.events", 10_000);
		// warm-up rounds of as many flags as the burst, until the JIT compiler is done: after one round its threads
		// still took half of the two cores through the measured burst, while the baselines, run last, met compiled code
		int maxWarmupRounds = Integer.getInteger("bench.warmup-rounds", 40);
		int rounds = Integer.getInteger("bench.rounds", 3);
		int paced = Integer.getInteger("bench.paced-events", 1_000);
		int pacedRate = Integer.getInteger("bench.paced-rate", 50);
		boolean statements = Boolean.getBoolean("bench.statements");
		if (statements) {
			System.setProperty(SharedPostgres.STATEMENT_STATISTICS, "true");
		}
		String kafka = SharedKafka.bootstrapServers();
		String db = SharedPostgres.newDatabase("bench");
		String group = "bench-" + UUID.randomUUID();
		EventCodec codec = new EventCodec();
		try (ConfigurableApplicationContext app = NotificationServiceApplication.start("--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--spring.datasource.url=" + db,
				"--spring.datasource.username=" + SharedPostgres.username(),
				"--spring.datasource.password=" + SharedPostgres.password(), "--spring.kafka.bootstrap-servers=" + kafka,
				"--spring.kafka.consumer.group-id=" + group,
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/realms/second-opinion");
				KafkaProducer<String, byte[]> producer = producer(kafka);
				Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka));
				Connection jdbc = DriverManager.getConnection(db, SharedPostgres.username(), SharedPostgres.password())) {
			if (statements) {
				try (Statement create = jdbc.createStatement()) {
					create.execute("create extension if not exists pg_stat_statements");
				}
			}
			Phases phases = new Phases(producer, admin, group, jdbc, codec, flagListener(app), statements);
			CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
			int warmed = 0;
			int quiet = 0;
			for (int i = 1; i <= maxWarmupRounds; i++) {
				long compiling = jit.getTotalCompilationTime();
				Run warm = phases.run("w" + i, events, 0, true, false);
				double jitShare = (jit.getTotalCompilationTime() - compiling) / (warm.elapsedNanos() / 1e6);
				System.out.printf("  warm-up round %d: %,.0f events/s, JIT compiling %.0f%% of the time%n", i,
						warm.rate(events), 100 * jitShare);
				warmed = i;
				// one quiet round can be a lull between compilations: two in a row
				quiet = jitShare < 0.10 ? quiet + 1 : 0;
				if (quiet == 2) {
					break;
				}
			}
			Run burst = phases.run("p", events, 0, false, false);
			List<Run> backlogs = new ArrayList<>();
			for (int i = 1; i <= rounds; i++) {
				backlogs.add(phases.run("b" + i, events, 0, true, i == rounds));
			}
			backlogs.sort(Comparator.comparingLong(Run::elapsedNanos));
			Run backlog = backlogs.get(backlogs.size() / 2);
			Run steady = phases.run("s", paced, pacedRate, false, false);
			int total = (warmed + 1 + rounds) * events + paced;
			double fetchOnly = consume(kafka, total, null);
			double decode = consume(kafka, total, codec);
			report(events, burst, backlog, fetchOnly, decode, paced, pacedRate, steady);
		}
		// the embedded broker and database keep non-daemon threads
		System.exit(0);
	}

	/** The listener container of the flag intake. */
	private static MessageListenerContainer flagListener(ConfigurableApplicationContext app) {
		return app.getBean(KafkaListenerEndpointRegistry.class)
			.getListenerContainers()
			.stream()
			.filter(c -> Arrays.asList(c.getContainerProperties().getTopics()).contains(Topics.ASSESSMENT_FLAGS))
			.findFirst()
			.orElseThrow();
	}

	/** Publishes a phase's flags and follows the intake's committed offsets until it has taken them all. */
	private record Phases(KafkaProducer<String, byte[]> producer, Admin admin, String group, Connection jdbc,
			EventCodec codec, MessageListenerContainer intake, boolean statements) {

		/**
		 * Publishes {@code count} flags of distinct patients, all at once ({@code rate} 0) or {@code rate} per second,
		 * and waits until the intake has taken each. As a {@code backlog}: the intake paused, every flag in the topic,
		 * then the clock started and the intake resumed, so that it reads records already in the topic, as the
		 * baselines do.
		 */
		Run run(String prefix, int count, int rate, boolean backlog, boolean cpuReport) throws Exception {
			// encoded (and schema-validated) before the clock starts: the burst is the records arriving at once, as
			// the baselines read them, not the work of producing them
			List<ProducerRecord<String, byte[]>> records = encode(prefix, count);
			long[] sentAt = new long[count];
			List<Future<RecordMetadata>> sent = new ArrayList<>(count);
			long publishNanos = 0;
			if (backlog) {
				intake.pause();
				while (!intake.isContainerPaused()) {
					Thread.sleep(10);
				}
				long publishing = System.nanoTime();
				records.forEach(r -> sent.add(producer.send(r)));
				producer.flush();
				publishNanos = System.nanoTime() - publishing;
			}
			CpuUse cpu = cpuReport ? CpuUse.now() : null;
			if (cpuReport && statements) {
				try (Statement reset = jdbc.createStatement()) {
					reset.execute("select pg_stat_statements_reset()");
				}
			}
			long start = System.nanoTime();
			Thread publisher;
			if (backlog) {
				Arrays.fill(sentAt, start);
				intake.resume();
				publisher = Thread.ofPlatform().start(() -> {
				});
			}
			else {
				publisher = Thread.ofPlatform().start(() -> {
					for (int i = 0; i < count; i++) {
						if (rate > 0) {
							LockSupport.parkNanos(start + i * 1_000_000_000L / rate - System.nanoTime());
						}
						sentAt[i] = System.nanoTime();
						synchronized (sent) {
							sent.add(producer.send(records.get(i)));
						}
						if (rate > 0) {
							producer.flush();
						}
					}
					producer.flush();
				});
			}
			long[] latencies = new long[count];
			boolean[] taken = new boolean[count];
			int seen = 0;
			while (seen < count) {
				Thread.sleep(rate > 0 ? POLL : BURST_POLL);
				long now = System.nanoTime();
				Map<TopicPartition, Long> committed = committed();
				List<Future<RecordMetadata>> sentSoFar;
				synchronized (sent) {
					sentSoFar = List.copyOf(sent);
				}
				seen = collect(sentSoFar, committed, now, sentAt, taken, latencies, seen);
			}
			publisher.join();
			long elapsed = System.nanoTime() - start;
			if (!backlog) {
				publishNanos = sentAt[count - 1] - start;
			}
			if (cpu != null) {
				cpu.printSince(count, elapsed);
				if (statements) {
					printStatements(count);
				}
			}
			requireCases(prefix, count);
			Arrays.sort(latencies);
			return new Run(elapsed, publishNanos, latencies);
		}

		/**
		 * The phase's flags, encoded. In a method of its own, as is {@link #collect}: compiled once, they stay compiled
		 * from phase to phase. Inside {@code run}, the compiler recompiled all of {@code run} with what it inlines
		 * (about 10 KB of bytecode, 0.4-0.5 s of a core) in each measured phase, as each phase took other branches.
		 */
		private List<ProducerRecord<String, byte[]>> encode(String prefix, int count) {
			List<ProducerRecord<String, byte[]>> records = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				FlagPayload flag = flag(prefix + "-" + i);
				records.add(new ProducerRecord<>(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(),
						codec.write(FlagEvents.of(codec, UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag,
								OffsetDateTime.now(ZoneOffset.UTC)))));
			}
			return records;
		}

		/**
		 * Marks the flags sent so far whose offsets the intake has committed as taken, with their latency.
		 * @return how many flags are taken now
		 */
		private static int collect(List<Future<RecordMetadata>> sentSoFar, Map<TopicPartition, Long> committed, long now,
				long[] sentAt, boolean[] taken, long[] latencies, int seenBefore) throws Exception {
			int seen = seenBefore;
			for (int i = 0; i < sentSoFar.size(); i++) {
				if (!taken[i] && sentSoFar.get(i).isDone()) {
					RecordMetadata metadata = sentSoFar.get(i).get();
					Long next = committed.get(new TopicPartition(metadata.topic(), metadata.partition()));
					if (next != null && metadata.offset() < next) {
						taken[i] = true;
						latencies[seen++] = now - sentAt[i];
					}
				}
			}
			return seen;
		}

		/** The database's statements since the reset, by execution time: µs per event, calls and rows. */
		private void printStatements(int count) throws SQLException {
			try (Statement query = jdbc.createStatement();
					ResultSet rows = query.executeQuery("""
							select total_exec_time, total_plan_time, calls, rows, wal_bytes, shared_blks_dirtied,
							  regexp_replace(left(query, 110), '\\s+', ' ', 'g')
							from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
							order by total_exec_time + total_plan_time desc limit 15""")) {
				System.out.printf("  database statements of the last backlog, per event: exec µs, plan µs, calls, rows, WAL bytes, "
						+ "blocks dirtied%n");
				while (rows.next()) {
					System.out.printf("  %7.1f %6.1f %7d %7d %7.0f %6.2f  %s%n", rows.getDouble(1) * 1000 / count,
							rows.getDouble(2) * 1000 / count, rows.getLong(3), rows.getLong(4),
							rows.getDouble(5) / count, rows.getDouble(6) / count, rows.getString(7));
				}
			}
		}

		/** The next offset the intake will read, by partition, as its consumer group has committed it. */
		private Map<TopicPartition, Long> committed() throws InterruptedException, ExecutionException {
			Map<TopicPartition, Long> next = new HashMap<>();
			Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get();
			offsets.forEach((partition, offset) -> {
				if (offset != null) {
					next.put(partition, offset.offset());
				}
			});
			return next;
		}

		/** Checks once that each flag of the phase has its case. */
		private void requireCases(String prefix, int count) throws SQLException {
			try (PreparedStatement query = jdbc
				.prepareStatement("select count(*) from care_case where ehr_id = ? and patient_id like ?")) {
				query.setString(1, EHR);
				query.setString(2, prefix + "-%");
				try (ResultSet rows = query.executeQuery()) {
					rows.next();
					if (rows.getInt(1) != count) {
						throw new IllegalStateException("Phase " + prefix + " committed " + count + " flags but "
								+ rows.getInt(1) + " cases are in the database");
					}
				}
			}
		}

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

	private static void report(int events, Run run, Run backlog, double fetchOnly, double decode, int paced,
			int pacedRate, Run steady) {
		double rate = events / (run.elapsedNanos() / 1e9);
		double backlogRate = backlog.rate(events);
		List<String> lines = new ArrayList<>();
		lines.add("IntakeBenchmark: " + events + " flag events, " + Runtime.getRuntime().availableProcessors() + " cores");
		lines.add(String.format("  baseline, fetch only          %,10.0f events/s", fetchOnly));
		lines.add(String.format("  baseline, fetch + decode      %,10.0f events/s", decode));
		lines.add(String.format("  intake into cases             %,10.0f events/s  (%.3f of fetch only, %.3f of decode)",
				rate, rate / fetchOnly, rate / decode));
		lines.add(String.format("  publishing the burst took     %,10d ms", run.publishNanos() / 1_000_000));
		lines.add(String.format("  flag-to-taken, burst          p50 %,d ms, p99 %,d ms, max %,d ms", run.percentile(0.50),
				run.percentile(0.99), run.percentile(1.0)));
		lines.add(String.format("  backlog into cases (median)   %,10.0f events/s  (%.3f of fetch only, %.3f of decode)",
				backlogRate, backlogRate / fetchOnly, backlogRate / decode));
		lines.add(String.format("  publishing the backlog took   %,10d ms (intake paused)", backlog.publishNanos() / 1_000_000));
		lines.add(String.format("  resume-to-taken, backlog      p50 %,d ms, p99 %,d ms, max %,d ms", backlog.percentile(0.50),
				backlog.percentile(0.99), backlog.percentile(1.0)));
		lines.add(String.format("  flag-to-taken, %d at %d/s     p50 %,d ms, p99 %,d ms, max %,d ms", paced, pacedRate,
				steady.percentile(0.50), steady.percentile(0.99), steady.percentile(1.0)));
		lines.forEach(System.out::println);
	}

	private record Run(long elapsedNanos, long publishNanos, long[] sortedLatencies) {

		double rate(int events) {
			return events / (elapsedNanos / 1e9);
		}

		long percentile(double p) {
			int index = (int) Math.ceil(p * sortedLatencies.length) - 1;
			return sortedLatencies[Math.max(0, Math.min(index, sortedLatencies.length - 1))] / 1_000_000;
		}

	}

}
