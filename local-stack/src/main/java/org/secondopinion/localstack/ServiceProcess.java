package org.secondopinion.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One of our services in a JVM of its own, started from its executable jar ({@code java -jar}) with the same command
 * line it takes in this JVM, and known to be up when its readiness probe answers.
 */
final class ServiceProcess implements AutoCloseable {

	private static final Duration GRACE = Duration.ofSeconds(20);

	private final String name;

	private final Process process;

	private final int port;

	private final Path log;

	private ServiceProcess(String name, Process process, int port, Path log) {
		this.name = name;
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts {@code module}'s executable jar (built under {@code module/target} of the project in {@code projectRoot}
	 * by {@code ./mvnw package}) in that directory, listening on {@code port}, its output in {@code logs/<module>.log}.
	 */
	static ServiceProcess start(Path projectRoot, String module, int port, List<String> arguments, Path logs,
			ProcessLedger ledger) throws IOException {
		Path jar = executableJar(projectRoot, module);
		Files.createDirectories(logs);
		Path log = logs.resolve(module + ".log").toAbsolutePath();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-Xss512k", "-jar", jar.toString()));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).directory(projectRoot.toAbsolutePath().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		ledger.record(module, process.toHandle());
		return new ServiceProcess(module, process, port, log);
	}

	/** The newest executable jar of {@code module} in the project in {@code projectRoot}. */
	static Path executableJar(Path projectRoot, String module) throws IOException {
		Path target = projectRoot.resolve(module).resolve("target");
		if (Files.isDirectory(target)) {
			try (Stream<Path> files = Files.list(target)) {
				var newest = files.filter(file -> file.getFileName().toString().matches(module + "-.*-exec\\.jar"))
					.max(Comparator.comparing(ServiceProcess::modified));
				if (newest.isPresent()) {
					return newest.get().toAbsolutePath();
				}
			}
		}
		throw new IllegalStateException("No executable jar of " + module + " in " + target.toAbsolutePath()
				+ ": build it with ./mvnw -pl local-stack -am package -DskipTests");
	}

	/** Waits until the service's readiness probe answers {@code UP}; fails early if the process exits. */
	void awaitReady(Duration timeout) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
			}
			try {
				HttpResponse<String> response = http.send(probe, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s; see " + log);
	}

	/** Waits up to {@code timeout} for the process to exit; its exit code, or empty while it runs. */
	java.util.OptionalInt awaitExit(Duration timeout) throws InterruptedException {
		return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? java.util.OptionalInt.of(process.exitValue())
				: java.util.OptionalInt.empty();
	}

	long pid() {
		return process.pid();
	}

	Path log() {
		return log;
	}

	/** Asks the service to stop (SIGTERM: HTTP drained, Kafka work committed or left for redelivery). */
	void terminate() {
		process.destroy();
	}

	/** Kills the service at once (SIGKILL, as {@code kill -9}): nothing is drained, committed or handed back. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(10, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(5, TimeUnit.SECONDS);
		}
	}

	private static java.nio.file.attribute.FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (IOException ex) {
			return java.nio.file.attribute.FileTime.fromMillis(0);
		}
	}

}
