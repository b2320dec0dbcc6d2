package org.secondopinion.gateway.ehr;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secondopinion.gateway.GatewaySettings;
import org.secondopinion.gateway.GatewaySettings.AuthType;
import org.secondopinion.gateway.SmartClientKeys;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.sandbox.smart.SandboxAccess;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gateway's static auth modes, and a SMART client registered through the sandbox's configuration. */
class AuthModesIntegrationTests {

	private static final SmartClientKeys KEY = SmartClientKeys.ecPem("configured-1");

	private static ConfigurableApplicationContext sandbox;

	private static SandboxAccess access;

	@BeforeAll
	static void startSandbox() throws IOException {
		Path jwks = Files.createTempFile("client-jwks", ".json");
		jwks.toFile().deleteOnExit();
		Files.writeString(jwks, KEY.publicKeys().toString());
		sandbox = SandboxEhrApplication.start("--server.port=0", "--second-opinion.sandbox.patients=1",
				"--spring.main.banner-mode=off", "--second-opinion.sandbox.access.mode=basic",
				"--second-opinion.sandbox.access.username=gateway", "--second-opinion.sandbox.access.password=s3cret",
				"--second-opinion.sandbox.access.clients[0].client-id=configured",
				"--second-opinion.sandbox.access.clients[0].jwks=" + jwks);
		access = sandbox.getBean(SandboxAccess.class);
	}

	@AfterEach
	void reset() {
		access.reset();
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Test
	void readsWithHttpBasicAndReportsWrongCredentials() {
		assertThat(client(auth(AuthType.BASIC, null, "gateway", "s3cret")).search("Patient", Map.of()).resources())
			.isNotEmpty();

		EhrClient wrong = client(auth(AuthType.BASIC, null, "gateway", "guess"));
		assertThatThrownBy(() -> wrong.search("Patient", Map.of())).isInstanceOf(EhrAuthenticationException.class)
			.hasMessageContaining("HTTP 401");
		assertThatThrownBy(() -> client(auth(AuthType.NONE, null, null, null)).search("Patient", Map.of()))
			.isInstanceOf(EhrAuthenticationException.class);
	}

	@Test
	void readsWithAStaticBearerToken() {
		access.requireBearer("static-t0ken");

		assertThat(client(auth(AuthType.BEARER, "static-t0ken", null, null)).search("Patient", Map.of()).resources())
			.isNotEmpty();
		assertThatThrownBy(() -> client(auth(AuthType.BEARER, "other", null, null)).search("Patient", Map.of()))
			.isInstanceOf(EhrAuthenticationException.class);
	}

	@Test
	void readsWithTokensForAClientRegisteredInTheSandboxConfiguration() {
		access.requireSmart();
		GatewaySettings.Auth smart = new GatewaySettings.Auth(AuthType.SMART, null, null, null, "configured",
				KEY.file(), "configured-1", "ES384", "system/*.read", null, null);

		assertThat(client(smart).search("Patient", Map.of()).resources()).isNotEmpty();
		assertThat(access.tokensIssuedTo("configured")).isEqualTo(1);
	}

	private static GatewaySettings.Auth auth(AuthType type, String token, String username, String password) {
		return new GatewaySettings.Auth(type, token, username, password, null, null, null, null, null, null, null);
	}

	private static EhrClient client(GatewaySettings.Auth auth) {
		String base = "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port") + "/fhir";
		GatewaySettings.Ehr ehr = new GatewaySettings.Ehr("auth-modes", URI.create(base), null, null, null, null, auth);
		GatewaySettings settings = new GatewaySettings(Duration.ofSeconds(5), 10, 1, 10_000_000,
				new GatewaySettings.Retry(2, Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofSeconds(30)),
				List.of(ehr));
		JsonMapper mapper = JsonMapper.builder().build();
		return new EhrClient(EhrConnections.connect(ehr, settings, HttpClient.newHttpClient(), mapper,
				new SimpleMeterRegistry(), Clock.systemUTC(), millis -> {
				}, () -> 1.0), ehr, mapper);
	}

}
