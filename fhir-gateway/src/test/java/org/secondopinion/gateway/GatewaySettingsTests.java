package org.secondopinion.gateway;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewaySettingsTests {

	private static final URI BASE = URI.create("https://ehr.example.org/fhir");

	@Test
	void readsTheOlderBearerTokenKeyAsBearerAuth() {
		GatewaySettings.Ehr ehr = new GatewaySettings.Ehr("north", BASE, "t0ken", null);

		assertThat(ehr.authOrNone().type()).isEqualTo(GatewaySettings.AuthType.BEARER);
		assertThat(ehr.authOrNone().token()).isEqualTo("t0ken");
		assertThat(new GatewaySettings.Ehr("south", BASE, null, null).authOrNone().type())
			.isEqualTo(GatewaySettings.AuthType.NONE);
	}

	@Test
	void pullsTheDirectoryTypesByDefaultAndUsesTheEhrsOwnPageSize() {
		GatewaySettings.Ehr ehr = new GatewaySettings.Ehr("north", BASE, null, null, 25, 5.0, null);
		GatewaySettings settings = new GatewaySettings(Duration.ofSeconds(5), 100, 1, 1024,
				new GatewaySettings.Retry(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5)),
				List.of(ehr, new GatewaySettings.Ehr("south", BASE, null, null)));

		assertThat(ehr.resourceTypesOrDefault()).contains("Patient", "Practitioner", "PractitionerRole", "Organization",
				"Location");
		assertThat(settings.pageSizeOf(ehr)).isEqualTo(25);
		assertThat(settings.pageSizeOf(settings.ehrs().get(1))).isEqualTo(100);
		assertThat(settings.breaker().failureThreshold()).isEqualTo(5);
	}

	@Test
	void refusesIncompleteAuthSettingsAtStart() {
		assertThatThrownBy(() -> auth(GatewaySettings.AuthType.SMART, null, "gateway", null))
			.hasMessageContaining("auth.private-key is required");
		assertThatThrownBy(() -> auth(GatewaySettings.AuthType.BASIC, null, null, null))
			.hasMessageContaining("auth.username is required for auth type basic");
		assertThatThrownBy(() -> auth(GatewaySettings.AuthType.BEARER, null, null, null))
			.hasMessageContaining("auth.token is required");
		assertThatThrownBy(() -> new GatewaySettings.Auth(GatewaySettings.AuthType.SMART, null, null, null, "gateway",
				Path.of("key.pem"), "k1", "HS256", null, null, null))
			.hasMessageContaining("RS384 or ES384");
	}

	@Test
	void leavesSecretsOutOfItsTextForm() {
		GatewaySettings.Auth basic = new GatewaySettings.Auth(GatewaySettings.AuthType.BASIC, null, "user", "pa55word",
				null, null, null, null, null, null, null);
		GatewaySettings.Ehr ehr = new GatewaySettings.Ehr("north", BASE, "t0ken", null);

		assertThat(basic.toString()).doesNotContain("pa55word");
		assertThat(ehr.toString()).doesNotContain("t0ken").contains("north");
	}

	private static GatewaySettings.Auth auth(GatewaySettings.AuthType type, String token, String clientId, Path key) {
		return new GatewaySettings.Auth(type, token, null, null, clientId, key, null, null, null, null, null);
	}

}
