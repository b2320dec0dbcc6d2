package org.secondopinion.testing.process;

import java.util.Optional;

/** Finds the Maven process this JVM runs under (a Surefire fork is its child), if any. */
public final class MavenBuild {

	private MavenBuild() {
	}

	/** This JVM or its nearest ancestor that runs Maven; empty when not run by Maven (an IDE, the local stack). */
	public static Optional<ProcessHandle> process() {
		for (Optional<ProcessHandle> candidate = Optional.of(ProcessHandle.current()); candidate
			.isPresent(); candidate = candidate.get().parent()) {
			if (isMaven(candidate.get())) {
				return candidate;
			}
		}
		return Optional.empty();
	}

	private static boolean isMaven(ProcessHandle process) {
		String commandLine = process.info().commandLine().orElse("");
		return commandLine.contains("org.codehaus.plexus.classworlds.launcher.Launcher")
				|| commandLine.contains("org.apache.maven.cling.");
	}

}
