package org.secondopinion.sandbox.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Resource;
import org.secondopinion.sandbox.SandboxSettings;
import org.secondopinion.sandbox.store.FhirStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Writes the provider directory to the store at startup when the sandbox seeds patients: two more Organizations
 * besides the seed's North and South Clinics, and Practitioners with PractitionerRoles in orthopaedics, cardiology,
 * oncology, neurology, rheumatology and neurosurgery at the four of them. The data is a FHIR Bundle on the classpath,
 * so that its codes are data, not Java.
 */
@Component
class ProviderDirectory implements SmartInitializingSingleton {

	static final String DATA = "directory/provider-directory.json";

	private static final Logger log = LoggerFactory.getLogger(ProviderDirectory.class);

	private final FhirStore store;

	private final FhirContext context;

	private final SandboxSettings settings;

	ProviderDirectory(FhirStore store, FhirContext context, SandboxSettings settings) {
		this.store = store;
		this.context = context;
		this.settings = settings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (settings.patients() == 0) {
			return;
		}
		List<Resource> resources = resources(context);
		resources.forEach(store::put);
		log.info("Seeded the provider directory ({} resources)", resources.size());
	}

	static List<Resource> resources(FhirContext context) {
		try (InputStream data = new ClassPathResource(DATA).getInputStream()) {
			Bundle bundle = context.newJsonParser().parseResource(Bundle.class, data);
			return bundle.getEntry().stream().map(BundleEntryComponent::getResource).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + DATA, ex);
		}
	}

}
