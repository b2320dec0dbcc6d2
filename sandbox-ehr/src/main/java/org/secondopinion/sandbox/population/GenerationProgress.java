package org.secondopinion.sandbox.population;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how far Synthea is, every few seconds while it runs: patients done out of the total, the rate and the time
 * left. It counts the patient bundles in Synthea's output directory (one per patient, named by a UUID), so it logs
 * no names: nothing about a patient but their number.
 */
final class GenerationProgress implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GenerationProgress.class);

	private static final Pattern PATIENT_BUNDLE = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.json");

	private final Path bundles;

	private final int total;

	private final Clock clock;

	private final ScheduledExecutorService timer;

	/** When the first patient was seen, and how many there were then: the rate leaves out Synthea's startup. */
	private @Nullable Instant firstSeen;

	private int firstCount;

	private GenerationProgress(Path bundles, int total, Clock clock) {
		this.bundles = bundles;
		this.total = total;
		this.clock = clock;
		this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
			.name("synthea-progress")
			.daemon()
			.factory());
	}

	/** Starts logging the progress of {@code total} patients written to {@code bundles}, every {@code interval}. */
	static GenerationProgress watch(Path bundles, int total, Duration interval) {
		GenerationProgress progress = new GenerationProgress(bundles, total, Clock.systemUTC());
		long millis = interval.toMillis();
		progress.timer.scheduleAtFixedRate(progress::report, millis, millis, TimeUnit.MILLISECONDS);
		return progress;
	}

	/** How many patient bundles Synthea has written so far. */
	static int patientsDone(Path bundles) {
		if (!Files.isDirectory(bundles)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(bundles)) {
			return (int) files.filter(file -> PATIENT_BUNDLE.matcher(file.getFileName().toString()).matches()).count();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/**
	 * The progress line: {@code Synthea: 40/200 patients, 1.2 patients/s, about 2m 13s left}.
	 * @param rate patients per second, {@code NaN} while unknown
	 */
	static String describe(int done, int total, double rate) {
		StringBuilder line = new StringBuilder("Synthea: ").append(done).append('/').append(total).append(" patients");
		if (Double.isNaN(rate) || rate <= 0) {
			return line.append(done == 0 ? ", starting" : "").toString();
		}
		long secondsLeft = Math.round(Math.max(0, total - done) / rate);
		return line.append(String.format(Locale.ROOT, ", %.1f patients/s, about %s left", rate, duration(secondsLeft))).toString();
	}

	static String duration(long seconds) {
		if (seconds < 60) {
			return seconds + "s";
		}
		if (seconds < 3600) {
			return "%dm %02ds".formatted(seconds / 60, seconds % 60);
		}
		return "%dh %02dm".formatted(seconds / 3600, seconds % 3600 / 60);
	}

	private void report() {
		int done = patientsDone(bundles);
		Instant now = clock.instant();
		double rate = Double.NaN;
		if (firstSeen == null && done > 0) {
			firstSeen = now;
			firstCount = done;
		}
		else if (firstSeen != null && done > firstCount) {
			rate = (done - firstCount) / (Duration.between(firstSeen, now).toMillis() / 1000.0);
		}
		log.info(describe(done, total, rate));
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}

}
