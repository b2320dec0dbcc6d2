package org.secondopinion.notification.directory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The provider directory from {@code ehr.directory.v1}, and the specialists it suggests. */
@SpringBootTest(properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class DirectoryIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "directory");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	SpecialistDirectory directory;

	private final String ehr = "dir" + UUID.randomUUID().toString().substring(0, 8);

	/** The reason and evidence display of a planned spinal fusion. */
	private final List<String> spinalFusion = List.of("Spinal fusion is planned.", "Spinal fusion");

	@Test
	void suggestsActiveSpecialistsOfTheSpecialtyOutsideTheTreatingOrganisation() {
		upsert("""
				{"resourceType":"Organization","id":"org-north","name":"North Clinic"}""");
		upsert("""
				{"resourceType":"Organization","id":"org-river","name":"Riverside Spine Center"}""");
		upsert("""
				{"resourceType":"Practitioner","id":"prac-lee","name":[{"prefix":["Dr."],"given":["Min"],"family":"Lee"}]}""");
		upsert(role("role-lee", "prac-lee", null, "org-river", "Orthopaedic surgery", true));
		upsert(role("role-north", "prac-north", "Dr. Nora North", "org-north", "Orthopaedic surgery", true));
		upsert(role("role-retired", "prac-old", "Dr. Old", "org-river", "Orthopaedic surgery", false));
		upsert(role("role-cardio", "prac-heart", "Dr. Heart", "org-river", "Cardiology", true));

		assertThat(directory.specialtiesFor(spinalFusion)).contains("orthop");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				directory.suggest(EhrId.of(ehr), directory.specialtiesFor(spinalFusion), "North Clinic")).singleElement().satisfies(s -> {
			assertThat(s.reference()).isEqualTo("PractitionerRole/role-lee");
			assertThat(s.name()).isEqualTo("Dr. Min Lee");
			assertThat(s.organization()).isEqualTo("Riverside Spine Center");
			assertThat(s.specialty()).isEqualTo("Orthopaedic surgery");
			assertThat(s.contact()).isEqualTo("+1 555 0100");
		}));
	}

	@Test
	void forgetsADeletedRoleAndKeepsTheNewerOfTwoVersions() {
		upsert("""
				{"resourceType":"PractitionerRole","id":"role-a","meta":{"versionId":"2","lastUpdated":"2026-05-02T00:00:00Z"},
				 "practitioner":{"display":"Dr. Newer"},"organization":{"display":"Elsewhere"},
				 "specialty":[{"text":"Orthopaedic surgery"}]}""");
		upsert("""
				{"resourceType":"PractitionerRole","id":"role-a","meta":{"versionId":"1","lastUpdated":"2026-05-01T00:00:00Z"},
				 "practitioner":{"display":"Dr. Older"},"organization":{"display":"Elsewhere"},
				 "specialty":[{"text":"Orthopaedic surgery"}]}""");
		upsert("""
				{"resourceType":"PractitionerRole","id":"role-b","meta":{"versionId":"1","lastUpdated":"2026-05-01T00:00:00Z"},
				 "practitioner":{"display":"Dr. Gone"},"organization":{"display":"Elsewhere"},
				 "specialty":[{"text":"Orthopaedic surgery"}]}""");
		send("PractitionerRole/role-b", CloudEvent.of(ehr + "/PractitionerRole/role-b/_history/1/deleted", "/fhir-gateway/" + ehr,
				EventType.RESOURCE_DELETED, "PractitionerRole/role-b", OffsetDateTime.now(ZoneOffset.UTC),
				codec.mapper().readTree("{\"resourceType\":\"PractitionerRole\",\"id\":\"role-b\",\"versionId\":\"1\"}")));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(directory.suggest(EhrId.of(ehr), List.of("orthop"), null))
			.extracting(Specialist::name).containsExactly("Dr. Newer"));
	}

	@Test
	void deadLettersADirectoryRecordKeyedForAnotherResource() {
		String key = ehr + "/PractitionerRole/role-x";
		byte[] value = codec.write(event("""
				{"resourceType":"PractitionerRole","id":"role-y"}"""));
		kafka.send(Topics.EHR_DIRECTORY, key, value).join();

		try (KafkaObserver observer = new KafkaObserver(List.of(Topics.deadLetter(Topics.EHR_DIRECTORY)))) {
			await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				ConsumerRecord<String, byte[]> dead = observer.recordsWithKey(Topics.deadLetter(Topics.EHR_DIRECTORY), key)
					.stream().findFirst().orElseThrow();
				assertThat(dead.value()).isEqualTo(value);
				assertThat(new String(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value(), StandardCharsets.UTF_8))
					.contains("is keyed '" + key + "' but is about PractitionerRole/role-y");
			});
		}
	}

	private static String role(String id, String practitioner, String practitionerDisplay, String organization,
			String specialty, boolean active) {
		return """
				{"resourceType":"PractitionerRole","id":"%s","active":%s,"practitioner":{"reference":"Practitioner/%s"%s},
				 "organization":{"reference":"Organization/%s"},"specialty":[{"text":"%s"}],
				 "telecom":[{"system":"phone","value":"+1 555 0100"}]}"""
			.formatted(id, active, practitioner, practitionerDisplay == null ? "" : ",\"display\":\"" + practitionerDisplay + "\"",
					organization, specialty);
	}

	private void upsert(String json) {
		CloudEvent event = event(json);
		send(event.data().path("resourceType").asString() + "/" + event.data().path("id").asString(), event);
	}

	private CloudEvent event(String json) {
		var resource = codec.mapper().readTree(json);
		String reference = resource.path("resourceType").asString() + "/" + resource.path("id").asString();
		return CloudEvent.of(ehr + "/" + reference + "/_history/" + resource.path("meta").path("versionId").asString("1"),
				"/fhir-gateway/" + ehr, EventType.RESOURCE_UPSERTED, reference, OffsetDateTime.now(ZoneOffset.UTC), resource);
	}

	private void send(String reference, CloudEvent event) {
		kafka.send(Topics.EHR_DIRECTORY, ehr + "/" + reference, codec.write(event)).join();
	}

}
