package org.secondopinion.sandbox.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;

/**
 * The clinical resources about one seeded patient: two conditions, a blood pressure (and an HbA1c for a diabetic),
 * and one service request: a spinal fusion for the first patient, major surgery for about one in three others,
 * physical therapy for the rest.
 */
final class ClinicalHistory {

	private static final String UCUM = "http://unitsofmeasure.org";

	private final Random random;

	private final String patientId;

	private final String number;

	private final boolean first;

	ClinicalHistory(Random random, String patientId, boolean first) {
		this.random = random;
		this.patientId = patientId;
		this.number = patientId.substring(patientId.indexOf('-') + 1);
		this.first = first;
	}

	List<Resource> resources() {
		List<Concept> problems = problems();
		List<Resource> resources = new ArrayList<>();
		for (int index = 0; index < problems.size(); index++) {
			resources.add(condition(index + 1, problems.get(index)));
		}
		resources.add(observation(1, SeedCodes.SYSTOLIC_BLOOD_PRESSURE, SeedCodes.VITAL_SIGNS,
				quantity(110 + random.nextInt(70), "mm[Hg]", "mmHg")));
		if (problems.contains(SeedCodes.TYPE_2_DIABETES)) {
			BigDecimal percent = BigDecimal.valueOf(55 + random.nextInt(46), 1);
			resources.add(observation(2, SeedCodes.HBA1C, SeedCodes.LABORATORY, quantity(percent, "%", "%")));
		}
		resources.add(serviceRequest(procedure()));
		return resources;
	}

	/** Two different conditions; the first patient, who is to have a spinal fusion, always has low back pain. */
	private List<Concept> problems() {
		List<Concept> remaining = new ArrayList<>(SeedCodes.CONDITIONS);
		List<Concept> problems = new ArrayList<>();
		if (first) {
			remaining.remove(SeedCodes.LOW_BACK_PAIN);
			problems.add(SeedCodes.LOW_BACK_PAIN);
		}
		while (problems.size() < 2) {
			problems.add(remaining.remove(random.nextInt(remaining.size())));
		}
		return problems;
	}

	private Concept procedure() {
		if (first) {
			return SeedCodes.SPINAL_FUSION;
		}
		return random.nextInt(3) == 0 ? SeedGenerator.pick(random, SeedCodes.MAJOR_SURGERY)
				: SeedCodes.PHYSICAL_THERAPY;
	}

	private Condition condition(int index, Concept code) {
		Condition condition = new Condition();
		condition.setId("cond-%s-%d".formatted(number, index));
		condition.setClinicalStatus(SeedCodes.ACTIVE.toCodeableConcept());
		condition.setVerificationStatus(SeedCodes.CONFIRMED.toCodeableConcept());
		condition.addCategory(SeedCodes.PROBLEM_LIST_ITEM.toCodeableConcept());
		condition.setCode(code.toCodeableConcept());
		condition.setSubject(patient());
		condition.setOnset(date(SeedGenerator.REFERENCE_DATE.minusDays(365 + random.nextInt(9 * 365))));
		return condition;
	}

	private Observation observation(int index, Concept code, Concept category, Quantity value) {
		Observation observation = new Observation();
		observation.setId("obs-%s-%d".formatted(number, index));
		observation.setStatus(ObservationStatus.FINAL);
		observation.addCategory(category.toCodeableConcept());
		observation.setCode(code.toCodeableConcept());
		observation.setSubject(patient());
		observation.setEffective(date(SeedGenerator.REFERENCE_DATE.minusDays(random.nextInt(90))));
		observation.setValue(value);
		return observation;
	}

	private ServiceRequest serviceRequest(Concept code) {
		ServiceRequest request = new ServiceRequest();
		request.setId("sr-" + number);
		request.setStatus(ServiceRequestStatus.ACTIVE);
		request.setIntent(ServiceRequestIntent.ORDER);
		request.setCode(code.toCodeableConcept());
		request.setSubject(patient());
		request.setAuthoredOnElement(date(SeedGenerator.REFERENCE_DATE.minusDays(random.nextInt(30))));
		return request;
	}

	private Reference patient() {
		return new Reference("Patient/" + patientId);
	}

	private static Quantity quantity(long value, String ucum, String unit) {
		return quantity(BigDecimal.valueOf(value), ucum, unit);
	}

	private static Quantity quantity(BigDecimal value, String ucum, String unit) {
		return new Quantity().setValue(value).setUnit(unit).setSystem(UCUM).setCode(ucum);
	}

	private static DateTimeType date(LocalDate date) {
		return new DateTimeType(date.toString());
	}

}
