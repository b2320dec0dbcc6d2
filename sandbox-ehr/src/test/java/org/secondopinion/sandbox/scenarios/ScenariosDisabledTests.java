package org.secondopinion.sandbox.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.sandbox.store.ResourceQuery;
import org.springframework.beans.factory.annotation.Autowired;

/** By default the sandbox holds only its seed population: scenario patients are loaded only when asked for. */
@SandboxEhrTest
class ScenariosDisabledTests {

	@Autowired
	private FhirStore store;

	@Test
	void scenarioPatientsAreNotLoadedUnlessEnabled() {
		assertThat(store.search(Patient.class, ResourceQuery.all()))
			.extracting(patient -> patient.getIdElement().getIdPart())
			.noneMatch(id -> id.startsWith("scn-"));
	}

}
