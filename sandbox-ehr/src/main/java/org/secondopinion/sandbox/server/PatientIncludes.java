package org.secondopinion.sandbox.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ca.uhn.fhir.model.api.Include;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.sandbox.store.PatientLinks;

/**
 * {@code _include} of the patient a resource is about ({@code Condition:patient}, {@code Condition:subject},
 * {@code Coverage:beneficiary}...). HAPI adds a resource to the Bundle as an include when the reference to it holds
 * the resource (the server's inclusion rule is {@code BASED_ON_RESOURCE_PRESENCE}), so this puts each page's patients
 * into their references; every page of a search gets them, not just the first.
 */
final class PatientIncludes {

	private static final Set<String> PATIENT_PARAMETERS = Set.of("patient", "subject", "beneficiary", "*");

	private PatientIncludes() {
	}

	/** Whether any of the includes asks for the patient of a resource of this type. */
	static boolean requested(String type, @Nullable Set<Include> includes) {
		return includes != null && includes.stream()
			.anyMatch(include -> (type.equals(include.getParamType()) || "*".equals(include.getParamType()))
					&& PATIENT_PARAMETERS.contains(include.getParamName() == null ? "*" : include.getParamName()));
	}

	/** Puts the patient of each resource into its patient reference; patients are read once per page. */
	static List<IBaseResource> resolve(List<IBaseResource> page, FhirStore store) {
		Map<String, Optional<Patient>> patients = new HashMap<>();
		List<IBaseResource> resolved = new ArrayList<>(page.size());
		for (IBaseResource resource : page) {
			Optional<Reference> link = PatientLinks.patientReference((Resource) resource);
			link.ifPresent(reference -> patients
				.computeIfAbsent(reference.getReferenceElement().getIdPart(),
						patientId -> store.read(Patient.class, patientId))
				.ifPresent(reference::setResource));
			resolved.add(resource);
		}
		return resolved;
	}

}
