package org.secondopinion.sandbox.population;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import org.secondopinion.sandbox.population.PopulationSettings.Source;
import org.secondopinion.sandbox.store.FhirStore;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Measures how fast patients are made: by Synthea (a fresh run, no cache), read from the cache, and derived; and how
 * much heap the current {@link FhirStore} needs for them. Not a test: run it by hand (see
 * {@code docs/sandbox-population.md}) and read the tables it prints.
 * <p>
 * Options: {@code --synthea=20} patients for the fresh Synthea run (0 skips it), {@code --base=200} Synthea patients
 * to derive from (generated once, then cached), {@code --derived=1000} derived patients, {@code --types=*} to load
 * every resource type instead of those the sandbox serves, {@code --cache-dir=DIR}, {@code --seed=42}.
 */
public final class PopulationBenchmark {

	private final FhirContext context = FhirContext.forR4();

	private final Map<String, String> options;

	private final List<String> speeds = new ArrayList<>();

	private final List<String> heap = new ArrayList<>();

	private PopulationBenchmark(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) {
		LoggingSystem logging = LoggingSystem.get(PopulationBenchmark.class.getClassLoader());
		logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
		logging.setLogLevel(PopulationBenchmark.class.getPackageName(), LogLevel.INFO);
		Map<String, String> options = Arrays.stream(args)
			.filter(arg -> arg.startsWith("--") && arg.contains("="))
			.collect(Collectors.toMap(arg -> arg.substring(2, arg.indexOf('=')),
					arg -> arg.substring(arg.indexOf('=') + 1)));
		new PopulationBenchmark(options).run();
	}

	private void run() {
		int synthea = integer("synthea", 20);
		int base = integer("base", 200);
		int derived = integer("derived", 1000);
		Path cacheDir = Path.of(options.getOrDefault("cache-dir",
				Path.of(System.getProperty("user.home"), ".cache", "second-opinion", "synthea").toString()));
		if (synthea > 0) {
			Path directory = temporaryDirectory();
			measureSynthea(settings(synthea, synthea, directory));
			deleteRecursively(directory);
		}
		PopulationSettings settings = settings(base + derived, base, cacheDir);
		SyntheaCache cache = SyntheaCache.of(context, settings);
		cache.load(settings.syntheaRequest(), type -> false);
		long started = System.nanoTime();
		BasePopulation population = cache.load(settings.syntheaRequest(), settings::loads);
		speed("Read from the cache", base, started);
		long withoutStore = usedHeapAfterGc();
		heap("Synthea patients", base, withoutStore, population.resources().count(), fill(population));
		derive(settings, population, derived, withoutStore);
		System.out.println();
		System.out.printf(Locale.ROOT, "| %-40s | %8s | %9s | %10s |%n", "step", "patients", "seconds", "patients/s");
		System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%n", "-".repeat(42), "-".repeat(10), "-".repeat(11), "-".repeat(12));
		speeds.forEach(System.out::println);
		System.out.println();
		System.out.printf(Locale.ROOT, "| %-40s | %8s | %9s | %10s |%n", "heap of the store after GC", "patients",
				"resources", "MiB");
		System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%n", "-".repeat(42), "-".repeat(10), "-".repeat(11), "-".repeat(12));
		heap.forEach(System.out::println);
		System.out.println();
		System.out.printf("Resource types: %s; max heap %d MiB; %d cores%n",
				options.getOrDefault("types", "those the sandbox serves"), Runtime.getRuntime().maxMemory() >> 20,
				Runtime.getRuntime().availableProcessors());
	}

	/** Runs Synthea without a cache, timing its first patient, the others, and the conversion to the cache. */
	private void measureSynthea(PopulationSettings settings) {
		SyntheaClasspath classpath = SyntheaClasspath.read(null);
		SyntheaProcess process = new SyntheaProcess(classpath, settings.progressInterval());
		long[] firstPatient = { 0 };
		long[] syntheaDone = { 0 };
		SyntheaGenerator timed = (request, output) -> {
			CompletableFuture<Void> run = CompletableFuture.runAsync(() -> process.generate(request, output));
			while (!run.isDone()) {
				if (firstPatient[0] == 0 && GenerationProgress.patientsDone(output.resolve("fhir")) > 0) {
					firstPatient[0] = System.nanoTime();
				}
				sleep();
			}
			run.join();
			syntheaDone[0] = System.nanoTime();
		};
		SyntheaCache cache = new SyntheaCache(settings.cacheDirOrDefault(), classpath.syntheaVersion(), timed,
				new TransactionBundles(context), new PopulationFile(context));
		long started = System.nanoTime();
		cache.load(settings.syntheaRequest(), type -> false);
		int patients = settings.patients();
		speeds.add(row("Synthea, fresh, child JVM", patients, (syntheaDone[0] - started) / 1e9));
		if (firstPatient[0] > 0 && patients > 1) {
			speeds.add(row("Synthea, after its first patient", patients - 1, (syntheaDone[0] - firstPatient[0]) / 1e9));
		}
		speed("Synthea's bundles into the cache", patients, syntheaDone[0]);
	}

	private void derive(PopulationSettings settings, BasePopulation population, int count, long withoutStore) {
		PatientDerivation derivation = new PatientDerivation(context, settings.seed(), population);
		long started = System.nanoTime();
		AtomicLong resources = new AtomicLong();
		derivation.derive(count, record -> resources.addAndGet(record.resources().size()));
		speed("Derived (not stored)", count, started);
		FhirStore store = new FhirStore(Clock.systemUTC());
		started = System.nanoTime();
		derivation.derive(count, record -> record.resources().forEach(store::put));
		speed("Derived and put into the FhirStore", count, started);
		heap("Derived patients", count, withoutStore, resources.get(), store);
	}

	private FhirStore fill(BasePopulation population) {
		FhirStore store = new FhirStore(Clock.systemUTC());
		long started = System.nanoTime();
		population.resources().forEach(store::put);
		speed("Put Synthea patients into the FhirStore", population.patients().size(), started);
		return store;
	}

	private void speed(String step, int patients, long started) {
		speeds.add(row(step, patients, (System.nanoTime() - started) / 1e9));
	}

	private static String row(String step, int patients, double seconds) {
		return String.format(Locale.ROOT, "| %-40s | %8d | %9.1f | %10.1f |", step, patients, seconds,
				patients / seconds);
	}

	/** Records the heap the store takes above {@code withoutStore}. */
	private void heap(String what, int patients, long withoutStore, long resources, FhirStore store) {
		long used = usedHeapAfterGc() - withoutStore;
		Reference.reachabilityFence(store);
		heap.add(String.format(Locale.ROOT, "| %-40s | %8d | %9d | %10d |",
				what + " (" + (used / patients >> 10) + " KiB each)", patients, resources, used >> 20));
	}

	private PopulationSettings settings(int patients, int baseSize, Path cacheDir) {
		List<String> types = options.containsKey("types") ? List.of(options.get("types").split(",")) : null;
		return new PopulationSettings(Source.SYNTHEA, patients, Long.parseLong(options.getOrDefault("seed", "42")),
				cacheDir, baseSize, LocalDate.of(2025, 6, 1), 5, types, Duration.ofSeconds(10), null);
	}

	private int integer(String name, int fallback) {
		return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
	}

	private static long usedHeapAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		for (int round = 0; round < 3; round++) {
			System.gc();
			sleep();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("synthea-benchmark");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
