package org.secondopinion.gateway.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
import org.secondopinion.gateway.lease.Leases;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.sandbox.faults.Faults;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two gateway instances on one database and one broker sync one EHR (which answers slowly, so a pass takes
 * seconds): every resource version is published exactly once. The instance holding the lease of the type being
 * synced is then closed, or stops renewing its leases without closing (what {@code kill -9} leaves behind), in the
 * middle of the pass; the other instance takes the type over within 30 seconds (the default time-to-live is 15 s)
 * and continues from the watermark: nothing is lost, nothing is published twice.
 */
class GatewayInstancesIntegrationTests {

	private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(30);

	private final String ehr = "gi" + UUID.randomUUID().toString().substring(0, 8);

	private final EventCodec codec = new EventCodec();

	private final Map<String, Object> database = new LinkedHashMap<>();

	private final List<ConfigurableApplicationContext> gateways = new ArrayList<>();

	private ConfigurableApplicationContext sandbox;

	private KafkaObserver observer;

	@BeforeEach
	void start() {
		sandbox = SandboxEhrApplication.start("--server.port=0", "--second-opinion.sandbox.patients=0",
				"--spring.main.banner-mode=off");
		observer = new KafkaObserver(List.of(Topics.EHR_RESOURCES));
	}

	@AfterEach
	void stop() {
		gateways.forEach(ConfigurableApplicationContext::close);
		observer.close();
		sandbox.close();
	}

