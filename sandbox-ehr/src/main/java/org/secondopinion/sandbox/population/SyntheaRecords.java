package org.secondopinion.sandbox.population;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.population.PopulationSettings.Source;

/**
 * The sandbox's Synthea population, patient by patient, for tools that run rules or measure them on realistic
 * records (reports, benchmarks) without starting a server: the same patients the sandbox serves for the same
 * {@code patients} and {@code seed}, read from the Synthea cache and derived beyond its base, exactly as
 * {@code second-opinion.sandbox.population.source=synthea} loads them.
 * <p>
 * Synthea runs only when the base is not cached and its classpath (built by {@code synthea-runner}) is present;
 * without that classpath a cached base is found by its name.
 */
public final class SyntheaRecords {

	/** The Synthea patients derivation starts from, as in the sandbox's defaults. */
	public static final int BASE_SIZE = 200;

	/** The day Synthea's simulation ends, as in the sandbox's defaults: the records' history stops here. */
	public static final LocalDate END_DATE = LocalDate.of(2025, 6, 1);

	private static final int YEARS_OF_HISTORY = 5;

	private SyntheaRecords() {
	}

	/**
	 * Hands each patient's record (the Patient first, then its resources of {@code types}) to {@code sink}, in the
	 * sandbox's order, and answers how many patients there were; {@code types} {@code null} loads the types the
	 * sandbox serves.
	 */
	public static int forEachPatient(FhirContext context, int patients, long seed, @Nullable List<String> types,
			Consumer<List<Resource>> sink) {
		return forEachPatient(context, patients, seed, types, shared -> {
		}, sink);
	}

	/**
	 * As {@link #forEachPatient(FhirContext, int, long, List, Consumer)}, handing first the resources the records
	 * refer to and no patient owns (organizations, locations, practitioners and their roles) to {@code shared}, for
	 * tools that load the population into a FHIR server that checks references.
	 */
	public static int forEachPatient(FhirContext context, int patients, long seed, @Nullable List<String> types,
			Consumer<List<Resource>> shared, Consumer<List<Resource>> sink) {
		PopulationSettings settings = new PopulationSettings(Source.SYNTHEA, patients, seed, null, BASE_SIZE, END_DATE,
				YEARS_OF_HISTORY, types, Duration.ofSeconds(5), null);
		BasePopulation base = cache(context, settings).load(settings.syntheaRequest(), settings::loads);
		shared.accept(base.shared());
		int[] count = { 0 };
		Consumer<PatientRecord> counted = record -> {
			sink.accept(record.resources());
			count[0]++;
		};
		base.patients().forEach(counted);
		if (settings.derived() > 0) {
			new PatientDerivation(context, seed, base).derive(settings.derived(), counted);
		}
		return count[0];
	}

	private static SyntheaCache cache(FhirContext context, PopulationSettings settings) {
		boolean canGenerate = SyntheaClasspath.runnerOutput().filter(Files::isRegularFile).isPresent();
		if (canGenerate) {
			return SyntheaCache.of(context, settings);
		}
		Path directory = settings.cacheDirOrDefault();
		String version = cachedVersion(directory, settings.syntheaRequest())
			.orElseThrow(() -> new IllegalStateException("No cached Synthea population of "
					+ settings.generated() + " patients with seed " + settings.seed() + " in " + directory
					+ ", and no Synthea classpath to generate it: ./mvnw -pl synthea-runner package"));
		SyntheaGenerator none = (request, output) -> {
			throw new IllegalStateException("Synthea's classpath is not built");
		};
		return new SyntheaCache(directory, version, none, new TransactionBundles(context), new PopulationFile(context));
	}

	/** The Synthea version of a cache file that holds exactly this request, found by its name. */
	private static Optional<String> cachedVersion(Path directory, SyntheaRequest request) {
		if (!Files.isDirectory(directory)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.startsWith("synthea-") && name.contains("-patients-"))
				.map(name -> name.substring("synthea-".length(), name.indexOf("-patients-")))
				.filter(version -> Files.isRegularFile(directory.resolve(request.cacheKey(version) + ".ndjson")))
				.findFirst();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + directory, ex);
		}
	}

}
