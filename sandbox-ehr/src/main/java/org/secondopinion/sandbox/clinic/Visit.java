package org.secondopinion.sandbox.clinic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/** What one outpatient visit adds to a patient's record. */
final class Visit {

	private static final String SNOMED = "http://snomed.info/sct";

	private static final List<Coding> MAJOR_SURGERY = List.of(new Coding(SNOMED, "55705006", "Spinal fusion"),
			new Coding(SNOMED, "609588000", "Total knee replacement"),
			new Coding(SNOMED, "52734007", "Total replacement of hip"),
			new Coding(SNOMED, "232717009", "Coronary artery bypass grafting"));

	private Visit() {
	}

	/** The resources of one visit at {@code now}; ids are left to the store. */
	static List<Resource> of(String patientId, Random random, double majorOrderShare, Instant now) {
		Reference patient = new Reference("Patient/" + patientId);
		List<Resource> resources = new ArrayList<>();
		Encounter encounter = new Encounter();
		encounter.setStatus(Encounter.EncounterStatus.FINISHED);
		encounter.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
		encounter.setSubject(patient);
		encounter.setPeriod(new Period().setStart(Date.from(now.minusSeconds(1800))).setEnd(Date.from(now)));
		resources.add(encounter);

		Observation pressure = new Observation();
		pressure.setStatus(Observation.ObservationStatus.FINAL);
		pressure.setCode(new CodeableConcept(new Coding("http://loinc.org", "8480-6", "Systolic blood pressure")));
		pressure.setSubject(patient);
		pressure.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(now)));
		pressure.setValue(new Quantity().setValue(110 + random.nextInt(60)).setUnit("mm[Hg]")
			.setSystem("http://unitsofmeasure.org").setCode("mm[Hg]"));
		resources.add(pressure);

		if (random.nextDouble() < majorOrderShare) {
			ServiceRequest order = new ServiceRequest();
			order.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
			order.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
			order.setSubject(patient);
			order.setAuthoredOn(Date.from(now));
			order.setCode(new CodeableConcept(MAJOR_SURGERY.get(random.nextInt(MAJOR_SURGERY.size())).copy()));
			resources.add(order);
		}
		return resources;
	}

}
