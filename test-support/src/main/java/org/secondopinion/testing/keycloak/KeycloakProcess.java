package org.secondopinion.testing.keycloak;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.secondopinion.testing.process.Owners;
import org.secondopinion.testing.process.WatchedProcess;

/**
 * {@code kc.sh start-dev} under a small bash watchdog ({@code watchdog.sh}) that stops Keycloak once none of its
 * {@link Owners} lives, so that Keycloak can outlive the JVM that started it (a Surefire fork) but not the build.
 */
final class KeycloakProcess {

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);

	private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(10);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

	private final WatchedProcess process;

	private KeycloakProcess(WatchedProcess process) {
		this.process = process;
	}

	static KeycloakProcess launch(KeycloakOptions options, Path launcher) {
		WatchedProcess.Server server = new WatchedProcess.Server("keycloak", "Keycloak",
				"Keycloak on port " + options.port(), options.runDirectory(), "credentials.json",
				options.runDirectory().resolve("keycloak.log"));
		List<String> command = List.of(launcher.toString(), "start-dev", "--http-host=127.0.0.1",
				"--http-port=" + options.port(), "--http-management-port=" + options.managementPort(),
				"--import-realm", "--db=dev-mem", "--health-enabled=true");
		return new KeycloakProcess(WatchedProcess.start(server, command, KeycloakProcess::adjust));
	}

	/** Waits until the realm's discovery document answers; prints progress every 10 s. */
	void awaitReady(KeycloakOptions options) {
		URI wellKnown = options.wellKnown();
		this.process.awaitReady(new WatchedProcess.Readiness(wellKnown.toString(), () -> KeycloakHttp.answers(wellKnown),
				STARTUP_TIMEOUT, PROGRESS_INTERVAL, POLL_INTERVAL));
	}

	/** Prints that Keycloak is ready, {@code startedNanos} ({@link System#nanoTime()}) after it was launched. */
	void reportReady(long startedNanos) {
		this.process.reportReady(startedNanos);
	}

	/** Stops Keycloak (the watchdog forwards SIGTERM to it) and waits for it to end. */
	void stop() {
		this.process.stop();
	}

	private static void adjust(Map<String, String> environment) {
		environment.keySet()
			.removeIf((name) -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS") || name.equals("JAVA")
					|| name.equals("JAVA_ADD_OPENS"));
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		environment.put("JAVA_OPTS_APPEND", javaOptions());
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
