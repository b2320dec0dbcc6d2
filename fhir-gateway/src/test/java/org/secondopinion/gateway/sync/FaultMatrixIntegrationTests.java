package org.secondopinion.gateway.sync;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.Topics;
import org.secondopinion.gateway.ingest.DeadLetters;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.sandbox.faults.Faults;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every fault switch of the sandbox, one at a time, while a patient's records arrive: the sync ends with exactly the
 * sandbox's (id, versionId) set published for the patient, malformed resources on the dead-letter topic, and nothing
 * else (a repeated event is tolerated, an extra or missing one is not).
 */
@SpringBootTest(properties = { "spring.config.name=fhir-gateway", "second-opinion.gateway.poll-interval=200ms",
		"second-opinion.gateway.page-size=5", "second-opinion.gateway.retry.initial-backoff=50ms",
		"second-opinion.gateway.retry.max-backoff=2s", "second-opinion.gateway.retry.max-attempts=6",
		"second-opinion.gateway.retry.request-timeout=5s", "second-opinion.gateway.ingest.directory-types=" })
@DirtiesContext
class FaultMatrixIntegrationTests {

	private static final String EHR = "fm" + UUID.randomUUID().toString().substring(0, 8);

	private static ConfigurableApplicationContext sandbox;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "gatewayfaults");
		sandbox = SandboxEhrApplication.start("--server.port=0", "--second-opinion.sandbox.patients=0",
				"--spring.main.banner-mode=off");
		String base = "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port") + "/fhir";
		registry.add("second-opinion.gateway.ehrs[0].id", () -> EHR);
		registry.add("second-opinion.gateway.ehrs[0].base-url", () -> base);
		registry.add("second-opinion.gateway.ehrs[0].resource-types", () -> "Patient,Condition");
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Autowired
	EventCodec codec;

	private KafkaObserver observer;

	@BeforeEach
	void observe() {
		observer = new KafkaObserver(List.of(Topics.EHR_RESOURCES, Topics.deadLetter(Topics.EHR_RESOURCES)));
	}

	@AfterEach
	void clear() {
		observer.close();
		faults().clearFaults();
	}

	static List<Arguments> faultSwitches() {
		return List.of(
				Arguments.of("latency", (Consumer<Faults>) f -> f.delayResponses(Duration.ofMillis(400))),
				Arguments.of("429 with Retry-After", (Consumer<Faults>) f -> f.failNext(3, 429, Duration.ofSeconds(1))),
				Arguments.of("500", (Consumer<Faults>) f -> f.failNext(3, 500)),
				Arguments.of("dropped connection mid-page", (Consumer<Faults>) f -> f.dropConnectionNext(3, 300)),
				Arguments.of("duplicates across pages", (Consumer<Faults>) f -> f.repeatLastEntryOnNextPage(true)),
				Arguments.of("capped page size", (Consumer<Faults>) f -> f.capPageSize(2)),
				Arguments.of("malformed resources", (Consumer<Faults>) f -> {
				}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faultSwitches")
	void publishesExactlyTheSandboxesVersionsUnder(String name, Consumer<Faults> fault) {
		fault.accept(faults());
		String patientId = "fm-" + UUID.randomUUID().toString().substring(0, 8);
		Set<String> expected = new HashSet<>();
		Patient patient = new Patient();
		patient.setId(patientId);
		patient.addName().setFamily("Faultperson");
		expected.add(versionOf(store().put(patient)));
		for (int i = 0; i < 12; i++) {
			Condition condition = new Condition();
			condition.setSubject(new Reference(new IdType("Patient", patientId)));
			condition.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "38341003", "Hypertension")));
			Condition stored = store().create(condition);
			if (i % 4 == 0) {
				// a search serves only the latest version, so only the revision is expected
				stored.addNote().setText("revised " + i);
				stored = store().put(stored);
			}
			expected.add(versionOf(stored));
		}
		Set<String> malformed = new HashSet<>();
		if (name.startsWith("malformed")) {
			for (int i = 0; i < 2; i++) {
				malformed.add(versionOf(faults().putMalformed("Condition", "bad-" + i + "-" + patientId, patientId)));
			}
		}

		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> {
				assertThat(published(patientId)).containsAll(expected);
				assertThat(deadLettered(patientId)).containsAll(malformed);
			});
		observer.records(Topics.EHR_RESOURCES, r -> true, Duration.ofSeconds(2));
		assertThat(published(patientId)).as("exactly the sandbox's versions").isEqualTo(expected);
		assertThat(deadLettered(patientId)).as("exactly the malformed ones").isEqualTo(malformed);
	}

	private Set<String> published(String patientId) {
		return observer.recordsWithKey(Topics.EHR_RESOURCES, EHR + "/Patient/" + patientId)
			.stream()
			.map(r -> codec.read(r.value()).id().substring(EHR.length() + 1))
			.collect(Collectors.toSet());
	}

	private Set<String> deadLettered(String patientId) {
		return observer.records(Topics.deadLetter(Topics.EHR_RESOURCES),
				r -> r.key().equals(EHR + "/Patient/" + patientId)
						&& new String(r.headers().lastHeader(DeadLetters.EHR_HEADER).value(), StandardCharsets.UTF_8).equals(EHR),
				Duration.ofMillis(200))
			.stream()
			.map(r -> {
				var json = codec.mapper().readTree(r.value());
				return json.path("resourceType").asString() + "/" + json.path("id").asString() + "/_history/"
						+ json.path("meta").path("versionId").asString();
			})
			.collect(Collectors.toSet());
	}

	private static String versionOf(Resource resource) {
		return resource.fhirType() + "/" + resource.getIdElement().getIdPart() + "/_history/"
				+ resource.getMeta().getVersionId();
	}

	private static Faults faults() {
		return sandbox.getBean(Faults.class);
	}

	private static FhirStore store() {
		return sandbox.getBean(FhirStore.class);
	}

}
