package org.secondopinion.sandbox.store;

import java.util.Optional;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.SupplyDelivery;
import org.hl7.fhir.r4.model.Task;
import org.jspecify.annotations.Nullable;

/**
 * Which element links a resource to its patient: {@code subject} for most clinical resources (including the
 * patient-reported QuestionnaireResponse, Communication and Flag), {@code patient} for
 * AllergyIntolerance, Immunization, Claim, ExplanationOfBenefit, Device and SupplyDelivery, {@code for} for Task,
 * {@code beneficiary} for Coverage (the clinical types Synthea writes, and those the gateway reads). A Patient is
 * linked to itself; other types are not linked to a patient.
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
		return patientReference(resource).map(reference -> reference.getReferenceElement().getIdPart());
	}

	/** The element that links the resource to its patient, if it is a reference to a Patient. */
	public static Optional<Reference> patientReference(Resource resource) {
		return Optional.ofNullable(element(resource))
			.filter(Reference::hasReference)
			.filter(PatientLinks::isPatientReference);
	}

	/** Links the resource to the patient through its patient element. */
	public static <T extends Resource> T linkTo(T resource, String patientId) {
		if (resource instanceof Patient patient) {
			if (!patientId.equals(patient.getIdElement().getIdPart())) {
				throw new IllegalArgumentException("A Patient can only be linked to itself");
			}
			return resource;
		}
		Reference element = element(resource);
		if (element == null) {
			throw new IllegalArgumentException(resource.fhirType() + " has no link to a patient");
		}
		element.setReference(PATIENT + "/" + patientId);
		return resource;
	}

	/** The patient element of the resource (created empty if the type has one and it is absent), or null. */
	private static @Nullable Reference element(Resource resource) {
		return switch (resource) {
			case Condition condition -> condition.getSubject();
			case Procedure procedure -> procedure.getSubject();
			case Observation observation -> observation.getSubject();
			case ServiceRequest request -> request.getSubject();
			case Encounter encounter -> encounter.getSubject();
			case MedicationRequest request -> request.getSubject();
			case MedicationAdministration administration -> administration.getSubject();
			case MedicationStatement statement -> statement.getSubject();
			case CarePlan plan -> plan.getSubject();
			case CareTeam team -> team.getSubject();
			case Goal goal -> goal.getSubject();
			case DiagnosticReport report -> report.getSubject();
			case DocumentReference document -> document.getSubject();
			case ImagingStudy study -> study.getSubject();
			case QuestionnaireResponse response -> response.getSubject();
			case Communication communication -> communication.getSubject();
			case Flag flag -> flag.getSubject();
			case AllergyIntolerance allergy -> allergy.getPatient();
			case Immunization immunization -> immunization.getPatient();
			case Claim claim -> claim.getPatient();
			case ExplanationOfBenefit benefit -> benefit.getPatient();
			case Device device -> device.getPatient();
			case SupplyDelivery delivery -> delivery.getPatient();
			case Task task -> task.getFor();
			case Coverage coverage -> coverage.getBeneficiary();
			default -> null;
		};
	}

	private static boolean isPatientReference(Reference reference) {
		String type = reference.getReferenceElement().getResourceType();
		return (type == null || PATIENT.equals(type)) && reference.getReferenceElement().hasIdPart();
	}

}
