package org.secondopinion.gateway.ehr;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secondopinion.gateway.GatewaySettings;
import org.secondopinion.gateway.SmartClientKeys;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.sandbox.smart.SandboxAccess;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SMART Backend Services against the sandbox EHR's token endpoint, with the gateway's clock under control. */
class SmartBackendServicesIntegrationTests {

	private static final SmartClientKeys RSA = SmartClientKeys.rsaJwk("rsa-key-1");

	private static final SmartClientKeys EC = SmartClientKeys.ecPem("ec-key-1");

	private static ConfigurableApplicationContext sandbox;

	private static SandboxAccess access;

	/**
	 * The gateway's clock starts 200 s behind the EHR's, so that moving it 245 s ahead to pass the token's refresh
	 * time keeps its client assertions within the five minutes the token endpoint accepts.
	 */
	private final MutableClock clock = new MutableClock(
			Instant.now().minusSeconds(200));

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@BeforeAll
	static void startSandbox() {
		sandbox = SandboxEhrApplication.start("--server.port=0", "--second-opinion.sandbox.patients=2",
				"--spring.main.banner-mode=off");
		access = sandbox.getBean(SandboxAccess.class);
		access.register("rsa-client", RSA.publicKeys(), "system/*.read system/Task.write");
		access.register("ec-client", EC.publicKeys(), null);
		access.requireSmart();
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Test
	void readsWithATokenObtainedByAnRs384AssertionFromAJwkFile() {
		EhrClient client = client("rsa-client", RSA.file(), null, null);

		BundlePage page = client.search("Patient", Map.of("_count", "5"));

		assertThat(page.resources()).isNotEmpty();
		assertThat(access.tokensIssuedTo("rsa-client")).isEqualTo(1);
		assertThat(meters.counter("gateway.ehr.token.requests", "ehr", "rsa-client", "outcome", "issued").count())
			.isEqualTo(1);
	}

	@Test
	void readsWithATokenObtainedByAnEs384AssertionFromAPemFile() {
		EhrClient client = client("ec-client", EC.file(), "ec-key-1", null);

		assertThat(client.search("Patient", Map.of()).resources()).isNotEmpty();
		assertThat(access.tokensIssuedTo("ec-client")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void reusesTheTokenUntilShortlyBeforeItExpiresThenRefreshesIt() {
		EhrClient client = client("ec-client", EC.file(), "ec-key-1", Duration.ofSeconds(60));
		int before = access.tokensIssuedTo("ec-client");

		for (int i = 0; i < 5; i++) {
			client.search("Patient", Map.of());
		}
		clock.advance(Duration.ofSeconds(230));
		client.search("Patient", Map.of());
		assertThat(access.tokensIssuedTo("ec-client") - before).as("one token for calls within its life").isEqualTo(1);

		clock.advance(Duration.ofSeconds(15));
		client.search("Patient", Map.of());

		assertThat(access.tokensIssuedTo("ec-client") - before).as("a new one 60 s before expiry").isEqualTo(2);
	}

	@Test
	void fetchesANewTokenOnceWhenTheEhrRefusesTheCachedOne() {
		EhrClient client = client("rsa-client", RSA.file(), null, null);
		client.search("Patient", Map.of());
		int before = access.tokensIssuedTo("rsa-client");

		access.revokeTokens();

		assertThat(client.search("Patient", Map.of()).resources()).isNotEmpty();
		assertThat(access.tokensIssuedTo("rsa-client")).isEqualTo(before + 1);
	}

	@Test
	void reportsATokenEndpointThatRefusesAnAssertionSignedWithTheWrongKey() {
		SmartClientKeys impostor = SmartClientKeys.rsaJwk("rsa-key-1");
		EhrClient client = client("rsa-client", impostor.file(), null, null);

		assertThatThrownBy(() -> client.search("Patient", Map.of())).isInstanceOf(EhrAuthenticationException.class)
			.hasMessageContaining("refused the client assertion")
			.hasMessageContaining("invalid_client")
			.hasMessageContaining("signature does not verify");
		EhrConnectionStatus status = client.connectionStatus();
		assertThat(status.healthy()).isFalse();
		assertThat(status.lastError()).contains("invalid_client");
		assertThat(meters.counter("gateway.ehr.token.requests", "ehr", "rsa-client", "outcome", "refused").count())
			.isEqualTo(1);
	}

	private EhrClient client(String clientId, java.nio.file.Path key, String keyId, Duration refreshBefore) {
		String base = "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port") + "/fhir";
		GatewaySettings.Auth auth = new GatewaySettings.Auth(GatewaySettings.AuthType.SMART, null, null, null, clientId,
				key, keyId, null, "system/*.read system/Task.write", null, refreshBefore);
		GatewaySettings.Ehr ehr = new GatewaySettings.Ehr(clientId, URI.create(base), null, null, null, null, auth);
		GatewaySettings settings = new GatewaySettings(Duration.ofSeconds(5), 10, 1, 10_000_000,
				new GatewaySettings.Retry(2, Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofSeconds(30)),
				List.of(ehr));
		JsonMapper mapper = JsonMapper.builder().build();
		return new EhrClient(EhrConnections.connect(ehr, settings, HttpClient.newHttpClient(), mapper, meters, clock,
				millis -> {
				}, () -> 1.0), ehr, mapper);
	}

}
