package org.secondopinion.sandbox.store;

import java.util.Optional;

import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.jspecify.annotations.Nullable;

/**
 * Which element links a resource to its patient: {@code subject} for most clinical resources, {@code for} for Task,
 * {@code beneficiary} for Coverage. A Patient is linked to itself; other types are not linked to a patient.
 */
public final class PatientLinks {

	private static final String PATIENT = "Patient";

	private PatientLinks() {
	}

	/** The id of the patient the resource is about, if any. */
	public static Optional<String> patientId(Resource resource) {
		if (resource instanceof Patient) {
			return Optional.ofNullable(resource.getIdElement().getIdPart());
		}
		return link(resource).filter(PatientLinks::isPatientReference)
			.map(reference -> reference.getReferenceElement().getIdPart());
	}

	/** The element that links the resource to its patient, if it is a reference to a Patient. */
	public static Optional<Reference> patientReference(Resource resource) {
		return link(resource).filter(PatientLinks::isPatientReference);
	}

	/** Links the resource to the patient through its patient element. */
	public static <T extends Resource> T linkTo(T resource, String patientId) {
		Reference reference = new Reference(PATIENT + "/" + patientId);
		switch (resource) {
			case Condition condition -> condition.setSubject(reference);
			case Procedure procedure -> procedure.setSubject(reference);
			case Observation observation -> observation.setSubject(reference);
			case ServiceRequest request -> request.setSubject(reference);
			case Encounter encounter -> encounter.setSubject(reference);
			case MedicationRequest request -> request.setSubject(reference);
			case CarePlan plan -> plan.setSubject(reference);
			case Task task -> task.setFor(reference);
			case Coverage coverage -> coverage.setBeneficiary(reference);
			case Patient patient -> {
				if (!patientId.equals(patient.getIdElement().getIdPart())) {
					throw new IllegalArgumentException("A Patient can only be linked to itself");
				}
			}
			default -> throw new IllegalArgumentException(resource.fhirType() + " has no link to a patient");
		}
		return resource;
	}

	private static Optional<Reference> link(Resource resource) {
		@Nullable Reference reference = switch (resource) {
			case Condition condition -> condition.getSubject();
			case Procedure procedure -> procedure.getSubject();
			case Observation observation -> observation.getSubject();
			case ServiceRequest request -> request.getSubject();
			case Encounter encounter -> encounter.getSubject();
			case MedicationRequest request -> request.getSubject();
			case CarePlan plan -> plan.getSubject();
			case Task task -> task.getFor();
			case Coverage coverage -> coverage.getBeneficiary();
			default -> null;
		};
		return Optional.ofNullable(reference).filter(Reference::hasReference);
	}

	private static boolean isPatientReference(Reference reference) {
		String type = reference.getReferenceElement().getResourceType();
		return (type == null || PATIENT.equals(type)) && reference.getReferenceElement().hasIdPart();
	}

}
