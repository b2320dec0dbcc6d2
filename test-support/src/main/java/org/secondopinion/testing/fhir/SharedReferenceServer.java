package org.secondopinion.testing.fhir;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;

import org.secondopinion.testing.process.ExclusiveLock;
import org.secondopinion.testing.process.MavenBuild;
import org.secondopinion.testing.process.Owners;
import org.secondopinion.testing.process.Watchdog;

/**
 * One reference FHIR server per Maven build, shared by the test JVMs of all modules, as Keycloak is. Under a file
 * lock (so that no two JVMs start one at once) the first JVM starts it and writes its state file; later JVMs find
 * it answering on the port, add their Maven process to its {@link Owners} and check the state file. Its watchdog
 * stops it when all owners have ended; outside Maven (an IDE) the owner is this JVM, and a shutdown hook stops it
 * unless a build has joined.
 */
final class SharedReferenceServer {

	/** How long to wait for a server that its watchdog is stopping to go away. */
	private static final Duration STOPPING_TIMEOUT = Duration.ofSeconds(60);

	private SharedReferenceServer() {
	}

	static ReferenceFhirServer obtain(int port) {
		ServerOptions options = ServerOptions.of(port);
		Optional<ProcessHandle> build = MavenBuild.process();
		ProcessHandle owner = build.orElseGet(ProcessHandle::current);
		try (ExclusiveLock lock = ExclusiveLock.acquire(options.runDirectory().resolve("shared.lock"))) {
			if (join(options, owner)) {
				System.out.printf("Reference FHIR server on port %d: reusing the server of this build%n", port);
				return new ReferenceFhirServer(port, null);
			}
			ServerProcess process = ServerProcess.launch(options, owner);
			if (build.isPresent()) {
				System.out.printf("Reference FHIR server on port %d: stops when the Maven build (pid %d) ends%n", port,
						owner.pid());
			}
			else {
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					if (!Owners.anyAliveBesides(options.runDirectory(), owner)) {
						process.stop();
					}
				}, "reference-fhir-server-shutdown-" + port));
			}
			return new ReferenceFhirServer(port, null);
		}
	}

	/** Joins a reference server of ours running on the port; false if none runs (any more). */
	private static boolean join(ServerOptions options, ProcessHandle owner) {
		long deadline = System.nanoTime() + STOPPING_TIMEOUT.toNanos();
		while (ServerHttp.answers(options.baseUrl())) {
			// first register, then check: the watchdog hides the state file before it stops, and checks the owners
			Owners.add(options.runDirectory(), owner);
			if (Files.exists(options.stateFile())) {
				if (!ServerHttp.isReference(options.baseUrl())) {
					throw foreign(options, "it is not the reference FHIR server");
				}
				return true;
			}
			if (!Files.exists(options.runDirectory().resolve(Watchdog.stoppingName(ServerOptions.STATE_FILE)))) {
				throw foreign(options, "there is no " + options.stateFile());
			}
			if (System.nanoTime() > deadline) {
				throw foreign(options, "it did not stop within " + STOPPING_TIMEOUT.toSeconds() + " s");
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the reference FHIR server to stop", ex);
			}
		}
		return false;
	}

	private static IllegalStateException foreign(ServerOptions options, String reason) {
		return new IllegalStateException("A server answers on port " + options.port() + " but cannot be used: " + reason
				+ ". Stop it, or use another port with -D" + ReferenceFhirServer.PORT_PROPERTY + "=<port>.");
	}

}
