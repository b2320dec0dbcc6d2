package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.PatientKey;
import org.springframework.stereotype.Component;

/** Reads stored FHIR resources into the records the criteria use. */
@Component
class PictureAssembler {

	/** The resource types the picture is built from; others are kept for the criteria that will read them. */
	static final Set<String> TYPES = Set.of("Patient", "ServiceRequest", "Procedure");

	private static final String MRN_TYPE = "MR";

	private final FhirContext fhir;

	PictureAssembler(FhirContext fhir) {
		this.fhir = fhir;
	}

	ClinicalPicture assemble(PatientKey patient, List<PictureStore.StoredResource> resources) {
		IParser parser = fhir.newJsonParser();
		PatientDetails details = PatientDetails.unknown();
		List<PlannedProcedure> planned = new ArrayList<>();
		List<PerformedProcedure> performed = new ArrayList<>();
		for (PictureStore.StoredResource stored : resources) {
			String reference = stored.resourceType() + "/%s/_history/" + stored.versionId();
			switch (stored.resourceType()) {
				case "Patient" -> details = details(parser.parseResource(Patient.class, stored.json()));
				case "ServiceRequest" -> {
					ServiceRequest request = parser.parseResource(ServiceRequest.class, stored.json());
					String id = request.getIdElement().getIdPart();
					planned.add(new PlannedProcedure("ServiceRequest", id, reference.formatted(id),
							codes(request.getCode()), code(request.getStatusElement().getValueAsString()), request.getIntentElement().getValueAsString(),
							instant(request.getAuthoredOn()), plannedFor(request)));
				}
				case "Procedure" -> {
					Procedure procedure = parser.parseResource(Procedure.class, stored.json());
					String id = procedure.getIdElement().getIdPart();
					String status = code(procedure.getStatusElement().getValueAsString());
					if ("preparation".equals(status)) {
						planned.add(new PlannedProcedure("Procedure", id, reference.formatted(id),
								codes(procedure.getCode()), status, null, null, performedAt(procedure)));
					}
					else {
						performed.add(new PerformedProcedure(reference.formatted(id), codes(procedure.getCode()),
								status, performedAt(procedure),
								procedure.getBasedOn().stream().map(Reference::getReference).filter(r -> r != null).toList()));
					}
				}
				default -> {
					// other resources are kept for the criteria that will read them
				}
			}
		}
		return new ClinicalPicture(patient, details, planned, performed);
	}

	private static PatientDetails details(Patient patient) {
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

	private static List<CodedConcept> codes(CodeableConcept concept) {
		return concept.getCoding()
			.stream()
			.filter(c -> c.hasSystem() && c.hasCode())
			.map(c -> new CodedConcept(c.getSystem(), c.getCode(), c.hasDisplay() ? c.getDisplay() : concept.getText()))
			.toList();
	}

	private static @Nullable Instant plannedFor(ServiceRequest request) {
		if (request.hasOccurrenceDateTimeType()) {
			return instant(request.getOccurrenceDateTimeType().getValue());
		}
		if (request.hasOccurrencePeriod()) {
			return instant(request.getOccurrencePeriod().getStart());
		}
		return null;
	}

	private static @Nullable Instant performedAt(Procedure procedure) {
		if (procedure.hasPerformedDateTimeType()) {
			return instant(procedure.getPerformedDateTimeType().getValue());
		}
		if (procedure.hasPerformedPeriod()) {
			return instant(procedure.getPerformedPeriod().getStart());
		}
		return null;
	}

	private static String code(@Nullable String value) {
		return value == null ? "unknown" : value;
	}

	private static @Nullable Instant instant(@Nullable Date date) {
		return date == null ? null : date.toInstant();
	}

}
