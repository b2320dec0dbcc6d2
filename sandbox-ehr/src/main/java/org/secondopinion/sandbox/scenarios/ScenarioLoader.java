package org.secondopinion.sandbox.scenarios;

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
 * has not written them, so that every reference a scenario makes can be followed.
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

	ScenarioLoader(FhirStore store, FhirContext fhir, ScenarioSettings settings) {
		this.store = store;
		this.fhir = fhir;
		this.settings = settings;
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
		int resources = 0;
		for (Scenario scenario : scenarios) {
			for (Resource resource : scenario.resources()) {
				store.put(resource);
				resources++;
			}
		}
		log.info("Loaded {} scenario patients ({} resources)", scenarios.size(), resources);
	}

	private static Organization facility(String id, String name) {
		Organization organization = new Organization();
		organization.setId(id);
		organization.setName(name);
		organization.setActive(true);
		return organization;
	}

}
