package org.secondopinion.assessment.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hl7.fhir.r4.model.Resource;
import org.secondopinion.assessment.AssessmentServiceApplication;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.secondopinion.sandbox.population.SyntheaRecords;
import org.secondopinion.testing.SharedKafka;
import org.secondopinion.testing.SharedPostgres;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * How fast the intake takes a backfill's resource events into the picture store, against two baselines on the same
 * records in the same run: a bare Kafka consumer that only fetches them, and one that also decodes each event. The
 * records are Synthea patients' resources as the gateway publishes them in a backfill: type after type (the
 * {@code $export} files), each keyed by its patient. Each value of {@code bench.max-poll-records} runs the service
 * on a database of its own with that many records per poll ({@code 1}: one transaction per record, as the intake
 * applied them before it took a poll at a time), re-assessing beside the intake with the production debounce and
 * poll interval. The intake's time is from the first send to the last event id recorded; re-assessed is until no
 * patient is due any more. Not a test: run it with
 * {@code ./mvnw -B -pl assessment-service -am -DskipTests -Pbench-intake verify [-Dbench.intake.patients=40]
 * [-Dbench.intake.max-poll-records=1,500]}.
 * <p>
 * System properties: {@code bench.patients} (40 of the cached 200-patient Synthea base), {@code bench.max-poll-records}
 * ({@code 1,500}).
 */
public final class ResourceIntakeBenchmark {

