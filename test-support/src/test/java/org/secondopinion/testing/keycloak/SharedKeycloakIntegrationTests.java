package org.secondopinion.testing.keycloak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A second test JVM of the same build (like another module's Surefire fork) reuses the running Keycloak. */
class SharedKeycloakIntegrationTests {

	@Test
	void anotherJvmOfTheBuildReusesTheRunningServer() throws IOException, InterruptedException {
		KeycloakServer keycloak = KeycloakServer.shared();

		String output = runProbeInNewJvm();

		assertThat(output).contains("reusing the server of this build")
			.doesNotContain("ready after")
			.contains("probe: issuer=" + keycloak.issuerUri())
			.contains("probe: coordinator facility=[North Clinic]");
		assertThat(keycloak.accessToken("coordinator")).isNotBlank();
	}

	private static String runProbeInNewJvm() throws IOException, InterruptedException {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				classPath, "-D" + org.secondopinion.testing.process.ProjectRoot.PROPERTY + "=" + org.secondopinion.testing.process.ProjectRoot.find(),
				"-D" + SharedKeycloak.PORT_PROPERTY + "="
						+ Integer.getInteger(SharedKeycloak.PORT_PROPERTY, SharedKeycloak.DEFAULT_PORT),
				SharedKeycloakProbe.class.getName());
		Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertThat(probe.waitFor(2, TimeUnit.MINUTES)).as("probe JVM ended").isTrue();
		String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		System.out.print(output);
		assertThat(probe.exitValue()).as(output).isZero();
		return output;
	}

}
