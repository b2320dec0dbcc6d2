package org.secondopinion.testing.keycloak;

/** Run in a second JVM by {@link SharedKeycloakIntegrationTests}: uses the shared Keycloak and prints what it got. */
final class SharedKeycloakProbe {

	private SharedKeycloakProbe() {
	}

	public static void main(String[] args) {
		long started = System.nanoTime();
		KeycloakServer keycloak = KeycloakServer.shared();
		System.out.println("probe: shared() took " + (System.nanoTime() - started) / 1_000_000 + " ms");
		System.out.println("probe: issuer=" + keycloak.issuerUri());
		System.out.println("probe: coordinator facility="
				+ JwtClaims.of(keycloak.accessToken("coordinator")).strings("facility"));
	}

}
