package org.secondopinion.sandbox.population;

import java.util.List;

import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * The record of one patient: the Patient first, then the resources that belong to this patient alone (encounters,
 * conditions, observations..., and the Medications their requests name). Shared resources (practitioners,
 * organizations, locations) are not in it.
 */
record PatientRecord(List<Resource> resources) {

	PatientRecord {
		resources = List.copyOf(resources);
		if (resources.isEmpty() || !(resources.getFirst() instanceof Patient)) {
			throw new IllegalArgumentException("A patient record starts with its Patient");
		}
	}

	Patient patient() {
		return (Patient) resources.getFirst();
	}

}