	private ResourceIntakeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int patients = Integer.getInteger("bench.patients", 40);
		List<Integer> pollSizes = List.of(System.getProperty("bench.max-poll-records", "1,500").split(","))
			.stream()
			.map(String::strip)
			.map(Integer::valueOf)
			.toList();
		EventCodec codec = new EventCodec();
		FhirContext fhir = FhirContext.forR4Cached();
		IParser json = fhir.newJsonParser();
		List<Resource> resources = new ArrayList<>();
		int[] seen = { 0 };
		SyntheaRecords.forEachPatient(fhir, SyntheaRecords.BASE_SIZE, 42, PictureTypes.ALL, record -> {
			if (seen[0]++ < patients) {
				resources.addAll(record);
			}
		});
		// as a backfill sends them: one type's export file after the other
		resources.sort(Comparator.comparingInt(r -> PictureTypes.ALL.indexOf(r.fhirType())));
		String kafka = SharedKafka.bootstrapServers();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
			if (!admin.listTopics().names().get().contains(Topics.EHR_RESOURCES)) {
				// as the gateway creates it: three partitions
				admin.createTopics(List.of(new NewTopic(Topics.EHR_RESOURCES, 3, (short) 1))).all().get();
			}
		}
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "ResourceIntakeBenchmark: %d patients, %,d resource events, %d cores",
				patients, resources.size(), Runtime.getRuntime().availableProcessors()));
		for (int pollSize : pollSizes) {
			String ehr = "bench" + UUID.randomUUID().toString().substring(0, 8);
			List<ProducerRecord<String, byte[]>> records = new ArrayList<>(resources.size());
			for (Resource resource : resources) {
				CloudEvent event = ResourceEvents.upserted(ehr, codec.mapper().readTree(json.encodeResourceToString(resource)),
						OffsetDateTime.now(ZoneOffset.UTC));
				PatientKey patient = ResourceEvents.patientOf(ehr, event.data()).orElseThrow();
				records.add(new ProducerRecord<>(Topics.EHR_RESOURCES, patient.toString(), codec.write(event)));
			}
			Map<TopicPartition, Long> from = endOffsets(kafka);
			Run run = run(kafka, records, pollSize);
			double fetchOnly = consume(kafka, from, records.size(), null);
			double decode = consume(kafka, from, records.size(), codec);
			double rate = records.size() / run.intakeSeconds();
			lines.add(String.format(Locale.ROOT, "  max-poll-records %d:", pollSize));
			lines.add(String.format(Locale.ROOT, "    baseline, fetch only          %,10.0f events/s", fetchOnly));
			lines.add(String.format(Locale.ROOT, "    baseline, fetch + decode      %,10.0f events/s", decode));
			lines.add(String.format(Locale.ROOT,
					"    intake into the store         %,10.0f events/s  (%.3f of fetch only, %.3f of decode), %.1f s",
					rate, rate / fetchOnly, rate / decode, run.intakeSeconds()));
			lines.add(String.format(Locale.ROOT, "    every patient re-assessed after %.1f s, %d re-assessments, longest intake stall %.1f s",
					run.reassessedSeconds(), run.reassessments(), run.longestStallSeconds()));
			lines.subList(lines.size() - 5, lines.size()).forEach(System.out::println);
		}
		lines.forEach(System.out::println);
		// the embedded broker and database keep non-daemon threads
		System.exit(0);
	}

	private static Run run(String kafka, List<ProducerRecord<String, byte[]>> records, int pollSize) throws Exception {
		String db = SharedPostgres.newDatabase("intake_bench");
		try (ConfigurableApplicationContext service = AssessmentServiceApplication.start("--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--spring.datasource.url=" + db,
				"--spring.datasource.username=" + SharedPostgres.username(),
				"--spring.datasource.password=" + SharedPostgres.password(), "--spring.kafka.bootstrap-servers=" + kafka,
				"--spring.kafka.consumer.group-id=assessment-bench-" + UUID.randomUUID(),
				"--spring.kafka.consumer.auto-offset-reset=latest",
				// never called: the benchmark uses no HTTP endpoint, and the JWT decoder is resolved lazily
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/realms/unused",
				"--second-opinion.assessment.intake.max-poll-records=" + pollSize);
				KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
						ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer());
				Connection jdbc = DriverManager.getConnection(db, SharedPostgres.username(), SharedPostgres.password());
				Statement query = jdbc.createStatement()) {
			// the listener is assigned its partitions before the first send (offsets reset to latest)
			MessageListenerContainer intake = service.getBean(KafkaListenerEndpointRegistry.class)
				.getAllListenerContainers()
				.iterator()
				.next();
			while (intake.getAssignedPartitions() == null || intake.getAssignedPartitions().isEmpty()) {
				Thread.sleep(100);
			}
			Thread.sleep(2_000);
			long start = System.nanoTime();
			Thread publisher = Thread.ofPlatform().start(() -> {
				records.forEach(producer::send);
				producer.flush();
			});
			long last = start;
			long longestStall = 0;
			long applied = 0;
			while (applied < records.size()) {
				Thread.sleep(100);
				long now = System.nanoTime();
				long count = count(query, "select count(*) from processed_event");
				if (count > applied) {
					applied = count;
					last = now;
				}
				else {
					longestStall = Math.max(longestStall, now - last);
					if (now - last > Duration.ofMinutes(5).toNanos()) {
						throw new IllegalStateException("Intake stalled at " + applied + " of " + records.size());
					}
				}
			}
			long intakeDone = System.nanoTime();
			while (count(query, "select count(*) from pending_assessment where due_at <= now() + interval '1 hour'") > 0) {
				Thread.sleep(100);
			}
			long reassessed = System.nanoTime();
			publisher.join();
			long reassessments = (long) service.getBean(MeterRegistry.class)
				.get("assessment.reassessment.duration")
				.timer()
				.count();
			return new Run((intakeDone - start) / 1e9, (reassessed - start) / 1e9, reassessments, longestStall / 1e9);
		}
	}

	private static long count(Statement query, String sql) throws SQLException {
		try (ResultSet rows = query.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** Where each partition of the resource topic ends now: a run's records start there. */
	private static Map<TopicPartition, Long> endOffsets(String kafka) {
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka), new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.EHR_RESOURCES)
				.stream()
				.map(p -> new TopicPartition(p.topic(), p.partition()))
				.toList();
			return consumer.endOffsets(partitions);
		}
	}

	/** Reads the run's {@code total} records of the resource topic with a fresh consumer; decodes each when given a codec. */
	private static double consume(String kafka, Map<TopicPartition, Long> from, int total, EventCodec codec) {
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.assign(from.keySet());
			from.forEach(consumer::seek);
			int read = 0;
			long start = System.nanoTime();
			while (read < total) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
					if (codec != null) {
						CloudEvent event = codec.read(record.value());
						PatientKey patient = PatientKey.parse(record.key());
						ResourceEvents.patientOf(patient.ehrId(), event.data());
					}
					read++;
				}
			}
			return total / ((System.nanoTime() - start) / 1e9);
		}
	}

	private record Run(double intakeSeconds, double reassessedSeconds, long reassessments, double longestStallSeconds) {
	}

}
