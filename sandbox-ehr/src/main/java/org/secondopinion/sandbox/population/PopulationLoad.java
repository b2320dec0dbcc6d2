package org.secondopinion.sandbox.population;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the population the settings ask for: Synthea's patients from the cache (generating them first if needed),
 * then the derived ones, logging progress every few seconds while deriving.
 */
final class PopulationLoad {

	private static final Logger log = LoggerFactory.getLogger(PopulationLoad.class);

	private final FhirContext context;

	private final PopulationSettings settings;

	private final SyntheaCache cache;

	PopulationLoad(FhirContext context, PopulationSettings settings, SyntheaCache cache) {
		this.context = context;
		this.settings = settings;
		this.cache = cache;
	}

	/** Hands every resource of the population to {@code sink}, shared ones first, each patient's record together. */
	long load(Consumer<Resource> sink) {
		AtomicLong resources = new AtomicLong();
		Consumer<Resource> counted = resource -> {
			sink.accept(resource);
			resources.incrementAndGet();
		};
		BasePopulation base = cache.load(settings.syntheaRequest(), settings::loads);
		base.resources().forEach(counted);
		if (settings.derived() > 0) {
			derive(base, counted);
		}
		return resources.get();
	}

	private void derive(BasePopulation base, Consumer<Resource> sink) {
		int total = settings.derived();
		long started = System.nanoTime();
		long[] lastLog = { started };
		int[] done = { 0 };
		long interval = settings.progressInterval().toNanos();
		new PatientDerivation(context, settings.seed(), base).derive(total, record -> {
			record.resources().forEach(sink);
			done[0]++;
			long now = System.nanoTime();
			if (now - lastLog[0] >= interval && done[0] < total) {
				lastLog[0] = now;
				double rate = done[0] / ((now - started) / 1e9);
				log.info("Derived {}/{} patients, {} patients/s, about {} left", done[0], total, Math.round(rate),
						GenerationProgress.duration(Math.round((total - done[0]) / rate)));
			}
		});
		log.info("Derived {} patients in {}s", total, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
	}

}
