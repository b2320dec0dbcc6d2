package org.secondopinion.sandbox.population;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Synthea in a child JVM with its own classpath (HAPI FHIR 6.1 must not meet the sandbox's 8.8), the same
 * {@code java} as this JVM's. Synthea's console output goes to {@code synthea.log} next to the output directory;
 * meanwhile {@link GenerationProgress} logs how far it is.
 */
final class SyntheaProcess implements SyntheaGenerator {

	private static final Logger log = LoggerFactory.getLogger(SyntheaProcess.class);

	private final SyntheaClasspath classpath;

	private final Duration progressInterval;

	SyntheaProcess(SyntheaClasspath classpath, Duration progressInterval) {
		this.classpath = classpath;
		this.progressInterval = progressInterval;
	}

	@Override
	public void generate(SyntheaRequest request, Path outputDirectory) {
		Path console = outputDirectory.resolveSibling("synthea.log");
		List<String> command = command(request, outputDirectory);
		log.info("Generating {} patients with Synthea {} (seed {}); the first patients take a while",
				request.patients(), classpath.syntheaVersion(), request.seed());
		long started = System.nanoTime();
		try {
			Files.createDirectories(outputDirectory);
			Process process = new ProcessBuilder(command).directory(outputDirectory.getParent().toFile())
				.redirectErrorStream(true)
				.redirectOutput(console.toFile())
				.start();
			int exitCode = waitFor(process, request.patients(), outputDirectory.resolve("fhir"));
			if (exitCode != 0) {
				throw new IllegalStateException("Synthea failed with exit code " + exitCode + ": see " + console);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot run Synthea with " + javaExecutable(), ex);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		log.info("Synthea generated {} patients in {}s ({} patients/s)", request.patients(), Math.round(seconds),
				String.format(Locale.ROOT, "%.2f", request.patients() / seconds));
	}

	List<String> command(SyntheaRequest request, Path outputDirectory) {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Djava.awt.headless=true", "-cp",
				classpath.entries(), SyntheaClasspath.MAIN_CLASS));
		command.addAll(request.arguments(outputDirectory));
		return command;
	}

	private int waitFor(Process process, int patients, Path bundles) {
		Thread killer = new Thread(process::destroyForcibly, "synthea-killer");
		Runtime.getRuntime().addShutdownHook(killer);
		try (GenerationProgress progress = GenerationProgress.watch(bundles, patients, progressInterval)) {
			return process.waitFor();
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while Synthea was running", ex);
		}
		finally {
			try {
				Runtime.getRuntime().removeShutdownHook(killer);
			}
			catch (IllegalStateException shuttingDown) {
				// The hook runs anyway.
			}
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
