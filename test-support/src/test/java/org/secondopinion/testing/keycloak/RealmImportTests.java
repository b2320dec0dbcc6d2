package org.secondopinion.testing.keycloak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RealmImportTests {

	@TempDir
	Path importDirectory;

	@Test
	void addsSecretsUsersAndDevClientToACopyOfTheRealm() {
		KeycloakOptions options = KeycloakOptions.defaults(SharedKeycloak.DEFAULT_PORT).withTestFixtures(false);

		KeycloakCredentials credentials = RealmImport.prepare(options, this.importDirectory);
		JsonNode realm = Json.MAPPER.readTree(this.importDirectory.resolve("second-opinion-realm.json"));

		assertThat(credentials.clientSecrets()).containsOnlyKeys("coordinator-ui", "fhir-gateway",
				"assessment-service", "notification-service");
		assertThat(credentials.users()).containsOnlyKeys("coordinator", "coordinator-south", "coordinator-intake", "clinician", "admin");
		assertThat(credentials.otherRealmUsers()).isEmpty();
		assertThat(realm.findValuesAsString("clientId")).contains("dev-cli").doesNotContain("short-lived");
		assertThat(realm.findValuesAsString("secret")).containsExactlyInAnyOrderElementsOf(
				credentials.clientSecrets().values());
		assertThat(realm.findValuesAsString("value")).containsExactlyInAnyOrderElementsOf(
				credentials.users().values());
		assertThat(this.importDirectory.resolve("other-realm-realm.json")).doesNotExist();
	}

	@Test
	void testFixturesAddTheShortLivedClientAndTheOtherRealm() throws IOException {
		KeycloakOptions options = KeycloakOptions.defaults(SharedKeycloak.DEFAULT_PORT);

		KeycloakCredentials credentials = RealmImport.prepare(options, this.importDirectory);

		assertThat(credentials.otherRealmUsers()).containsOnlyKeys("coordinator");
		assertThat(Json.MAPPER.readTree(this.importDirectory.resolve("second-opinion-realm.json"))
			.findValuesAsString("clientId")).contains("dev-cli", "short-lived");
		try (Stream<Path> files = Files.list(this.importDirectory)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactlyInAnyOrder(
					"second-opinion-realm.json", "other-realm-realm.json");
		}
	}

	@Test
	void clearRemovesTheRealmFiles() throws IOException {
		RealmImport.prepare(KeycloakOptions.defaults(SharedKeycloak.DEFAULT_PORT), this.importDirectory);

		RealmImport.clear(this.importDirectory);

		try (Stream<Path> files = Files.list(this.importDirectory)) {
			assertThat(files).isEmpty();
		}
	}

}
