package org.secondopinion.testing.process;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root: from {@code second-opinion.project-root} (set by the build), else found from the cwd. */
public final class ProjectRoot {

	public static final String PROPERTY = "second-opinion.project-root";

	private ProjectRoot() {
	}

	public static Path find() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
		for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
			if (Files.isDirectory(candidate.resolve("deploy").resolve("keycloak"))) {
				return candidate;
			}
		}
		throw new IllegalStateException("Cannot find the project root: no directory containing deploy/keycloak above "
				+ start + ". Set the system property " + PROPERTY + ".");
	}

}
