package org.secondopinion.testing.keycloak;

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

import org.secondopinion.testing.process.Watchdog;

/**
 * {@code kc.sh start-dev} under a small bash watchdog ({@code watchdog.sh}) that stops Keycloak once none of its
 * {@link Owners} lives, so that Keycloak can outlive the JVM that started it (a Surefire fork) but not the build.
 */
final class KeycloakProcess {

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

	private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(10);

	private final Process watchdog;

	private final KeycloakOptions options;

	private final Path log;

	private KeycloakProcess(Process watchdog, KeycloakOptions options, Path log) {
		this.watchdog = watchdog;
		this.options = options;
		this.log = log;
	}

	static KeycloakProcess launch(KeycloakOptions options, Path launcher) {
		Path log = options.runDirectory().resolve("keycloak.log");
		List<String> command = Watchdog.command("keycloak", options.runDirectory(), "credentials.json",
				List.of(launcher.toString(), "start-dev", "--http-host=127.0.0.1", "--http-port=" + options.port(),
						"--http-management-port=" + options.managementPort(), "--import-realm", "--db=dev-mem",
						"--health-enabled=true"));
		ProcessBuilder builder = new ProcessBuilder(command).directory(options.runDirectory().toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		Map<String, String> environment = builder.environment();
		environment.keySet()
			.removeIf((name) -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS") || name.equals("JAVA")
					|| name.equals("JAVA_ADD_OPENS"));
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		environment.put("JAVA_OPTS_APPEND", javaOptions());
		try {
			return new KeycloakProcess(builder.start(), options, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run bash to start Keycloak", ex);
		}
	}

	/** Waits until the realm's discovery document answers; prints progress every 10 s. */
	void awaitReady() {
		long started = System.nanoTime();
		Duration nextReport = PROGRESS_INTERVAL;
		while (!KeycloakHttp.answers(this.options.wellKnown())) {
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
			if (!this.watchdog.isAlive()) {
				throw failure("Keycloak exited during startup");
			}
			if (elapsed.compareTo(STARTUP_TIMEOUT) > 0) {
				throw failure("Keycloak did not answer " + this.options.wellKnown() + " within "
						+ STARTUP_TIMEOUT.toSeconds() + " s");
			}
			if (elapsed.compareTo(nextReport) >= 0) {
				System.out.printf("Keycloak on port %d: still starting after %d s (log: %s)%n", this.options.port(),
						elapsed.toSeconds(), this.log);
				nextReport = nextReport.plus(PROGRESS_INTERVAL);
			}
			pause();
		}
	}

	/** Stops Keycloak (the watchdog forwards SIGTERM to it) and waits for it to end. */
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

	Path log() {
		return this.log;
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

	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Keycloak", ex);
		}
	}

	/** Added to kc.sh's defaults: quiets the JDK 24+ warnings of Netty and the shutdown errors of JBoss Threads. */
	private static String javaOptions() {
		String options = "--add-opens=java.base/java.lang=ALL-UNNAMED";
		if (Runtime.version().feature() >= 24) {
			options += " --sun-misc-unsafe-memory-access=allow";
		}
		return options;
	}

}
