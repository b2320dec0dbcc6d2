package org.secondopinion.testing.keycloak;

import java.net.URI;
import java.nio.file.Path;

import org.secondopinion.testing.process.ProjectRoot;

/**
 * How to start a Keycloak.
 *
 * @param port the HTTP port, on 127.0.0.1
 * @param managementPort the port of Keycloak's management interface (health), on 127.0.0.1
 * @param workingDirectory holds the unpacked distribution ({@code keycloak-<version>/}) and, per port, the log and
 * the credentials file ({@code run/<port>/})
 * @param realmFile the production realm to import; secrets, users and the {@code dev-cli} client are added to a copy
 * @param testFixtures whether to add what only tests need: the {@code short-lived} client and the realm
 * {@code other-realm}
 */
public record KeycloakOptions(int port, int managementPort, Path workingDirectory, Path realmFile,
		boolean testFixtures) {

	static final String REALM = "second-opinion";

	public KeycloakOptions {
		if (port <= 0 || port > 65535 || managementPort <= 0 || managementPort > 65535 || port == managementPort) {
			throw new IllegalArgumentException("Invalid Keycloak ports " + port + " and " + managementPort);
		}
		workingDirectory = workingDirectory.toAbsolutePath().normalize();
		realmFile = realmFile.toAbsolutePath().normalize();
	}

	/**
	 * Options for the given port with the test fixtures: the management interface on the next port, the working
	 * directory {@code <project root>/target/keycloak} and the realm {@code deploy/keycloak/second-opinion-realm.json}.
	 */
	public static KeycloakOptions defaults(int port) {
		Path root = ProjectRoot.find();
		return new KeycloakOptions(port, port + 1, root.resolve("target").resolve("keycloak"),
				root.resolve("deploy").resolve("keycloak").resolve("second-opinion-realm.json"), true);
	}

	public KeycloakOptions withTestFixtures(boolean testFixtures) {
		return new KeycloakOptions(this.port, this.managementPort, this.workingDirectory, this.realmFile,
				testFixtures);
	}

	public KeycloakOptions withManagementPort(int managementPort) {
		return new KeycloakOptions(this.port, managementPort, this.workingDirectory, this.realmFile,
				this.testFixtures);
	}

	Path distribution() {
		return this.workingDirectory.resolve("keycloak-" + KeycloakDistribution.version());
	}

	Path runDirectory() {
		return this.workingDirectory.resolve("run").resolve(String.valueOf(this.port));
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	String issuerUri() {
		return baseUrl() + "/realms/" + REALM;
	}

	/** Answers 200 once Keycloak has started and imported the realm. */
	URI wellKnown() {
		return URI.create(issuerUri() + "/.well-known/openid-configuration");
	}

}
