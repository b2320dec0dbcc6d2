package org.secondopinion.assessment.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A burst of resource events reaches the intake in one poll: the versions of one resource apply in order, a
 * deletion after them wins, a redelivered event changes nothing, a poison record goes to the dead-letter topic alone
 * while the rest commits, and redelivering the whole poll changes nothing at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=assessment-service", "spring.kafka.consumer.group-id=assessment-${random.uuid}",
				"second-opinion.assessment.as-of=2026-05-10T09:00:00Z" })
@DirtiesContext
class BatchedResourceIntakeIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "assessment");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	KafkaAdmin admin;

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	private final String ehr = "ehr" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void appliesAPollInOrderOnceAndDeadLettersOnlyThePoisonRecordAndARedeliveredPollChangesNothing() throws Exception {
		PatientKey a = new PatientKey(ehr, "b-a");
		PatientKey b = new PatientKey(ehr, "b-b");
		CloudEvent firstVersion = upserted(order("sr-1", "b-a", 1, "active", "2026-05-02T10:00:00Z"));
		CloudEvent secondVersion = upserted(order("sr-1", "b-a", 2, "completed", "2026-05-03T10:00:00Z"));
		CloudEvent other = upserted(order("sr-2", "b-a", 1, "active", "2026-05-02T10:00:00Z"));
		CloudEvent otherDeleted = ResourceEvents.deleted(a, "ServiceRequest", "sr-2", "2",
				OffsetDateTime.parse("2026-05-04T10:00:00Z"));
		CloudEvent ofB = upserted(order("sr-3", "b-b", 1, "active", "2026-05-02T10:00:00Z"));
		byte[] poison = "{\"specversion\":\"1.0\", not json".getBytes(StandardCharsets.UTF_8);
		List<CloudEvent> events = List.of(firstVersion, secondVersion, firstVersion, other, otherDeleted);

		try (KafkaObserver observer = new KafkaObserver(
				List.of(Topics.ASSESSMENT_FLAGS, Topics.deadLetter(Topics.EHR_RESOURCES)))) {
			paused(() -> {
				send(a, firstVersion);
				send(a, secondVersion);
				send(a, firstVersion);
				kafka.send(Topics.EHR_RESOURCES, a.toString(), poison);
				send(a, other);
				send(a, otherDeleted);
				send(b, ofB);
			});

			awaitStatus(b, "flagged");
			awaitStatus(a, "clear");
			// the poison record splits the poll: the records after it come in a later one, so wait for the deletion
			// itself, not for sr-2 to be absent (which it also is before its upsert arrives)
			await().atMost(Duration.ofSeconds(60)).until(() -> stored(a, "sr-1") != null && jdbc
				.sql("select deleted from patient_resource where ehr_id = ? and resource_id = 'sr-2'")
				.param(ehr)
				.query(Boolean.class)
				.optional()
				.orElse(false));
			assertThat(stored(a, "sr-1")).as("the newer version of the same poll won").isEqualTo("2 completed");
			assertThat(jdbc.sql("select deleted from patient_resource where ehr_id = ? and resource_id = 'sr-2'")
				.param(ehr)
				.query(Boolean.class)
				.single()).as("the deletion after the upsert won").isTrue();
			await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
					observer.recordsWithKey(Topics.deadLetter(Topics.EHR_RESOURCES), a.toString()))
				.extracting(ConsumerRecord::value)
				.containsExactly(poison));
			awaitCaughtUp();
			await().atMost(Duration.ofSeconds(30)).until(() -> pendingFor(a) == 0 && pendingFor(b) == 0);

			String before = snapshot();
			double reassessed = reassessments();
			int flagEvents = observer.records(Topics.ASSESSMENT_FLAGS, r -> r.key().startsWith(ehr + "/"),
					Duration.ofSeconds(1)).size();
			paused(() -> {
				events.forEach(event -> send(a, event));
				send(b, ofB);
			});
			awaitCaughtUp();

			assertThat(snapshot()).as("the redelivered poll stored nothing").isEqualTo(before);
			assertThat(pendingFor(a) + pendingFor(b)).as("and made no one due").isZero();
			assertThat(reassessments()).isEqualTo(reassessed);
			assertThat(observer.records(Topics.ASSESSMENT_FLAGS, r -> r.key().startsWith(ehr + "/"),
					Duration.ofSeconds(2))).hasSize(flagEvents);
			assertThat(observer.recordsWithKey(Topics.deadLetter(Topics.EHR_RESOURCES), a.toString())).hasSize(1);
		}
	}

	/** Publishes while the intake is stopped, so that the records reach it together in one poll. */
	private void paused(Runnable publish) {
		MessageListenerContainer intake = intake();
		intake.stop();
		try {
			publish.run();
			kafka.flush();
		}
		finally {
			intake.start();
		}
	}

	private MessageListenerContainer intake() {
		return listeners.getAllListenerContainers()
			.stream()
			.filter(c -> c.getContainerProperties().getTopics() != null
					&& List.of(c.getContainerProperties().getTopics()).contains(Topics.EHR_RESOURCES))
			.findFirst()
			.orElseThrow();
	}

	/** Waits until the intake's committed offsets reach the end of every partition of the resource topic. */
	private void awaitCaughtUp() throws Exception {
		String group = intake().getGroupId();
		try (Admin client = Admin.create(admin.getConfigurationProperties())) {
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
				Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
					.partitionsToOffsetAndMetadata()
					.get();
				Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
				committed.keySet().stream().filter(p -> p.topic().equals(Topics.EHR_RESOURCES))
					.forEach(p -> ends.put(p, OffsetSpec.latest()));
				if (ends.isEmpty()) {
					return false;
				}
				var latest = client.listOffsets(ends).all().get();
				return ends.keySet().stream().allMatch(p -> committed.get(p).offset() >= latest.get(p).offset());
			});
		}
	}

	/** What the intake keeps of the test's patients: their resource rows, when each arrived, and the event ids. */
	private String snapshot() {
		return jdbc.sql("""
				select string_agg(resource_id || ':' || version_id || ':' || deleted || ':' || received_at, ',' order by resource_id)
				  || '|' || (select count(*) from processed_event)
				from patient_resource where ehr_id = ?""")
			.param(ehr)
			.query(String.class)
			.single();
	}

	private double reassessments() {
		return meters.get("assessment.reassessment.duration").timer().count();
	}

	private int pendingFor(PatientKey patient) {
		return jdbc.sql("select count(*) from pending_assessment where ehr_id = ? and patient_id = ?")
			.params(ehr, patient.patientId())
			.query(Integer.class)
			.single();
	}

	private String stored(PatientKey patient, String resourceId) {
		return jdbc.sql("""
				select version_id || ' ' || (body ->> 'status') from patient_resource
				where ehr_id = ? and patient_id = ? and resource_id = ? and not deleted""")
			.params(ehr, patient.patientId(), resourceId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private void awaitStatus(PatientKey patient, String status) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("select status from assessment where ehr_id = ? and patient_id = ?")
				.params(ehr, patient.patientId())
				.query(String.class)
				.optional()
				.filter(status::equals)
				.isPresent());
	}

	private String order(String id, String patientId, int version, String status, String lastUpdated) {
		return """
				{"resourceType":"ServiceRequest","id":"%s","meta":{"versionId":"%d","lastUpdated":"%s"},
				 "status":"%s","intent":"order","subject":{"reference":"Patient/%s"},"authoredOn":"2026-05-02",
				 "occurrenceDateTime":"2026-06-01",
				 "code":{"coding":[{"system":"http://snomed.info/sct","code":"55705006","display":"Spinal fusion"}]}}"""
			.formatted(id, version, lastUpdated, status, patientId);
	}

	private CloudEvent upserted(String resource) {
		return ResourceEvents.upserted(ehr, codec.mapper().readTree(resource), OffsetDateTime.now(ZoneOffset.UTC));
	}

	private void send(PatientKey patient, CloudEvent event) {
		kafka.send(Topics.EHR_RESOURCES, patient.toString(), codec.write(event));
	}

}
