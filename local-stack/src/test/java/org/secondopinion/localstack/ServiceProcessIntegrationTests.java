package org.secondopinion.localstack;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's executable jar, as the build makes it and {@code --processes} runs it: {@code java -jar}. */
class ServiceProcessIntegrationTests {

	/** Surefire runs in the module's directory; the project is its parent. */
	private static final Path PROJECT_ROOT = Path.of("..");

	@TempDir
	Path dataDir;

	@Test
	void theExecutableJarStartsAnswersItsProbesAndStopsGracefullyOnSigterm() throws Exception {
		int port = freePort();
		ProcessLedger ledger = ProcessLedger.takeOver(dataDir, line -> { });
		ServiceProcess sandbox = ServiceProcess.start(PROJECT_ROOT, "sandbox-ehr", port,
				List.of("--server.port=" + port, "--second-opinion.sandbox.scenarios.enabled=true"), dataDir.resolve("logs"),
				ledger);
		try {
			sandbox.awaitReady(Duration.ofMinutes(3));

			assertThat(get(port, "/actuator/health/liveness")).contains("\"status\":\"UP\"");
			assertThat(get(port, "/fhir/metadata")).contains("\"resourceType\":\"CapabilityStatement\"");
			assertThat(Files.readString(dataDir.resolve("processes"))).contains(sandbox.pid() + " ")
				.contains(" sandbox-ehr");

			sandbox.terminate();
			OptionalInt exit = sandbox.awaitExit(Duration.ofSeconds(20));

			assertThat(exit).as("exited within 20 s of SIGTERM").isPresent();
			assertThat(Files.readString(sandbox.log())).contains("Graceful shutdown complete");
		}
		finally {
			sandbox.close();
		}
	}

	@Test
	void saysHowToBuildAJarThatIsMissing() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServiceProcess.executableJar(PROJECT_ROOT, "no-such-service"))
			.hasMessageContaining("No executable jar of no-such-service")
			.hasMessageContaining("./mvnw -pl local-stack -am package -DskipTests");
	}

	private static String get(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
