package org.secondopinion.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The processes a run of the local stack started (its own, PostgreSQL, Kafka, each service), written down in its data
 * directory as they start, so that a later run can stop what a run that was killed ({@code kill -9}, a power cut)
 * left behind, instead of silently reusing a broker or database nobody will stop.
 *
 * <p>A process is recognised by its id and its start time, so a recycled process id is never mistaken for a leftover.
 * If the run that wrote the ledger is still alive, its processes are not leftovers: the new run refuses to start.
 */
final class ProcessLedger {

	private static final Duration GRACE = Duration.ofSeconds(20);

	private final Path file;

	private ProcessLedger(Path file) {
		this.file = file;
	}

	/**
	 * Stops every process the previous run in {@code dataDir} left running, then starts a new ledger with this JVM
	 * in it.
	 * @throws IllegalStateException if the previous run is still running
	 */
	static ProcessLedger takeOver(Path dataDir, Consumer<String> progress) throws IOException {
		Path file = dataDir.resolve("processes");
		List<Entry> previous = read(file);
		Optional<Entry> stack = previous.stream().filter(entry -> entry.name().equals(Entry.STACK)).findFirst();
		if (stack.isPresent() && stack.get().isAlive()) {
			throw new IllegalStateException("Another local stack (pid " + stack.get().pid() + ") is running with "
					+ dataDir.toAbsolutePath() + ": stop it first, or give this one --data-dir=<another directory>");
		}
		List<ProcessHandle> stopping = new ArrayList<>();
		// the services before the servers they use, as a clean stop does
		for (Entry entry : previous.reversed()) {
			entry.handle().ifPresent(handle -> {
				progress.accept("  Stopping %s (pid %d), left running by an earlier run that was killed"
					.formatted(entry.name(), entry.pid()));
				handle.destroy();
				stopping.add(handle);
			});
		}
		awaitExit(stopping);
		Files.createDirectories(dataDir);
		ProcessLedger ledger = new ProcessLedger(file);
		Files.writeString(file, "");
		ledger.record(Entry.STACK, ProcessHandle.current());
		return ledger;
	}

	/** The ledger in {@code dataDir} as it is, to add to. */
	static ProcessLedger reopen(Path dataDir) {
		return new ProcessLedger(dataDir.resolve("processes"));
	}

	/** Writes {@code process} down, so that a later run stops it if this one is killed before it could. */
	void record(String name, ProcessHandle process) {
		Instant started = process.info().startInstant().orElse(Instant.EPOCH);
		try {
			Files.writeString(file, "%d %d %s%n".formatted(process.pid(), started.toEpochMilli(), name),
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("Cannot write " + file, ex);
		}
	}

	/** After a clean stop nothing is left to stop. */
	void clear() {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// the entries name processes that have exited: a later run finds none of them alive
		}
	}

	private static void awaitExit(List<ProcessHandle> processes) {
		Instant deadline = Instant.now().plus(GRACE);
		for (ProcessHandle process : processes) {
			try {
				process.onExit().get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
			}
			catch (Exception notYet) {
				process.destroyForcibly();
			}
		}
	}

	private static List<Entry> read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		List<Entry> entries = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			String[] fields = line.strip().split(" ", 3);
			if (fields.length == 3 && fields[0].matches("\\d+") && fields[1].matches("\\d+")) {
				entries.add(new Entry(Long.parseLong(fields[0]), Long.parseLong(fields[1]), fields[2]));
			}
		}
		return entries;
	}

	/** One process a run started: its id, when it started (epoch milliseconds) and what it is. */
	record Entry(long pid, long startedMillis, String name) {

		static final String STACK = "local stack";

		/** The process, if it is still the one written down. */
		Optional<ProcessHandle> handle() {
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(handle -> handle.info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == startedMillis);
		}

		boolean isAlive() {
			return handle().isPresent();
		}

	}

}
