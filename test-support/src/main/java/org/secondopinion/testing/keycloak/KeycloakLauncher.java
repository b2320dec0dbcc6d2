package org.secondopinion.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.secondopinion.testing.process.ExclusiveLock;
import org.secondopinion.testing.process.Owners;

/**
 * Starts one Keycloak: writes the realm files, runs {@code kc.sh start-dev}, waits until it answers, then removes
 * the realm files and writes the credentials file. Starts from the same distribution are serialized across JVMs:
 * they share its import directory (and its build output, written by the first start).
 */
final class KeycloakLauncher {

	private KeycloakLauncher() {
	}

	record Started(KeycloakCredentials credentials, KeycloakProcess process) {
	}

	static synchronized Started start(KeycloakOptions options, ProcessHandle owner) {
		Path launcher = KeycloakDistribution.launcher(options);
		createDirectories(options.runDirectory());
		Path lockFile = options.workingDirectory().resolve("run").resolve("start.lock");
		try (ExclusiveLock lock = ExclusiveLock.acquire(lockFile)) {
			requireFree(options.port(), "HTTP");
			requireFree(options.managementPort(), "management");
			Path importDirectory = KeycloakDistribution.importDirectory(options);
			Path credentialsFile = KeycloakCredentials.file(options);
			deleteIfExists(credentialsFile);
			deleteIfExists(options.runDirectory().resolve("credentials.stopping"));
			KeycloakCredentials credentials = RealmImport.prepare(options, importDirectory);
			Owners.reset(options.runDirectory(), owner);
			long started = System.nanoTime();
			KeycloakProcess process = KeycloakProcess.launch(options, launcher);
			try {
				process.awaitReady(options);
			}
			finally {
				RealmImport.clear(importDirectory);
			}
			credentials.write(credentialsFile);
			process.reportReady(started);
			return new Started(credentials, process);
		}
	}

	private static void requireFree(int port, String purpose) {
		try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			// free: closed again right away
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start Keycloak: its " + purpose + " port " + port
					+ " on 127.0.0.1 is in use by another process", ex);
		}
	}

	private static void createDirectories(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteIfExists(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
