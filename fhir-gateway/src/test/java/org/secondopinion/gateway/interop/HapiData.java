package org.secondopinion.gateway.interop;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.CacheControlDirective;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes and reads test data on the shared reference server with a plain HAPI client. Every resource carries this
 * run's tag and an id with this run's prefix, so that tests sharing the server see only their own data.
 */
final class HapiData {

	static final String TAG_SYSTEM = "urn:second-opinion:test-run";

	final String run = "io" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	final IGenericClient client;

	private int sequence;

	HapiData(String baseUrl) {
		FhirContext context = FhirContext.forR4Cached();
		context.getRestfulClientFactory().setServerValidationMode(ca.uhn.fhir.rest.client.api.ServerValidationModeEnum.NEVER);
		this.client = context.newRestfulGenericClient(baseUrl);
	}

	String nextId(String kind) {
		return run + "-" + kind + "-" + (++sequence);
	}

	<T extends Resource> T tagged(T resource) {
		resource.getMeta().addTag(TAG_SYSTEM, run, null);
		return resource;
	}

	Patient patient() {
		Patient patient = tagged(new Patient());
		patient.setId(nextId("pat"));
		patient.addName().setFamily("Interop").addGiven("Test");
		return patient;
	}

	Observation observation(String patientId, double value) {
		Observation observation = tagged(new Observation());
		observation.setId(nextId("obs"));
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.setCode(new CodeableConcept(new Coding("http://loinc.org", "2339-0", "Glucose")));
		observation.setSubject(new Reference("Patient/" + patientId));
		observation.setValue(new Quantity().setValue(value).setUnit("mg/dL"));
		return observation;
	}

	Condition condition(String patientId) {
		Condition condition = tagged(new Condition());
		condition.setId(nextId("cond"));
		condition.setSubject(new Reference("Patient/" + patientId));
		condition.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "38341003", "Hypertension")));
		return condition;
	}

	/** PUTs the resources (client-assigned ids) in one transaction Bundle. */
	void transaction(Resource... resources) {
		Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		for (Resource resource : resources) {
			bundle.addEntry()
				.setResource(resource)
				.setFullUrl(resource.fhirType() + "/" + resource.getIdElement().getIdPart())
				.getRequest()
				.setMethod(Bundle.HTTPVerb.PUT)
				.setUrl(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
		}
		client.transaction().withBundle(bundle).execute();
	}

	/** {@code type/id/_history/version} of every resource of this run of the type, read page by page, uncached. */
	Set<String> versionsOf(String type) {
		Set<String> versions = new HashSet<>();
		Bundle page = client.search()
			.forResource(type)
			.withTag(TAG_SYSTEM, run)
			.count(50)
			.cacheControl(new CacheControlDirective().setNoCache(true))
			.returnBundle(Bundle.class)
			.execute();
		while (true) {
			for (Bundle.BundleEntryComponent entry : page.getEntry()) {
				Resource resource = entry.getResource();
				versions.add(type + "/" + resource.getIdElement().getIdPart() + "/_history/"
						+ resource.getMeta().getVersionId());
			}
			if (page.getLink(Bundle.LINK_NEXT) == null) {
				return versions;
			}
			page = client.loadPage().next(page).execute();
		}
	}

}
