package org.secondopinion.testing.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The unpacked official distribution, put in place by the test-support build (maven-dependency-plugin). */
final class KeycloakDistribution {

	private KeycloakDistribution() {
	}

	/** The Keycloak version this build unpacks ({@code keycloak.version} of the parent pom). */
	static String version() {
		try (InputStream in = KeycloakDistribution.class.getResourceAsStream("keycloak-version.properties")) {
			if (in == null) {
				throw new IllegalStateException("keycloak-version.properties is missing from test-support");
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path launcher(KeycloakOptions options) {
		Path launcher = options.distribution().resolve("bin").resolve("kc.sh");
		if (!Files.isExecutable(launcher)) {
			throw new IllegalStateException("No Keycloak distribution at " + options.distribution()
					+ ". It is unpacked by the test-support build: run ./mvnw -pl test-support install");
		}
		return launcher;
	}

	/** The directory {@code kc.sh start-dev --import-realm} reads realm files from. */
	static Path importDirectory(KeycloakOptions options) {
		return options.distribution().resolve("data").resolve("import");
	}

}
