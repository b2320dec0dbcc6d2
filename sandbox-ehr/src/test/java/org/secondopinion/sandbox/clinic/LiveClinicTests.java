package org.secondopinion.sandbox.clinic;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.secondopinion.sandbox.store.PatientLinks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

@SandboxEhrTest
class LiveClinicTests {

	@Autowired
	LiveClinic clinic;

	@Value("${local.server.port}")
	int port;

	@Test
	void aVisitAddsAnEncounterAndABloodPressureThatTheEhrServes() {
		List<Resource> written = clinic.visit();

		assertThat(written).hasAtLeastOneElementOfType(Encounter.class).hasAtLeastOneElementOfType(Observation.class);
		String patientId = PatientLinks.patientId(written.get(0)).orElseThrow();
		IGenericClient ehr = FhirContext.forR4Cached().newRestfulGenericClient("http://127.0.0.1:" + port + "/fhir");
		Bundle encounters = ehr.search().forResource(Encounter.class)
			.where(Encounter.PATIENT.hasId(patientId)).returnBundle(Bundle.class).execute();
		assertThat(encounters.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
			.contains(written.get(0).getIdElement().getIdPart());
	}

	@Test
	void ordersMajorSurgeryAsOftenAsConfigured() {
		Random random = new Random(1);
		Instant now = Instant.parse("2026-11-01T10:00:00Z");

		assertThat(Visit.of("p-1", random, 1.0, now)).hasAtLeastOneElementOfType(ServiceRequest.class);
		assertThat(Visit.of("p-1", random, 0.0, now)).doesNotHaveAnyElementsOfTypes(ServiceRequest.class);
	}

}
