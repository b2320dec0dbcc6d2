package org.secondopinion.sandbox.population;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Synthea's runtime classpath, as the {@code synthea-runner} module writes it at build time, and Synthea's version,
 * read from the name of its jar.
 *
 * @param entries the classpath, separated by the platform's path separator
 */
record SyntheaClasspath(String entries) {

	/** Synthea's main class (in the default package). */
	static final String MAIN_CLASS = "App";

	/** Where the {@code synthea-runner} module writes the classpath, relative to the project root. */
	static final Path RUNNER_OUTPUT = Path.of("synthea-runner", "target", "synthea.classpath");

	/** Set by the build for tests (see the root pom): the directory of the root {@code pom.xml}. */
	static final String PROJECT_ROOT_PROPERTY = "second-opinion.project-root";

	private static final Pattern SYNTHEA_JAR = Pattern.compile("synthea-([0-9][^/\\\\]*)\\.jar$");

	/**
	 * Reads the classpath from {@code file}, or from the file the {@code synthea-runner} module builds if
	 * {@code file} is {@code null}.
	 */
	static SyntheaClasspath read(@Nullable Path file) {
		Path path = file != null ? file : runnerOutput().orElseThrow(() -> new IllegalStateException(
				"Cannot find the project root (with mvnw) above " + System.getProperty("user.dir")
						+ " to find Synthea's classpath: set second-opinion.sandbox.population.synthea-classpath"));
		if (!Files.isRegularFile(path)) {
			throw new IllegalStateException("Synthea's classpath " + path + " does not exist: build it with "
					+ "./mvnw -pl synthea-runner package, or set second-opinion.sandbox.population.synthea-classpath");
		}
		try {
			return new SyntheaClasspath(Files.readString(path).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read Synthea's classpath " + path, ex);
		}
	}

	/** The file the {@code synthea-runner} module builds, if the project root can be found. */
	static Optional<Path> runnerOutput() {
		return projectRoot().map(root -> root.resolve(RUNNER_OUTPUT));
	}

	/** The version of the Synthea jar on the classpath. */
	String syntheaVersion() {
		return Arrays.stream(entries.split(File.pathSeparator))
			.map(SYNTHEA_JAR::matcher)
			.filter(Matcher::find)
			.map(matcher -> matcher.group(1))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No Synthea jar on Synthea's classpath"));
	}

	private static Optional<Path> projectRoot() {
		String property = System.getProperty(PROJECT_ROOT_PROPERTY);
		if (property != null && !property.isBlank()) {
			return Optional.of(Path.of(property));
		}
		for (Path directory = Path.of(System.getProperty("user.dir")).toAbsolutePath(); directory != null;
				directory = directory.getParent()) {
			if (Files.isRegularFile(directory.resolve("mvnw")) && Files.isDirectory(directory.resolve("synthea-runner"))) {
				return Optional.of(directory);
			}
		}
		return Optional.empty();
	}

}
