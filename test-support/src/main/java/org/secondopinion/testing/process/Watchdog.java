package org.secondopinion.testing.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small bash watchdog ({@code watchdog.sh}) that runs a server while any of its {@link Owners} lives, so that a
 * server can outlive the JVM that started it (a Surefire fork) but not the build. While it stops, it renames the
 * server's state file in the run directory ({@code x.json} to {@code x.stopping}) so that no JVM joins it.
 */
public final class Watchdog {

	private Watchdog() {
	}

	/** The command that runs {@code server} under the watchdog. */
	public static List<String> command(String name, Path runDirectory, String stateFile, List<String> server) {
		List<String> command = new ArrayList<>(List.of("bash", "-c", script(), name + "-watchdog",
				runDirectory.toString(), stateFile));
		command.addAll(server);
		return command;
	}

	/** The name the state file has while the server stops. */
	public static String stoppingName(String stateFile) {
		return stateFile.replaceFirst("\\.json$", "") + ".stopping";
	}

	private static String script() {
		try (InputStream in = Watchdog.class.getResourceAsStream("watchdog.sh")) {
			if (in == null) {
				throw new IllegalStateException("watchdog.sh is missing from test-support");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
