package org.secondopinion.testing.keycloak;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;

import org.secondopinion.testing.process.ExclusiveLock;
import org.secondopinion.testing.process.MavenBuild;
import org.secondopinion.testing.process.Owners;

/**
 * One Keycloak per Maven build, shared by the test JVMs of all modules. Under a file lock (so that no two JVMs start
 * one at once) the first JVM starts it and writes the credentials file; later JVMs find it answering on the port,
 * add their Maven process to its {@link Owners} and read that file. Its watchdog stops it when all owners have ended;
 * outside Maven (an IDE) the owner is this JVM, and a shutdown hook stops it unless a build has joined.
 */
final class SharedKeycloak {

	static final String PORT_PROPERTY = "second-opinion.keycloak.port";

	static final int DEFAULT_PORT = 18180;

	/** How long to wait for a Keycloak that its watchdog is stopping to go away. */
	private static final Duration STOPPING_TIMEOUT = Duration.ofSeconds(60);

	private SharedKeycloak() {
	}

	static KeycloakServer obtain() {
		KeycloakOptions options = KeycloakOptions.defaults(Integer.getInteger(PORT_PROPERTY, DEFAULT_PORT));
		Optional<ProcessHandle> build = MavenBuild.process();
		ProcessHandle owner = build.orElseGet(ProcessHandle::current);
		try (ExclusiveLock lock = ExclusiveLock.acquire(options.runDirectory().resolve("shared.lock"))) {
			Optional<KeycloakCredentials> running = join(options, owner);
			if (running.isPresent()) {
				System.out.printf("Keycloak on port %d: reusing the server of this build%n", options.port());
				return new KeycloakServer(running.get(), null);
			}
			KeycloakLauncher.Started started = KeycloakLauncher.start(options, owner);
			if (build.isPresent()) {
				System.out.printf("Keycloak on port %d: stops when the Maven build (pid %d) ends%n", options.port(),
						owner.pid());
			}
			else {
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					if (!Owners.anyAliveBesides(options.runDirectory(), owner)) {
						started.process().stop();
					}
				}, "keycloak-shutdown-" + options.port()));
			}
			return new KeycloakServer(started.credentials(), null);
		}
	}

	/** Joins a Keycloak of ours running on the port; empty if none runs (any more). */
	private static Optional<KeycloakCredentials> join(KeycloakOptions options, ProcessHandle owner) {
		long deadline = System.nanoTime() + STOPPING_TIMEOUT.toNanos();
		while (KeycloakHttp.answers(options.wellKnown())) {
			// first register, then read: the watchdog hides the file before it stops, and checks the owners again
			Owners.add(options.runDirectory(), owner);
			Optional<KeycloakCredentials> credentials = KeycloakCredentials.read(KeycloakCredentials.file(options))
				.filter((candidate) -> candidate.port() == options.port());
			if (credentials.isPresent()) {
				return Optional.of(verified(options, credentials.get()));
			}
			if (!isStopping(options)) {
				throw foreign(options, "there is no " + KeycloakCredentials.file(options));
			}
			if (System.nanoTime() > deadline) {
				throw foreign(options, "it did not stop within " + STOPPING_TIMEOUT.toSeconds() + " s");
			}
			pause();
		}
		return Optional.empty();
	}

	/** Checks the credentials with one client secret: a stale file of an earlier server would not match. */
	private static KeycloakCredentials verified(KeycloakOptions options, KeycloakCredentials credentials) {
		credentials.clientSecrets().entrySet().stream().findAny().ifPresent((client) -> {
			if (!new TokenEndpoint(options.issuerUri()).accepts(client.getKey(), client.getValue())) {
				throw foreign(options, "Keycloak refuses the secret of client " + client.getKey() + " in "
						+ KeycloakCredentials.file(options));
			}
		});
		return credentials;
	}

	private static boolean isStopping(KeycloakOptions options) {
		return Files.exists(options.runDirectory().resolve("credentials.stopping"));
	}

	private static IllegalStateException foreign(KeycloakOptions options, String reason) {
		return new IllegalStateException("A Keycloak with realm " + KeycloakOptions.REALM + " answers on port "
				+ options.port() + " but cannot be used: " + reason + ". Stop it, or use another port with -D"
				+ PORT_PROPERTY + "=<port>.");
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Keycloak to stop", ex);
		}
	}

}