	@Test
	void publishesEachVersionOnceAndTheOtherInstanceContinuesWhenTheHolderIsClosed() {
		String patientId = "gi-" + UUID.randomUUID().toString().substring(0, 8);
		Set<String> expected = populate(patientId, 200);
		ConfigurableApplicationContext first = startGateway();
		ConfigurableApplicationContext second = startGateway();

		await().atMost(Duration.ofSeconds(60)).until(() -> published(patientId).size() >= 30);
		ConfigurableApplicationContext holder = holderOf("Condition", first, second);
		ConfigurableApplicationContext other = holder == first ? second : first;
		holder.close();
		assertThat(published(patientId)).as("closed in the middle of the pass").hasSizeLessThan(expected.size());

		long closedAt = System.nanoTime();
		for (int i = 0; i < 20; i++) {
			expected.add(versionOf(store().create(condition(patientId))));
		}
		sandbox.getBean(Faults.class).clearFaults();
		await().atMost(TAKEOVER_LIMIT).pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(published(patientId)).containsAll(expected));
		assertThat(Duration.ofNanos(System.nanoTime() - closedAt)).isLessThan(TAKEOVER_LIMIT);
		assertThat(other.isActive()).isTrue();
		assertPublishedExactlyOnce(patientId, expected);
	}

	@Test
	void anotherInstanceTakesOverWithin30SecondsWhenTheHolderStopsRenewingWithoutClosing() {
		String patientId = "gk-" + UUID.randomUUID().toString().substring(0, 8);
		Set<String> expected = populate(patientId, 200);
		ConfigurableApplicationContext first = startGateway();
		ConfigurableApplicationContext second = startGateway();

		await().atMost(Duration.ofSeconds(60)).until(() -> published(patientId).size() >= 30);
		ConfigurableApplicationContext holder = holderOf("Condition", first, second);
		holder.getBean(Leases.class).abandon();
		long abandonedAt = System.nanoTime();
		pause(Duration.ofSeconds(2));
		assertThat(published(patientId)).as("the holder stopped in the middle of the pass")
			.hasSizeLessThan(expected.size());
		assertThat(leaseHolder("Condition")).as("the lease is left behind, not handed back")
			.contains(holder.getBean(Leases.class).owner());

		for (int i = 0; i < 20; i++) {
			expected.add(versionOf(store().create(condition(patientId))));
		}
		sandbox.getBean(Faults.class).clearFaults();
		await().atMost(TAKEOVER_LIMIT).pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(published(patientId)).containsAll(expected));
		assertThat(Duration.ofNanos(System.nanoTime() - abandonedAt)).isLessThan(TAKEOVER_LIMIT);
		assertPublishedExactlyOnce(patientId, expected);
	}

	/** The patient and {@code conditions} Conditions in the EHR, which then answers each request 100 ms late. */
	private Set<String> populate(String patientId, int conditions) {
		Set<String> expected = new HashSet<>();
		Patient patient = new Patient();
		patient.setId(patientId);
		expected.add(versionOf(store().put(patient)));
		for (int i = 0; i < conditions; i++) {
			expected.add(versionOf(store().create(condition(patientId))));
		}
		sandbox.getBean(Faults.class).delayResponses(Duration.ofMillis(100));
		return expected;
	}

	private void assertPublishedExactlyOnce(String patientId, Set<String> expected) {
		observer.records(Topics.EHR_RESOURCES, r -> true, Duration.ofSeconds(2));
		List<String> ids = publishedIds(patientId);
		assertThat(new HashSet<>(ids)).isEqualTo(expected);
		assertThat(ids).as("no version published twice").hasSameSizeAs(expected);
	}

	/** The gateway instance holding the lease of {@code type} now, waiting until one does. */
	private ConfigurableApplicationContext holderOf(String type, ConfigurableApplicationContext... candidates) {
		String owner = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
			.until(() -> leaseHolder(type), Optional::isPresent)
			.orElseThrow();
		for (ConfigurableApplicationContext candidate : candidates) {
			if (candidate.getBean(Leases.class).owner().equals(owner)) {
				return candidate;
			}
		}
		throw new AssertionError("No instance is named " + owner);
	}

	private Optional<String> leaseHolder(String type) {
		return jdbc().sql("select locked_by from lease where name = ? "
				+ "and lock_until > timezone('utc', current_timestamp)")
			.param(ResourceSync.leaseOf(EhrId.of(ehr), type))
			.query(String.class)
			.optional();
	}

	private JdbcClient jdbc() {
		return gateways.stream()
			.filter(ConfigurableApplicationContext::isActive)
			.findFirst()
			.orElseThrow()
			.getBean(JdbcClient.class);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private ConfigurableApplicationContext startGateway() {
		if (database.isEmpty()) {
			TestInfrastructure.register((name, value) -> database.put(name, value.get()), "gatewayinstances");
		}
		List<String> args = new ArrayList<>();
		database.forEach((name, value) -> args.add("--" + name + "=" + value));
		args.addAll(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--second-opinion.gateway.poll-interval=200ms", "--second-opinion.gateway.page-size=10",
				"--second-opinion.gateway.ingest.directory-types=", "--second-opinion.gateway.ehrs[0].id=" + ehr,
				"--second-opinion.gateway.ehrs[0].base-url=http://127.0.0.1:"
						+ sandbox.getEnvironment().getProperty("local.server.port") + "/fhir",
				"--second-opinion.gateway.ehrs[0].resource-types=Patient,Condition"));
		ConfigurableApplicationContext gateway = FhirGatewayApplication.start(args.toArray(String[]::new));
		gateways.add(gateway);
		return gateway;
	}

	private static Condition condition(String patientId) {
		Condition condition = new Condition();
		condition.setSubject(new Reference(new IdType("Patient", patientId)));
		condition.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "38341003", "Hypertension")));
		return condition;
	}

	private Set<String> published(String patientId) {
		return new HashSet<>(publishedIds(patientId));
	}

	private List<String> publishedIds(String patientId) {
		return observer.recordsWithKey(Topics.EHR_RESOURCES, ehr + "/Patient/" + patientId)
			.stream()
			.map(r -> codec.read(r.value()).id().substring(ehr.length() + 1))
			.toList();
	}

	private static String versionOf(Resource resource) {
		return resource.fhirType() + "/" + resource.getIdElement().getIdPart() + "/_history/"
				+ resource.getMeta().getVersionId();
	}

	private FhirStore store() {
		return sandbox.getBean(FhirStore.class);
	}

}
