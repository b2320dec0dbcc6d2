package org.secondopinion.gateway.sync;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.Topics;
import org.secondopinion.gateway.SmartClientKeys;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.sandbox.smart.SandboxAccess;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The gateway syncing from an EHR that requires SMART Backend Services tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=fhir-gateway", "second-opinion.gateway.poll-interval=300ms",
				"second-opinion.gateway.retry.initial-backoff=50ms", "second-opinion.gateway.retry.max-attempts=2" })
@DirtiesContext
class SmartSyncIntegrationTests {

	private static final String PREFIX = "sm" + UUID.randomUUID().toString().substring(0, 6);

	private static final String RSA_EHR = PREFIX + "-rsa";

	private static final String EC_EHR = PREFIX + "-ec";

	private static final String IMPOSTOR_EHR = PREFIX + "-impostor";

	private static final SmartClientKeys RSA = SmartClientKeys.rsaJwk("gw-rsa-1");

	private static final SmartClientKeys EC = SmartClientKeys.ecPem("gw-ec-1");

	private static final SmartClientKeys IMPOSTOR = SmartClientKeys.rsaJwk("gw-rsa-1");

	private static ConfigurableApplicationContext sandbox;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "gateway");
		sandbox = SandboxEhrApplication.start("--server.port=0", "--second-opinion.sandbox.patients=0",
				"--spring.main.banner-mode=off");
		SandboxAccess access = sandbox.getBean(SandboxAccess.class);
		access.register("gw-rsa", RSA.publicKeys(), "system/*.read system/Task.write");
		access.register("gw-ec", EC.publicKeys(), null);
		access.requireSmart();
		String base = "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port") + "/fhir";
		ehr(registry, 0, RSA_EHR, base, "gw-rsa", RSA, null);
		ehr(registry, 1, EC_EHR, base, "gw-ec", EC, "gw-ec-1");
		ehr(registry, 2, IMPOSTOR_EHR, base, "gw-rsa", IMPOSTOR, null);
	}

	private static void ehr(DynamicPropertyRegistry registry, int index, String id, String base, String clientId,
			SmartClientKeys keys, String keyId) {
		String prefix = "second-opinion.gateway.ehrs[" + index + "].";
		registry.add(prefix + "id", () -> id);
		registry.add(prefix + "base-url", () -> base);
		registry.add(prefix + "resource-types", () -> "Patient");
		registry.add(prefix + "auth.type", () -> "smart");
		registry.add(prefix + "auth.client-id", () -> clientId);
		registry.add(prefix + "auth.private-key", () -> keys.file().toString());
		if (keyId != null) {
			registry.add(prefix + "auth.key-id", () -> keyId);
		}
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Autowired
	EventCodec codec;

	@Autowired
	MeterRegistry meters;

	@Value("${local.server.port}")
	int port;

	private KafkaObserver observer;

	@BeforeEach
	void observe() {
		observer = new KafkaObserver(List.of(Topics.EHR_RESOURCES));
	}

	@AfterEach
	void close() {
		observer.close();
	}

	@Test
	void syncsWithTokensFromRs384AndEs384AssertionsAndReusesThem() {
		Patient patient = new Patient();
		patient.setId("smart-" + UUID.randomUUID().toString().substring(0, 8));
		patient.addName().setFamily("Testperson");
		String id = sandbox.getBean(FhirStore.class).put(patient).getIdElement().getIdPart();

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(observer.recordsWithKey(Topics.EHR_RESOURCES, RSA_EHR + "/Patient/" + id)).isNotEmpty();
			assertThat(observer.recordsWithKey(Topics.EHR_RESOURCES, EC_EHR + "/Patient/" + id)).isNotEmpty();
		});
		await().atMost(Duration.ofSeconds(60)).until(() -> successes(RSA_EHR) >= 5);

		SandboxAccess access = sandbox.getBean(SandboxAccess.class);
		assertThat(access.tokensIssuedTo("gw-rsa")).as("one token for every pass while it is valid").isEqualTo(1);
		assertThat(access.tokensIssuedTo("gw-ec")).isEqualTo(1);
		assertThat(health(EC_EHR).path("status").asString()).isEqualTo("UP");
	}

	@Test
	void reportsARefusedClientAssertionInHealthAndSyncStatusWithoutMovingTheWatermark() {
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode status = syncStatus(IMPOSTOR_EHR).orElseThrow();
			assertThat(status.path("lastError").asString()).contains("invalid_client");
		});
		JsonNode status = syncStatus(IMPOSTOR_EHR).orElseThrow();
		assertThat(status.path("watermark").isNull() || status.path("watermark").isMissingNode()).isTrue();
		assertThat(status.path("resourcesSeen").asLong()).isZero();
		assertThat(status.path("lastSuccessAt").isNull() || status.path("lastSuccessAt").isMissingNode()).isTrue();

		JsonNode health = health(IMPOSTOR_EHR);
		assertThat(health.path("status").asString()).isEqualTo("DOWN");
		assertThat(health.path("details").path("lastError").asString()).contains("refused the client assertion")
			.contains("invalid_client");
		assertThat(health.toString()).doesNotContain("Testperson");
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
				health(IMPOSTOR_EHR).path("details").path("breaker").asString()).as("open after 5 failed passes")
			.isEqualTo("OPEN"));
		assertThat(health(RSA_EHR).path("status").asString()).isEqualTo("UP");
	}

	private double successes(String ehr) {
		Counter counter = meters.find("gateway.ehr.requests").tags("ehr", ehr, "outcome", "success").counter();
		return counter == null ? 0 : counter.count();
	}

	private Optional<JsonNode> syncStatus(String ehr) {
		JsonNode all = codec.mapper().readTree(RestClient.create("http://localhost:" + port).get().uri("/api/v1/sync")
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("admin")).retrieve().body(String.class));
		return all.valueStream().filter(s -> s.path("ehrId").asString().equals(ehr)).findFirst();
	}

	private JsonNode health(String ehr) {
		String body = RestClient.create("http://localhost:" + port).get().uri("/actuator/health/ehrs/" + ehr)
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("admin"))
			.exchange((request, response) -> new String(response.getBody().readAllBytes()));
		return codec.mapper().readTree(body);
	}

}
