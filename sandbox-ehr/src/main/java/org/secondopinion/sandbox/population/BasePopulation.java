package org.secondopinion.sandbox.population;

import java.util.List;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.Resource;

/**
 * Synthea's output, with plain {@code Type/id} references: the resources all patients share (practitioners, their
 * roles, organizations, locations) and one record per patient.
 */
record BasePopulation(List<Resource> shared, List<PatientRecord> patients) {

	BasePopulation {
		shared = List.copyOf(shared);
		patients = List.copyOf(patients);
	}

	/** Every resource: the shared ones first, then each patient's record. */
	Stream<Resource> resources() {
		return Stream.concat(shared.stream(), patients.stream().flatMap(patient -> patient.resources().stream()));
	}

}
