package org.secondopinion.testing.keycloak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakServerIntegrationTests {

	private static KeycloakServer keycloak;

	@BeforeAll
	static void startKeycloak() {
		long started = System.nanoTime();
		keycloak = KeycloakServer.shared();
		System.out.printf("KeycloakServer.shared() took %d ms%n", (System.nanoTime() - started) / 1_000_000);
	}

	@Test
	void coordinatorTokenCarriesIssuerAudienceRoleAndFacility() {
		JwtClaims claims = JwtClaims.of(keycloak.accessToken("coordinator"));

		assertThat(claims.string("iss")).isEqualTo(keycloak.issuerUri());
		assertThat(claims.strings("aud")).contains("second-opinion-api");
		assertThat(claims.realmRoles()).contains("care-coordinator").doesNotContain("admin", "clinician", "service");
		assertThat(claims.strings("facility")).containsExactly("North Clinic");
		assertThat(claims.payload().path("facility").isArray()).isTrue();
		assertThat(claims.string("preferred_username")).isEqualTo("coordinator");
	}

	@Test
	void southCoordinatorWorksForSouthClinic() {
		JwtClaims claims = JwtClaims.of(keycloak.accessToken("coordinator-south"));

		assertThat(claims.realmRoles()).contains("care-coordinator");
		assertThat(claims.strings("facility")).containsExactly("South Clinic");
	}

	@Test
	void clinicianAndAdminCarryTheirRoles() {
		assertThat(JwtClaims.of(keycloak.accessToken("clinician")).realmRoles()).contains("clinician")
			.doesNotContain("care-coordinator", "admin");
		assertThat(JwtClaims.of(keycloak.accessToken("admin")).realmRoles()).contains("admin")
			.doesNotContain("care-coordinator", "clinician");
	}

	@Test
	void facilityIsInTheIdTokenAndTheUserinfo() throws Exception {
		TokenResponse response = keycloak.endpoint()
			.password("dev-cli", "coordinator", keycloak.passwordOf("coordinator"));
		String accessToken = response.accessToken("password grant");
		String idToken = response.body().path("id_token").asString();
		HttpRequest userinfo = HttpRequest
			.newBuilder(URI.create(keycloak.issuerUri() + "/protocol/openid-connect/userinfo"))
			.header("Authorization", "Bearer " + accessToken)
			.build();
		String body = HttpClient.newHttpClient().send(userinfo, BodyHandlers.ofString()).body();

		assertThat(JwtClaims.of(idToken).strings("facility")).containsExactly("North Clinic");
		assertThat(Json.MAPPER.readTree(body).path("facility").isArray()).isTrue();
		assertThat(Json.MAPPER.readTree(body).path("facility").path(0).asString()).isEqualTo("North Clinic");
	}

	@Test
	void coordinatorUiRefusesThePasswordGrant() {
		TokenResponse response = keycloak.endpoint()
			.password("coordinator-ui", keycloak.clientSecret("coordinator-ui"), "coordinator",
					keycloak.passwordOf("coordinator"));

		assertThat(response.status()).isIn(400, 401);
		assertThat(response.error()).isEqualTo("unauthorized_client");
		assertThat(response.body().has("access_token")).isFalse();
	}

	@Test
	void notificationServiceTokenCarriesRoleService() {
		JwtClaims claims = JwtClaims.of(keycloak.serviceToken("notification-service"));

		assertThat(claims.string("iss")).isEqualTo(keycloak.issuerUri());
		assertThat(claims.strings("aud")).contains("second-opinion-api");
		assertThat(claims.realmRoles()).containsExactly("service");
		assertThat(claims.string("azp")).isEqualTo("notification-service");
		assertThat(claims.has("facility")).isFalse();
	}

	@Test
	void everyServiceHasItsOwnSecretAndRoleService() {
		for (String client : new String[] { "fhir-gateway", "assessment-service", "notification-service" }) {
			assertThat(JwtClaims.of(keycloak.serviceToken(client)).realmRoles()).as(client).contains("service");
		}
		assertThat(keycloak.clientSecret("fhir-gateway")).isNotEqualTo(keycloak.clientSecret("assessment-service"));
	}

	@Test
	void acceptsTheGeneratedSecretOfEveryConfidentialClientOnly() {
		TokenEndpoint endpoint = keycloak.endpoint();

		for (String client : new String[] { "coordinator-ui", "fhir-gateway", "assessment-service",
				"notification-service" }) {
			assertThat(endpoint.accepts(client, keycloak.clientSecret(client))).as(client).isTrue();
			assertThat(endpoint.accepts(client, "not-" + keycloak.clientSecret(client))).as(client).isFalse();
		}
	}

	@Test
	void shortLivedTokenExpiresOneSecondAfterIssue() {
		JwtClaims claims = JwtClaims.of(keycloak.shortLivedToken("coordinator"));

		assertThat(claims.number("exp") - claims.number("iat")).isEqualTo(1);
		assertThat(claims.string("iss")).isEqualTo(keycloak.issuerUri());
	}

	@Test
	void otherRealmTokenHasAnotherIssuer() {
		JwtClaims claims = JwtClaims.of(keycloak.otherRealmToken());

		assertThat(claims.string("iss")).isNotEqualTo(keycloak.issuerUri())
			.isEqualTo(keycloak.baseUrl() + "/realms/other-realm");
		assertThat(claims.strings("aud")).contains("second-opinion-api");
		assertThat(claims.realmRoles()).contains("care-coordinator");
		assertThat(claims.strings("facility")).containsExactly("North Clinic");
	}

	@Test
	void sharedServerIsStartedOncePerJvm() {
		long started = System.nanoTime();
		KeycloakServer again = KeycloakServer.shared();
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(again).isSameAs(keycloak);
		assertThat(millis).isLessThan(100);
	}

	@Test
	void usersHaveDistinctGeneratedPasswords() {
		assertThat(keycloak.users()).containsOnlyKeys("coordinator", "coordinator-south", "coordinator-intake", "clinician", "admin");
		assertThat(keycloak.users().values()).doesNotHaveDuplicates().allSatisfy((password) -> {
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		});
	}

}
