package org.secondopinion.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.secondopinion.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults on the real processes, one after the other on one running system: each fault happens in the middle of a
 * stream of 5,000 changes in the sandbox EHR whose cases are known beforehand, and afterwards the cases are exactly
 * the expected ones, with no alert e-mail and no EHR Task twice and nothing dead-lettered but the poison records.
 * Each test prints {@code fault=… expected=… created=… duplicates=… dlt=…}. The services run from their executable
 * jars ({@code ./mvnw verify} builds them before this module's tests).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIntegrationTests {

	private static final int PATIENTS = 1_000;

	private static final Duration CONVERGE = Duration.ofMinutes(3);

	private static final List<String> TOPICS = List.of(Topics.EHR_RESOURCES, Topics.ASSESSMENT_FLAGS, Topics.EHR_WRITEBACK,
			Topics.EHR_DIRECTORY);

	@TempDir
	static Path dir;

	private static FaultStack stack;

	@BeforeAll
	static void startTheSystem() throws Exception {
		stack = new FaultStack(dir);
	}

	@AfterAll
	static void stopTheSystem() throws Exception {
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	@Order(1)
	void killingEachServiceMidStreamAndRestartingItLosesAndDuplicatesNothing() throws Exception {
		ClinicStream stream = new ClinicStream(stack.fhirBase(), "kill", PATIENTS, 200);
		CompletableFuture<Void> writing = stream.start();
		for (String service : List.of("gateway-a", "assessment-service", "notification-service")) {
			stream.awaitWritten(stream.changes() / 5, Duration.ofMinutes(2));
			stack.killAndRestart(service);
		}
		converges("kill -9 and restart of each service", stream, writing, 0);
	}

	@Test
	@Order(2)
	void theSecondGatewayTakesOverTheLeasesOfAKilledOneWithinThirtySeconds() throws Exception {
		stack.start("gateway-b").awaitReady(FaultStack.START_TIMEOUT);
		ClinicStream stream = new ClinicStream(stack.fhirBase(), "lease", PATIENTS, 400);
		CompletableFuture<Void> writing = stream.start();
		stream.awaitWritten(stream.changes() / 5, Duration.ofMinutes(2));
		Map.Entry<String, String> held = await(() -> stack.syncLeaseHolder(), Duration.ofSeconds(30));
		String killed = held.getKey();
		String survivor = killed.equals("gateway-a") ? "gateway-b" : "gateway-a";
		stack.kill(killed);
		Instant killedAt = Instant.now();
		java.sql.Timestamp killedOnLeaseClock = stack.leaseClock();
		await(() -> stack.takenSince(held.getValue(), killedOnLeaseClock).filter(survivor::equals), Duration.ofSeconds(30));
		Duration takeOver = Duration.between(killedAt, Instant.now());
		System.out.printf("fault=lease-take-over killed=%s lease=%s takenOverBy=%s after=%d ms%n", killed, held.getValue(),
				survivor, takeOver.toMillis());
		assertThat(takeOver).isLessThanOrEqualTo(Duration.ofSeconds(30));
		converges("kill -9 of the gateway holding the lease", stream, writing, 0);
		stack.start(killed).awaitReady(FaultStack.START_TIMEOUT);
	}

	@Test
	@Order(3)
	void aKafkaBrokerRestartMidStreamLosesAndDuplicatesNothing() throws Exception {
		ClinicStream stream = new ClinicStream(stack.fhirBase(), "broker", PATIENTS, 400);
		CompletableFuture<Void> writing = stream.start();
		stream.awaitWritten(stream.changes() / 3, Duration.ofMinutes(2));
		stack.restartKafka(Duration.ofSeconds(5));
		converges("Kafka broker restart", stream, writing, 0);
	}

	@Test
	@Order(4)
	void postgresStoppedForThirtySecondsMidStreamLosesAndDuplicatesNothing() throws Exception {
		ClinicStream stream = new ClinicStream(stack.fhirBase(), "db", PATIENTS, 400);
		CompletableFuture<Void> writing = stream.start();
		stream.awaitWritten(stream.changes() / 3, Duration.ofMinutes(2));
		stack.stopPostgres(Duration.ofSeconds(30));
		converges("PostgreSQL stopped for 30 s", stream, writing, 0);
	}

	@Test
	@Order(5)
	void theEhrDownForSixtySecondsMidStreamLosesAndDuplicatesNothing() throws Exception {
		ClinicStream stream = new ClinicStream(stack.fhirBase(), "ehr", PATIENTS, 400);
		CompletableFuture<Void> writing = stream.start();
		stream.awaitWritten(stream.changes() / 3, Duration.ofMinutes(2));
		stack.ehrDown();
		Thread.sleep(Duration.ofSeconds(60).toMillis());
		stack.ehrBack();
		converges("EHR down for 60 s", stream, writing, 0);
	}

	@Test
	@Order(6)
	void poisonRecordsOnEveryTopicGoToTheirDeadLetterTopicsAndTheStreamFlowsOn() throws Exception {
		ClinicStream stream = new ClinicStream(stack.fhirBase(), "poison", PATIENTS, 400);
		CompletableFuture<Void> writing = stream.start();
		stream.awaitWritten(stream.changes() / 3, Duration.ofMinutes(2));
		Map<String, String> poison = stack.writePoison(TOPICS);
		converges("poison records on every topic", stream, writing, poison.size());
		Map<String, List<String>> deadLetters = stack.deadLetters(TOPICS);
		poison.forEach((key, topic) -> assertThat(deadLetters.get(Topics.deadLetter(topic)))
			.as("poison record %s of %s in its dead-letter topic", key, topic)
			.contains(key));
	}

	/**
	 * Waits until the stream is written and every expected case, alert and Task is there (or the time is up), lets
	 * late duplicates arrive, prints the counts and checks them.
	 */
	private static void converges(String fault, ClinicStream stream, CompletableFuture<Void> writing, int expectedDeadLetters)
			throws Exception {
		writing.get(5, TimeUnit.MINUTES);
		Set<String> expected = stream.expectedCases();
		Instant deadline = Instant.now().plus(CONVERGE);
		FaultStack.Outcome outcome = stack.outcome(stream.prefix());
		while (!outcome.complete(expected) && Instant.now().isBefore(deadline)) {
			Thread.sleep(1_000);
			outcome = stack.outcome(stream.prefix());
		}
		Thread.sleep(3_000);
		outcome = stack.outcome(stream.prefix());
		int deadLettered = stack.deadLetters(TOPICS).values().stream().mapToInt(List::size).sum();
		System.out.printf(
				"fault=\"%s\" changes=%d refusedWrites=%d expected=%d created=%d duplicates=%d (cases %d, e-mails %d, Tasks %d) "
						+ "alerted=%d tasks=%d dlt=%d%n",
				fault, stream.changes(), stream.refused(), expected.size(), outcome.cases().size(), outcome.duplicates(),
				outcome.duplicateCases(), outcome.duplicateMails(), outcome.duplicateTasks(), outcome.mailed().size(),
				outcome.tasked().size(), deadLettered);
		if (!outcome.complete(expected)) {
			stack.printProblems();
		}
		assertThat(outcome.cases()).as("cases after: " + fault).isEqualTo(expected);
		assertThat(outcome.mailed()).as("alerted cases after: " + fault).isEqualTo(expected);
		assertThat(outcome.tasked()).as("patients with a Task after: " + fault).isEqualTo(expected);
		assertThat(outcome.duplicates()).as("duplicate cases, e-mails and Tasks after: " + fault).isZero();
		assertThat(deadLettered).as("dead-lettered records so far").isEqualTo(expectedDeadLetters);
	}

	private static <T> T await(Check<T> check, Duration timeout) throws Exception {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			Optional<T> value = check.get();
			if (value.isPresent()) {
				return value.get();
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Not within " + timeout);
			}
			Thread.sleep(100);
		}
	}

	@FunctionalInterface
	private interface Check<T> {

		Optional<T> get() throws Exception;

	}

}
