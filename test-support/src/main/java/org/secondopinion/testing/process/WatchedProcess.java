package org.secondopinion.testing.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A server run under the {@link Watchdog}, its output in a log file: started, waited for until it answers (with a
 * progress line every so often), stopped. If it exits during startup or does not answer in time it is stopped, and
 * the failure quotes the end of its log.
 */
public final class WatchedProcess {

	private static final int TAIL_LINES = 30;

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(40);

	private final Process watchdog;

	private final Server server;

	private WatchedProcess(Process watchdog, Server server) {
		this.watchdog = watchdog;
		this.server = server;
	}

	/**
	 * A server to run and how the messages speak of it.
	 * @param id names its watchdog process ({@code <id>-watchdog})
	 * @param name the server within a sentence: {@code Keycloak}, {@code the reference FHIR server}
	 * @param label what its progress lines start with: {@code Keycloak on port 18180}
	 * @param runDirectory its working directory, which holds the watchdog's files
	 * @param stateFile the file in the run directory that the watchdog hides while it stops the server
	 * @param log where its output goes
	 */
	public record Server(String id, String name, String label, Path runDirectory, String stateFile, Path log) {
	}

	/**
	 * When the server is ready and how long to wait for it.
	 * @param endpoint what {@code answers} asks, for the message when it does not answer in time
	 * @param answers whether the server is ready
	 * @param timeout how long it may take to start
	 * @param progressInterval how often to print that it is still starting
	 * @param pollInterval how often to ask
	 */
	public record Readiness(String endpoint, BooleanSupplier answers, Duration timeout, Duration progressInterval,
			Duration pollInterval) {
	}

	/** Starts {@code command} under the watchdog, in an environment inherited from this JVM and then adjusted. */
	public static WatchedProcess start(Server server, List<String> command,
			Consumer<Map<String, String>> environment) {
		ProcessBuilder builder = new ProcessBuilder(
				Watchdog.command(server.id(), server.runDirectory(), server.stateFile(), command))
			.directory(server.runDirectory().toFile())
			.redirectErrorStream(true)
			.redirectOutput(server.log().toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		environment.accept(builder.environment());
		try {
			return new WatchedProcess(builder.start(), server);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run bash to start " + server.name(), ex);
		}
	}

	/** Waits until the server answers; prints progress every {@link Readiness#progressInterval()}. */
	public void awaitReady(Readiness readiness) {
		long started = System.nanoTime();
		Duration nextReport = readiness.progressInterval();
		while (!readiness.answers().getAsBoolean()) {
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
			if (!this.watchdog.isAlive()) {
				throw failure(sentence() + " exited during startup");
			}
			if (elapsed.compareTo(readiness.timeout()) > 0) {
				throw failure(sentence() + " did not answer " + readiness.endpoint() + " within "
						+ readiness.timeout().toSeconds() + " s");
			}
			if (elapsed.compareTo(nextReport) >= 0) {
				System.out.printf("%s: still starting after %d s (log: %s)%n", this.server.label(), elapsed.toSeconds(),
						this.server.log());
				nextReport = nextReport.plus(readiness.progressInterval());
			}
			pause(readiness.pollInterval());
		}
	}

	/** Prints that the server is ready, {@code startedNanos} ({@link System#nanoTime()}) after it was started. */
	public void reportReady(long startedNanos) {
		System.out.printf("%s: ready after %d s (log: %s)%n", this.server.label(),
				Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds(), this.server.log());
	}

	/** Stops the server (the watchdog forwards SIGTERM to it) and waits for it to end. */
	public void stop() {
		this.watchdog.destroy();
		try {
			if (!this.watchdog.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				this.watchdog.descendants().forEach(ProcessHandle::destroyForcibly);
				this.watchdog.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The watchdog's process id. */
	public long pid() {
		return this.watchdog.pid();
	}

	private String sentence() {
		String name = this.server.name();
		return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private IllegalStateException failure(String reason) {
		stop();
		return new IllegalStateException(
				reason + ". See the log " + this.server.log() + "; it ends with:\n" + tail());
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(this.server.log(), StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(log not readable: " + ex.getMessage() + ")";
		}
	}

	private void pause(Duration interval) {
		try {
			Thread.sleep(interval);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + this.server.name(), ex);
		}
	}

}
