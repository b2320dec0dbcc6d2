package org.secondopinion.testing.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The processes a shared server (Keycloak, the reference FHIR server) runs for ({@code run/<port>/owners}, one pid a line): its watchdog stops it once none
 * of them is alive. Each Maven build that uses a shared server adds itself, so two builds in the same tree at the
 * same time can share one server and it lives until the later one ends.
 */
public final class Owners {

	private Owners() {
	}

	public static void reset(Path runDirectory, ProcessHandle owner) {
		write(runDirectory, owner, StandardOpenOption.TRUNCATE_EXISTING);
	}

	public static void add(Path runDirectory, ProcessHandle owner) {
		write(runDirectory, owner, StandardOpenOption.APPEND);
	}

	/** Whether a listed process other than the given one is alive. */
	public static boolean anyAliveBesides(Path runDirectory, ProcessHandle process) {
		try {
			List<String> lines = Files.readAllLines(file(runDirectory), StandardCharsets.UTF_8);
			return lines.stream()
				.filter((line) -> line.matches("\\d+"))
				.mapToLong(Long::parseLong)
				.filter((pid) -> pid != process.pid())
				.anyMatch((pid) -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void write(Path runDirectory, ProcessHandle owner, StandardOpenOption mode) {
		try {
			Files.writeString(file(runDirectory), owner.pid() + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file(runDirectory), ex);
		}
	}

	private static Path file(Path runDirectory) {
		return runDirectory.resolve("owners");
	}

}
