package org.secondopinion.assessment.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import ca.uhn.fhir.context.FhirContext;
import org.secondopinion.assessment.criteria.CriteriaEvaluator;
import org.secondopinion.assessment.criteria.CriterionTimes;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.PictureFixtures;
import org.secondopinion.assessment.picture.PictureFixtures.StoredRecord;
import org.secondopinion.events.PatientRef;
import org.secondopinion.sandbox.population.SyntheaRecords;
import org.secondopinion.sandbox.scenarios.ScenarioCatalog;

/**
 * How many patients one thread re-assesses per second on Synthea-sized records: the sandbox's Synthea patients as
 * the picture store keeps them (JSON as served), assembled into pictures and run through the eight criteria with the
 * service's parameters: from the JSON, from the picture records stored next to it (as after a restart: no cache,
 * nothing parsed; read from memory, not PostgreSQL), and with the service's picture cache (each resource version
 * parsed once). Baseline
 * in the same run: assembling the pictures alone. Not a test: run it with the
 * {@code bench} profile (see {@code docs/benchmarks.md}).
 * <p>
 * System properties: {@code bench.patients} (default 200, the cached Synthea base), {@code bench.seed} (42),
 * {@code bench.rounds} (5 timed rounds after at least 2 warm-up rounds and 5 s of CPU time; the median is reported),
 * {@code bench.profile-evaluation} (only evaluate the criteria, many rounds, to run under a profiler),
 * {@code bench.per-criterion} (only time each criterion on its own: CPU time per patient),
 * {@code bench.restart-only} (only rebuild the pictures from the stored records, then re-assess from them, as the
 * first steps of a fresh process, before any other step has been compiled).
 */
public final class ReassessmentBenchmark {

	private static final int WARM_UP_ROUNDS = 2;

	/** Warm-up goes on for at least this much CPU time, so that fast steps are compiled before they are timed. */
	private static final long WARM_UP_NANOS = 5_000_000_000L;

	private ReassessmentBenchmark() {
	}

