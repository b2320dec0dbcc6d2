package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.List;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

import static org.secondopinion.assessment.picture.FhirValues.code;
import static org.secondopinion.assessment.picture.FhirValues.concept;
import static org.secondopinion.assessment.picture.FhirValues.concepts;
import static org.secondopinion.assessment.picture.FhirValues.instant;
import static org.secondopinion.assessment.picture.FhirValues.measurement;
import static org.secondopinion.assessment.picture.FhirValues.notes;
import static org.secondopinion.assessment.picture.FhirValues.start;

/** Reads an Observation, and each component of a panel as an observation of its own under the panel's reference. */
final class ObservationReader {

	private ObservationReader() {
	}

	static void read(Observation observation, String id, String reference, List<ObservationResult> into) {
		String status = code(observation.getStatusElement().getValueAsString());
		List<Concept> categories = concepts(observation.getCategory());
		Instant effective = start(observation.getEffective());
		if (effective == null) {
			effective = instant(observation.getIssued());
		}
		List<String> notes = notes(observation.getNote());
		Concept bodySite = observation.hasBodySite() ? concept(observation.getBodySite()) : Concept.none();
		Concept method = observation.hasMethod() ? concept(observation.getMethod()) : Concept.none();
		if (observation.hasValue() || observation.getComponent().isEmpty()) {
			into.add(result(reference, id, concept(observation.getCode()), status, categories, effective,
					observation.getValue(), concepts(observation.getInterpretation()),
					ranges(observation.getReferenceRange()), notes, bodySite, method));
		}
		for (Observation.ObservationComponentComponent component : observation.getComponent()) {
			into.add(result(reference, id, concept(component.getCode()), status, categories, effective,
					component.getValue(), concepts(component.getInterpretation()),
					ranges(component.getReferenceRange()), notes, bodySite, method));
		}
	}

	private static ObservationResult result(String reference, String id, Concept code, String status,
			List<Concept> categories, Instant effective, Type value, List<Concept> interpretations,
			List<ReferenceRange> ranges, List<String> notes, Concept bodySite, Concept method) {
		Measurement quantity = value instanceof Quantity q ? measurement(q)
				: value instanceof org.hl7.fhir.r4.model.IntegerType i && i.getValue() != null
						? new Measurement(java.math.BigDecimal.valueOf(i.getValue()), null, null) : null;
		Concept valueCode = value instanceof CodeableConcept c ? concept(c) : null;
		String valueText = value instanceof StringType s ? s.getValue() : null;
		return new ObservationResult(reference, id, code, status, categories, effective, quantity, valueCode,
				valueText, interpretations, ranges, notes, bodySite, method);
	}

	private static List<ReferenceRange> ranges(List<Observation.ObservationReferenceRangeComponent> ranges) {
		return ranges.stream()
			.map(r -> new ReferenceRange(r.hasLow() ? measurement(r.getLow()) : null,
					r.hasHigh() ? measurement(r.getHigh()) : null, r.hasText() ? r.getText() : null))
			.toList();
	}

}
