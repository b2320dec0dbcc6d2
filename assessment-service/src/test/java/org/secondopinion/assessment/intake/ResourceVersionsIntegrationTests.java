package org.secondopinion.assessment.intake;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Versions arrive out of order and deletions overtake updates: the picture keeps the newest version (by numeric
 * version id and {@code meta.lastUpdated}), and a deleted resource stays deleted until a newer version arrives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=assessment-service", "spring.kafka.consumer.group-id=assessment-${random.uuid}" })
@DirtiesContext
class ResourceVersionsIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "assessment");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcClient jdbc;

	private final String ehr = "ehr" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void keepsTheNewestVersionWhenAnOlderOneArrivesLate() {
		PatientKey patient = new PatientKey(ehr, "v-1");
		send(patient, upserted(order("sr-1", "v-1", 2, "completed", "2026-05-03T10:00:00Z")));
		send(patient, upserted(order("sr-1", "v-1", 1, "active", "2026-05-02T10:00:00Z")));
		send(patient, upserted(order("other", "v-1", 1, "completed", "2026-05-02T10:00:00Z")));

		awaitStored(patient, "other");
		assertThat(stored(patient, "sr-1")).isEqualTo("2 completed");
		awaitStatus(patient, "clear");
	}

	@Test
	void keepsTheHigherVersionIdWhenTheEhrGivesNoLastUpdated() {
		PatientKey patient = new PatientKey(ehr, "v-2");
		send(patient, upserted(order("sr-2", "v-2", 3, "completed", null)));
		send(patient, upserted(order("sr-2", "v-2", 2, "active", null)));
		send(patient, upserted(order("other", "v-2", 1, "completed", null)));

		awaitStored(patient, "other");
		assertThat(stored(patient, "sr-2")).isEqualTo("3 completed");
	}

	@Test
	void resolvesTheFlagWhenTheResourceBehindItIsDeleted() {
		PatientKey patient = new PatientKey(ehr, "v-3");
		send(patient, upserted(order("sr-3", "v-3", 1, "active", "2026-05-02T10:00:00Z")));
		awaitStatus(patient, "flagged");

		send(patient, ResourceEvents.deleted(patient, "ServiceRequest", "sr-3", "2",
				OffsetDateTime.parse("2026-05-05T10:00:00Z")));

		awaitStatus(patient, "clear");
		assertThat(jdbc.sql("select status from flag where ehr_id = ? and patient_id = ?")
			.params(ehr, patient.patientId())
			.query(String.class)
			.single()).isEqualTo("resolved");
	}

	@Test
	void doesNotBringBackADeletedResourceWhenAnOlderVersionArrivesLate() {
		PatientKey patient = new PatientKey(ehr, "v-4");
		send(patient, ResourceEvents.deleted(patient, "ServiceRequest", "sr-4", "2",
				OffsetDateTime.parse("2026-05-05T10:00:00Z")));
		send(patient, upserted(order("sr-4", "v-4", 1, "active", "2026-05-02T10:00:00Z")));
		send(patient, upserted(order("other", "v-4", 1, "completed", "2026-05-02T10:00:00Z")));

		awaitStored(patient, "other");
		awaitStatus(patient, "clear");
		assertThat(jdbc.sql("select deleted from patient_resource where ehr_id = ? and resource_id = 'sr-4'")
			.param(ehr)
			.query(Boolean.class)
			.single()).isTrue();

		send(patient, upserted(order("sr-4", "v-4", 3, "active", "2026-05-06T10:00:00Z")));
		awaitStatus(patient, "flagged");
	}

	private void awaitStored(PatientKey patient, String resourceId) {
		await().atMost(Duration.ofSeconds(60)).until(() -> stored(patient, resourceId) != null);
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
		String meta = lastUpdated == null ? "{\"versionId\":\"" + version + "\"}"
				: "{\"versionId\":\"" + version + "\",\"lastUpdated\":\"" + lastUpdated + "\"}";
		return """
				{"resourceType":"ServiceRequest","id":"%s","meta":%s,
				 "status":"%s","intent":"order","subject":{"reference":"Patient/%s"},"authoredOn":"2026-05-02",
				 "code":{"coding":[{"system":"http://snomed.info/sct","code":"55705006","display":"Spinal fusion"}]}}"""
			.formatted(id, meta, status, patientId);
	}

	private CloudEvent upserted(String resource) {
		return ResourceEvents.upserted(ehr, codec.mapper().readTree(resource), OffsetDateTime.now(ZoneOffset.UTC));
	}

	private void send(PatientKey patient, CloudEvent event) {
		kafka.send(Topics.EHR_RESOURCES, patient.toString(), codec.write(event)).join();
	}

}