	public static void main(String[] args) {
		int patients = Integer.getInteger("bench.patients", SyntheaRecords.BASE_SIZE);
		long seed = Long.getLong("bench.seed", 42);
		int rounds = Integer.getInteger("bench.rounds", 5);
		FhirContext fhir = FhirContext.forR4Cached();
		List<PatientRef> keys = new ArrayList<>();
		List<StoredRecord> records = new ArrayList<>();
		SyntheaRecords.forEachPatient(fhir, patients, seed, PictureTypes.ALL, resources -> {
			keys.add(PatientRef.of("bench", resources.getFirst().getIdPart()));
			records.add(PictureFixtures.stored(resources));
		});
		List<StoredRecord> storedForms = records.stream().map(PictureFixtures::storedForm).toList();
		long resources = records.stream().mapToLong(StoredRecord::size).sum();
		long recordBytes = storedForms.stream().mapToLong(StoredRecord::recordBytes).sum();
		long characters = records.stream().mapToLong(StoredRecord::characters).sum();
		try (InMemoryRules rules = InMemoryRules.asOf(ScenarioCatalog.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant())) {
			CriteriaEvaluator evaluator = rules.evaluator();
			List<ClinicalPicture> pictures = new ArrayList<>();
			for (int i = 0; i < records.size(); i++) {
				pictures.add(PictureFixtures.assemble(keys.get(i), records.get(i)));
			}
			long observations = pictures.stream().mapToLong(p -> p.observations().size()).sum();

			if (Boolean.getBoolean("bench.per-criterion")) {
				Instant now = ScenarioCatalog.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant();
				System.out.printf(Locale.ROOT, "%n| %-28s | %14s |%n", "criterion", "µs CPU/patient");
				System.out.printf(Locale.ROOT, "|%s|%s|%n", "-".repeat(30), "-".repeat(16));
				CriterionTimes.microsPerPicture(evaluator, pictures, now, rounds, WARM_UP_NANOS)
					.forEach((code, micros) -> System.out.printf(Locale.ROOT, "| %-28s | %,14.1f |%n", code, micros));
				return;
			}
			if (Boolean.getBoolean("bench.restart-only")) {
				System.out.printf(Locale.ROOT, "rebuild the picture from the stored records: %,.0f patients/s%n",
						median(rounds, storedForms.size(),
								i -> PictureFixtures.assembleStored(keys.get(i), storedForms.get(i)).observations().size()));
				System.out.printf(Locale.ROOT, "re-assess after a restart: stored records, no cache: %,.0f patients/s%n",
						median(rounds, storedForms.size(), i -> evaluator
							.assess(PictureFixtures.assembleStored(keys.get(i), storedForms.get(i))).findings().size()));
				return;
			}
			if (Boolean.getBoolean("bench.profile-evaluation")) {
				System.out.printf(Locale.ROOT, "evaluate: %,.0f patients/s%n",
						median(rounds * 20, pictures.size(), i -> evaluator.assess(pictures.get(i)).findings().size()));
				return;
			}
			double touch = median(rounds, records.size(), i -> (int) records.get(i).characters());
			double assemble = median(rounds, records.size(),
					i -> PictureFixtures.assemble(keys.get(i), records.get(i)).observations().size());
			double evaluate = median(rounds, pictures.size(), i -> evaluator.assess(pictures.get(i)).findings().size());
			double full = median(rounds, records.size(),
					i -> evaluator.assess(PictureFixtures.assemble(keys.get(i), records.get(i))).findings().size());
			double rebuild = median(rounds, storedForms.size(),
					i -> PictureFixtures.assembleStored(keys.get(i), storedForms.get(i)).observations().size());
			double restarted = median(rounds, storedForms.size(),
					i -> evaluator.assess(PictureFixtures.assembleStored(keys.get(i), storedForms.get(i))).findings().size());
			double cached = median(rounds, records.size(),
					i -> evaluator.assess(PictureFixtures.assembleCached(keys.get(i), records.get(i))).findings().size());

			System.out.printf(Locale.ROOT, "%n%d Synthea patients (seed %d), %d stored resources (%.0f per patient, "
					+ "%.1f MB of JSON), %d observation results in the pictures, %.1f MB of stored picture records; one thread, patients per second of its CPU time, median of %d rounds%n%n",
					records.size(), seed, resources, (double) resources / records.size(), characters / 1e6,
					observations, recordBytes / 1e6, rounds);
			System.out.printf(Locale.ROOT, "| %-52s | %12s | %9s |%n", "step", "patients/s", "ratio");
			System.out.printf(Locale.ROOT, "|%s|%s|%s|%n", "-".repeat(54), "-".repeat(14), "-".repeat(11));
			row("iterate the stored JSON", touch, assemble);
			row("assemble the picture (baseline)", assemble, assemble);
			row("evaluate the eight criteria on an assembled picture", evaluate, assemble);
			row("re-assess: assemble and evaluate", full, assemble);
			row("rebuild the picture from the stored records", rebuild, assemble);
			row("re-assess after a restart: stored records, no cache", restarted, assemble);
			row("re-assess, no resource changed (picture cache)", cached, assemble);
		}
	}

	private static void row(String step, double rate, double baseline) {
		System.out.printf(Locale.ROOT, "| %-52s | %,12.0f | %9.2f |%n", step, rate, rate / baseline);
	}

	/**
	 * Patients per second of this thread's CPU time (so that other processes on a shared machine do not count): the
	 * median of the timed rounds, each going once through every patient.
	 */
	private static double median(int rounds, int patients, ToIntFunction<Integer> work) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long sink = 0;
		double[] rates = new double[rounds];
		long warmUpStarted = threads.getCurrentThreadCpuTime();
		int warmUps = 0;
		while (warmUps < WARM_UP_ROUNDS || threads.getCurrentThreadCpuTime() - warmUpStarted < WARM_UP_NANOS) {
			for (int i = 0; i < patients; i++) {
				sink += work.applyAsInt(i);
			}
			warmUps++;
		}
		for (int round = 0; round < rounds; round++) {
			long started = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < patients; i++) {
				sink += work.applyAsInt(i);
			}
			rates[round] = patients / ((threads.getCurrentThreadCpuTime() - started) / 1e9);
		}
		if (sink == Long.MIN_VALUE) {
			System.out.println(sink);
		}
		Arrays.sort(rates);
		return rates[rounds / 2];
	}

}
