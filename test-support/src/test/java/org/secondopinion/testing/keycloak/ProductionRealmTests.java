package org.secondopinion.testing.keycloak;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed realm {@code deploy/keycloak/second-opinion-realm.json}, read as a file. */
class ProductionRealmTests {

	private final JsonNode realm = Json.MAPPER
		.readTree(KeycloakOptions.defaults(SharedKeycloak.DEFAULT_PORT).realmFile());

	@Test
	void holdsNoSecretsNoPasswordsAndOnlyServiceAccountUsers() {
		assertThat(this.realm.findValues("secret")).isEmpty();
		assertThat(this.realm.findValues("credentials")).isEmpty();
		assertThat(this.realm.findValues("password")).isEmpty();
		for (JsonNode user : this.realm.path("users")) {
			assertThat(user.path("serviceAccountClientId").asString("")).as(user.toString()).isNotEmpty();
		}
	}

	@Test
	void coordinatorUiUsesTheAuthorizationCodeFlowWithPkceOnly() {
		JsonNode ui = client("coordinator-ui");

		assertThat(ui.path("publicClient").asBoolean()).isFalse();
		assertThat(ui.path("standardFlowEnabled").asBoolean()).isTrue();
		assertThat(ui.path("implicitFlowEnabled").asBoolean()).isFalse();
		assertThat(ui.path("directAccessGrantsEnabled").asBoolean()).isFalse();
		assertThat(ui.path("serviceAccountsEnabled").asBoolean()).isFalse();
		assertThat(ui.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
		assertThat(strings(ui.path("redirectUris"))).containsExactlyInAnyOrder(
				"http://127.0.0.1:8080/login/oauth2/code/keycloak", "http://localhost:8080/login/oauth2/code/keycloak");
	}

	@Test
	void servicesUseClientCredentialsOnlyAndHaveRoleService() {
		for (String clientId : List.of("fhir-gateway", "assessment-service", "notification-service")) {
			JsonNode client = client(clientId);
			assertThat(client.path("serviceAccountsEnabled").asBoolean()).as(clientId).isTrue();
			assertThat(client.path("standardFlowEnabled").asBoolean()).as(clientId).isFalse();
			assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(clientId).isFalse();
			assertThat(strings(user("service-account-" + clientId).path("realmRoles"))).as(clientId)
				.containsExactly("service");
		}
	}

	@Test
	void everyClientHasTheApiScopeByDefault() {
		for (JsonNode client : this.realm.path("clients")) {
			assertThat(strings(client.path("defaultClientScopes"))).as(client.path("clientId").asString())
				.contains("basic", "roles", "second-opinion-api");
		}
		assertThat(strings(this.realm.path("defaultDefaultClientScopes"))).contains("second-opinion-api");
	}

	@Test
	void userProfileDeclaresTheMultiValuedFacility() {
		String config = this.realm.path("components")
			.path("org.keycloak.userprofile.UserProfileProvider")
			.path(0)
			.path("config")
			.path("kc.user.profile.config")
			.path(0)
			.asString();
		@Nullable JsonNode facility = null;
		for (JsonNode attribute : Json.MAPPER.readTree(config).path("attributes")) {
			if (attribute.path("name").asString().equals("facility")) {
				facility = attribute;
			}
		}

		assertThat(facility).isNotNull();
		assertThat(facility.path("multivalued").asBoolean()).isTrue();
		assertThat(strings(facility.path("permissions").path("edit"))).containsExactly("admin");
	}

	private JsonNode client(String clientId) {
		return find(this.realm.path("clients"), "clientId", clientId);
	}

	private JsonNode user(String username) {
		return find(this.realm.path("users"), "username", username);
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode element : array) {
			if (element.path(field).asString().equals(value)) {
				return element;
			}
		}
		throw new AssertionError("No " + field + " " + value);
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

}
