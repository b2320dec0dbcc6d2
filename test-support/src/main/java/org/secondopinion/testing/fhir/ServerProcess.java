package org.secondopinion.testing.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.secondopinion.testing.process.Owners;
import org.secondopinion.testing.process.WatchedProcess;
import org.secondopinion.testing.process.Watchdog;

/**
 * The reference server's JVM under the watchdog, which stops it once none of its {@link Owners} lives. Started with
 * a fresh in-memory database; ready once {@code /fhir/metadata} answers with its CapabilityStatement.
 */
final class ServerProcess {

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);

	private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(15);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

	private final WatchedProcess process;

	private ServerProcess(WatchedProcess process) {
		this.process = process;
	}

	/** Starts the server for {@code owner} and waits until it answers; prints the start time. */
	static ServerProcess launch(ServerOptions options, ProcessHandle owner) {
		requireFree(options.port());
		try {
			Files.createDirectories(options.runDirectory());
			Files.deleteIfExists(options.stateFile());
			Files.deleteIfExists(options.runDirectory().resolve(Watchdog.stoppingName(ServerOptions.STATE_FILE)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Owners.reset(options.runDirectory(), owner);
		WatchedProcess.Server server = new WatchedProcess.Server("reference-fhir-server", "the reference FHIR server",
				"Reference FHIR server on port " + options.port(), options.runDirectory(), ServerOptions.STATE_FILE,
				options.runDirectory().resolve("server.log"));
		long started = System.nanoTime();
		WatchedProcess process = WatchedProcess.start(server, options.command(), ServerProcess::adjust);
		process.awaitReady(new WatchedProcess.Readiness(options.baseUrl() + "/metadata",
				() -> ServerHttp.isReference(options.baseUrl()), STARTUP_TIMEOUT, PROGRESS_INTERVAL, POLL_INTERVAL));
		writeState(options, process);
		process.reportReady(started);
		return new ServerProcess(process);
	}

	/** Stops the server (the watchdog forwards SIGTERM to it) and waits for it to end. */
	void stop() {
		this.process.stop();
	}

	private static void adjust(Map<String, String> environment) {
		environment.keySet().removeIf((name) -> name.startsWith("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS"));
	}

	private static void writeState(ServerOptions options, WatchedProcess process) {
		try {
			Files.writeString(options.stateFile(),
					"{\"port\":" + options.port() + ",\"watchdog\":" + process.pid() + "}\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void requireFree(int port) {
		try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			// free: closed again right away
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the reference FHIR server: port " + port
					+ " on 127.0.0.1 is in use by another process. Use another port with -D"
					+ ReferenceFhirServer.PORT_PROPERTY + "=<port>.", ex);
		}
	}

}
