package org.secondopinion.gateway.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.Topics;
import org.secondopinion.gateway.FhirGatewayApplication;
import org.secondopinion.gateway.backfill.BackfillProgress;
import org.secondopinion.gateway.backfill.BackfillRequest;
import org.secondopinion.gateway.backfill.BackfillState;
import org.secondopinion.gateway.backfill.Backfills;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.sandbox.faults.Faults;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Closes the gateway while pages are in flight (the sandbox answers slowly), changes the EHR while the gateway is
 * down, and starts a new gateway on the same database: nothing is missing afterwards, and nothing extra appears.
 * Likewise for a backfill closed in the middle of a file.
 */
class SyncRestartIntegrationTests {

	private static final String EHR = "rs" + UUID.randomUUID().toString().substring(0, 8);

	private final EventCodec codec = new EventCodec();

	private ConfigurableApplicationContext sandbox;

	private KafkaObserver observer;

	@BeforeEach
	void start() {
		sandbox = SandboxEhrApplication.start("--server.port=0", "--second-opinion.sandbox.patients=0",
				"--spring.main.banner-mode=off");
		observer = new KafkaObserver(List.of(Topics.EHR_RESOURCES));
	}

	/** A gateway on a database of its own, polling {@code types}; every call of one test shares the database. */
	private String[] gatewayArgs(String types) {
		if (database.isEmpty()) {
			TestInfrastructure.register((name, value) -> database.put(name, value.get()), "gatewayrestart");
		}
		List<String> args = new ArrayList<>();
		database.forEach((name, value) -> args.add("--" + name + "=" + value));
		args.addAll(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--second-opinion.gateway.poll-interval=200ms", "--second-opinion.gateway.page-size=10",
				"--second-opinion.gateway.ingest.directory-types=", "--second-opinion.gateway.ingest.backfill.batch-size=20",
				"--second-opinion.gateway.ehrs[0].id=" + EHR,
				"--second-opinion.gateway.ehrs[0].base-url=http://127.0.0.1:"
						+ sandbox.getEnvironment().getProperty("local.server.port") + "/fhir",
				"--second-opinion.gateway.ehrs[0].resource-types=" + types));
		return args.toArray(String[]::new);
	}

	private final Map<String, Object> database = new LinkedHashMap<>();

	@AfterEach
	void stop() {
		observer.close();
		sandbox.close();
	}

	@Test
	void losesNothingWhenTheGatewayIsClosedInTheMiddleOfASync() {
		String patientId = "rs-" + UUID.randomUUID().toString().substring(0, 8);
		Set<String> expected = new HashSet<>();
		Patient patient = new Patient();
		patient.setId(patientId);
		expected.add(versionOf(store().put(patient)));
		for (int i = 0; i < 200; i++) {
			expected.add(versionOf(store().create(condition(patientId))));
		}
		sandbox.getBean(Faults.class).delayResponses(Duration.ofMillis(300));

		ConfigurableApplicationContext first = FhirGatewayApplication.start(gatewayArgs("Patient,Condition"));
		await().atMost(Duration.ofSeconds(60)).until(() -> published(patientId).size() >= 30);
		first.close();
		Set<String> beforeRestart = published(patientId);
		assertThat(beforeRestart).as("stopped in the middle").hasSizeLessThan(expected.size());

		for (int i = 0; i < 20; i++) {
			expected.add(versionOf(store().create(condition(patientId))));
		}
		sandbox.getBean(Faults.class).clearFaults();
		ConfigurableApplicationContext second = FhirGatewayApplication.start(gatewayArgs("Patient,Condition"));
		try {
			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
				.untilAsserted(() -> assertThat(published(patientId)).containsAll(expected));
			observer.records(Topics.EHR_RESOURCES, r -> true, Duration.ofSeconds(1));
			assertThat(published(patientId)).isEqualTo(expected);
		}
		finally {
			second.close();
		}
	}

	@Test
	void resumesABackfillClosedInTheMiddleOfAFileAfterTheRestart() {
		String patientId = "bf-" + UUID.randomUUID().toString().substring(0, 8);
		Set<String> expected = new HashSet<>();
		Patient patient = new Patient();
		patient.setId(patientId);
		expected.add(versionOf(store().put(patient)));
		for (int i = 0; i < 4000; i++) {
			expected.add(versionOf(store().create(condition(patientId))));
		}

		ConfigurableApplicationContext first = FhirGatewayApplication.start(gatewayArgs("Basic"));
		Backfills backfills = first.getBean(Backfills.class);
		BackfillProgress started = backfills.start(EhrId.of(EHR), new BackfillRequest(List.of("Patient", "Condition"), null, null));
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
			.until(() -> backfills.progress(EhrId.of(EHR), started.id()).orElseThrow().resourcesDone() >= 200);
		first.close();
		assertThat(published(patientId)).as("stopped in the middle").hasSizeLessThan(expected.size());

		ConfigurableApplicationContext second = FhirGatewayApplication.start(gatewayArgs("Basic"));
		try {
			Backfills resumed = second.getBean(Backfills.class);
			await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
				.until(() -> resumed.progress(EhrId.of(EHR), started.id()).orElseThrow().state() == BackfillState.COMPLETED);
			BackfillProgress done = resumed.progress(EhrId.of(EHR), started.id()).orElseThrow();
			assertThat(done.resourcesDone()).isEqualTo(expected.size());
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(published(patientId)).isEqualTo(expected));
		}
		finally {
			second.close();
		}
	}

	private static Condition condition(String patientId) {
		Condition condition = new Condition();
		condition.setSubject(new Reference(new IdType("Patient", patientId)));
		condition.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "38341003", "Hypertension")));
		return condition;
	}

	private Set<String> published(String patientId) {
		return observer.recordsWithKey(Topics.EHR_RESOURCES, EHR + "/Patient/" + patientId)
			.stream()
			.map(r -> codec.read(r.value()).id().substring(EHR.length() + 1))
			.collect(Collectors.toSet());
	}

	private static String versionOf(Resource resource) {
		return resource.fhirType() + "/" + resource.getIdElement().getIdPart() + "/_history/"
				+ resource.getMeta().getVersionId();
	}

	private FhirStore store() {
		return sandbox.getBean(FhirStore.class);
	}

}
