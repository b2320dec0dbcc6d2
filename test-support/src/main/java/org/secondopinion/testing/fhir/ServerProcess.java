package org.secondopinion.testing.fhir;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.secondopinion.testing.process.Owners;
import org.secondopinion.testing.process.Watchdog;

/**
 * The reference server's JVM under the watchdog, which stops it once none of its {@link Owners} lives. Started with
 * a fresh in-memory database; ready once {@code /fhir/metadata} answers with its CapabilityStatement.
 */
final class ServerProcess {

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);

	private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(15);

	private final Process watchdog;

	private final ServerOptions options;

	private final Path log;

	private ServerProcess(Process watchdog, ServerOptions options, Path log) {
		this.watchdog = watchdog;
		this.options = options;
		this.log = log;
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
		Path log = options.runDirectory().resolve("server.log");
		List<String> command = Watchdog.command("reference-fhir-server", options.runDirectory(),
				ServerOptions.STATE_FILE, options.command());
		ProcessBuilder builder = new ProcessBuilder(command).directory(options.runDirectory().toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().keySet().removeIf((name) -> name.startsWith("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS"));
		long started = System.nanoTime();
		ServerProcess process;
		try {
			process = new ServerProcess(builder.start(), options, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run bash to start the reference FHIR server", ex);
		}
		process.awaitReady();
		process.writeState();
		System.out.printf("Reference FHIR server on port %d: ready after %d s (log: %s)%n", options.port(),
				Duration.ofNanos(System.nanoTime() - started).toSeconds(), log);
		return process;
	}

	private void awaitReady() {
		long started = System.nanoTime();
		Duration nextReport = PROGRESS_INTERVAL;
		while (!ServerHttp.isReference(this.options.baseUrl())) {
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
			if (!this.watchdog.isAlive()) {
				throw failure("The reference FHIR server exited during startup");
			}
			if (elapsed.compareTo(STARTUP_TIMEOUT) > 0) {
				throw failure("The reference FHIR server did not answer " + this.options.baseUrl() + "/metadata within "
						+ STARTUP_TIMEOUT.toSeconds() + " s");
			}
			if (elapsed.compareTo(nextReport) >= 0) {
				System.out.printf("Reference FHIR server on port %d: still starting after %d s (log: %s)%n",
						this.options.port(), elapsed.toSeconds(), this.log);
				nextReport = nextReport.plus(PROGRESS_INTERVAL);
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the reference FHIR server", ex);
			}
		}
	}

	private void writeState() {
		try {
			Files.writeString(this.options.stateFile(),
					"{\"port\":" + this.options.port() + ",\"watchdog\":" + this.watchdog.pid() + "}\n",
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops the server (the watchdog forwards SIGTERM to it) and waits for it to end. */
	void stop() {
		this.watchdog.destroy();
		try {
			if (!this.watchdog.waitFor(40, TimeUnit.SECONDS)) {
				this.watchdog.descendants().forEach(ProcessHandle::destroyForcibly);
				this.watchdog.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private IllegalStateException failure(String reason) {
		stop();
		return new IllegalStateException(reason + ". See the log " + this.log + "; it ends with:\n" + tail());
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(log not readable: " + ex.getMessage() + ")";
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
