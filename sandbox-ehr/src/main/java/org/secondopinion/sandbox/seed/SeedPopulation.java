package org.secondopinion.sandbox.seed;

import java.util.List;

import org.hl7.fhir.r4.model.Resource;
import org.secondopinion.sandbox.SandboxSettings;
import org.secondopinion.sandbox.store.FhirStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Writes the seed population to the store at startup, before the server accepts requests, unless another source of
 * patients is configured ({@code second-opinion.sandbox.population.source}).
 */
@Component
@ConditionalOnProperty(prefix = "second-opinion.sandbox.population", name = "source", havingValue = "seed",
		matchIfMissing = true)
class SeedPopulation implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SeedPopulation.class);

	private final FhirStore store;

	private final SandboxSettings settings;

	SeedPopulation(FhirStore store, SandboxSettings settings) {
		this.store = store;
		this.settings = settings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (settings.patients() == 0) {
			return;
		}
		List<Resource> resources = SeedGenerator.generate(settings.seed(), settings.patients());
		resources.forEach(store::put);
		log.info("Seeded {} patients ({} resources) from seed {}", settings.patients(), resources.size(),
				settings.seed());
	}

}
