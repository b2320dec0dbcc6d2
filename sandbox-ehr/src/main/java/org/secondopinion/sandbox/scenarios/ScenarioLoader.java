package org.secondopinion.sandbox.scenarios;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Resource;
import org.secondopinion.sandbox.store.FhirStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Writes the scenario patients to the store at startup, before the server accepts requests, when
 * {@code second-opinion.sandbox.scenarios.enabled} is true. Their facilities are written too if the seed population
 * has not written them, so that every reference a scenario makes can be followed. The fixtures are written against
 * {@link ScenarioCatalog#AS_OF}; the sandbox serves them with every date moved to the day it starts (or
 * {@code as-of}), so that what each patient should trigger holds on any day the rules are evaluated with today's date.
 */
@Component
class ScenarioLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ScenarioLoader.class);

	/** The facilities scenario patients are cared for at; the seed population has the same two. */
	private static final List<Organization> FACILITIES = List.of(facility("org-north", "North Clinic"),
			facility("org-south", "South Clinic"));

	private final FhirStore store;

	private final FhirContext fhir;

	private final ScenarioSettings settings;

	private final Clock clock;

	ScenarioLoader(FhirStore store, FhirContext fhir, ScenarioSettings settings, Clock clock) {
		this.store = store;
		this.fhir = fhir;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!settings.enabled()) {
			return;
		}
		FACILITIES.stream()
			.filter(facility -> store.read(Organization.class, facility.getIdPart()).isEmpty())
			.forEach(store::put);
		List<Scenario> scenarios = ScenarioCatalog.load(fhir).scenarios();
		LocalDate asOf = settings.asOf() != null ? settings.asOf() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		int resources = 0;
		for (Scenario scenario : scenarios) {
			for (Resource resource : scenario.resourcesAsOf(asOf)) {
				store.put(resource);
				resources++;
			}
		}
		log.info("Loaded {} scenario patients ({} resources), dates moved by {} days to read as of {}", scenarios.size(),
				resources, ScenarioDates.asOf(asOf).days(), asOf);
	}

	private static Organization facility(String id, String name) {
		Organization organization = new Organization();
		organization.setId(id);
		organization.setName(name);
		organization.setActive(true);
		return organization;
	}

}
