package org.secondopinion.assessment.picture;

import java.util.List;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.secondopinion.events.PatientKey;
import org.springframework.stereotype.Component;

/** Reads stored FHIR resources into the records the criteria use. */
@Component
class PictureAssembler {

	/** The resource types the picture is built from; others are kept but change nothing the criteria see. */
	static final Set<String> TYPES = Set.of("Patient", "ServiceRequest", "Procedure", "Condition", "Observation",
			"Encounter", "MedicationRequest", "CarePlan", "QuestionnaireResponse", "Communication", "Flag",
			"DocumentReference");

	private static final String MRN_TYPE = "MR";

	private final FhirContext fhir;

	PictureAssembler(FhirContext fhir) {
		this.fhir = fhir;
	}

	ClinicalPicture assemble(PatientKey patient, List<PictureStore.StoredResource> resources) {
		IParser parser = fhir.newJsonParser();
		PatientDetails details = PatientDetails.unknown();
		PictureBuilder picture = new PictureBuilder();
		for (PictureStore.StoredResource stored : resources) {
			if (!TYPES.contains(stored.resourceType())) {
				continue;
			}
			Resource resource = (Resource) parser.parseResource(stored.json());
			String reference = stored.resourceType() + "/" + resource.getIdElement().getIdPart() + "/_history/"
					+ stored.versionId();
			if (resource instanceof Patient p) {
				details = details(p);
			}
			else {
				picture.add(resource, reference);
			}
		}
		return picture.build(patient, details);
	}

	static PatientDetails details(Patient patient) {
		String name = patient.getName().isEmpty() ? null : patient.getNameFirstRep().getNameAsSingleString();
		String birthDate = patient.hasBirthDate() ? patient.getBirthDateElement().getValueAsString() : null;
		String mrn = patient.getIdentifier()
			.stream()
			.filter(i -> i.getType().getCoding().stream().anyMatch(c -> MRN_TYPE.equals(c.getCode())))
			.map(Identifier::getValue)
			.findFirst()
			.orElse(null);
		Reference organization = patient.getManagingOrganization();
		String facility = organization.hasDisplay() ? organization.getDisplay()
				: organization.hasReference() ? organization.getReferenceElement().getIdPart() : null;
		return new PatientDetails(name, birthDate, mrn, facility);
	}

}
