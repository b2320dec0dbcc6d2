package org.secondopinion.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessLedgerTests {

	@TempDir
	Path dataDir;

	private final List<Process> started = new ArrayList<>();

	@AfterEach
	void stopWhatIsLeft() {
		started.forEach(Process::destroyForcibly);
	}

	@Test
	void aStartStopsTheProcessesAKilledRunLeftBehind() throws Exception {
		Process broker = sleeper();
		Process service = sleeper();
		Process deadStack = sleeper();
		ProcessLedger killedRun = ledgerOf(deadStack);
		killedRun.record("Kafka", broker.toHandle());
		killedRun.record("fhir-gateway", service.toHandle());
		deadStack.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
		List<String> progress = new ArrayList<>();

		ProcessLedger.takeOver(dataDir, progress::add);

		assertThat(broker.waitFor(25, TimeUnit.SECONDS)).isTrue();
		assertThat(service.waitFor(25, TimeUnit.SECONDS)).isTrue();
		assertThat(progress).containsExactly(
				"  Stopping fhir-gateway (pid " + service.pid() + "), left running by an earlier run that was killed",
				"  Stopping Kafka (pid " + broker.pid() + "), left running by an earlier run that was killed");
		assertThat(Files.readString(dataDir.resolve("processes"))).startsWith(ProcessHandle.current().pid() + " ")
			.endsWith("local stack" + System.lineSeparator());
	}

	@Test
	void aProcessIdNowUsedByAnotherProcessIsNotALeftover() throws Exception {
		Process unrelated = sleeper();
		Files.writeString(dataDir.resolve("processes"), "%d %d Kafka%n".formatted(unrelated.pid(),
				unrelated.toHandle().info().startInstant().orElseThrow().minusSeconds(3600).toEpochMilli()));
		List<String> progress = new ArrayList<>();

		ProcessLedger.takeOver(dataDir, progress::add);

		assertThat(unrelated.isAlive()).isTrue();
		assertThat(progress).isEmpty();
	}

	@Test
	void refusesToStartBesideARunThatIsStillAlive() throws Exception {
		Process liveStack = sleeper();
		Process broker = sleeper();
		ledgerOf(liveStack).record("Kafka", broker.toHandle());

		assertThatThrownBy(() -> ProcessLedger.takeOver(dataDir, line -> { }))
			.hasMessageStartingWith("Another local stack (pid " + liveStack.pid() + ") is running with");
		assertThat(broker.isAlive()).isTrue();
	}

	@Test
	void aCleanStopLeavesNothingToStop() throws Exception {
		Process broker = sleeper();
		ProcessLedger ledger = ProcessLedger.takeOver(dataDir, line -> { });
		ledger.record("Kafka", broker.toHandle());
		broker.destroy();
		broker.waitFor(5, TimeUnit.SECONDS);

		ledger.clear();

		assertThat(dataDir.resolve("processes")).doesNotExist();
	}

	/** The ledger of a run whose own process is {@code stack}. */
	private ProcessLedger ledgerOf(Process stack) throws IOException {
		Files.writeString(dataDir.resolve("processes"), "%d %d %s%n".formatted(stack.pid(),
				stack.toHandle().info().startInstant().orElse(Instant.EPOCH).toEpochMilli(), ProcessLedger.Entry.STACK));
		return ProcessLedger.reopen(dataDir);
	}

	private Process sleeper() throws IOException {
		Process process = new ProcessBuilder("sleep", "300").start();
		started.add(process);
		return process;
	}

}
