package org.secondopinion.gateway.ingest;

import java.util.Optional;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Checks that a resource served by an EHR is well-formed FHIR R4 of the type asked for. */
@Component
class FhirResourceValidator {

	private final FhirContext fhir;

	FhirResourceValidator(FhirContext fhir) {
		this.fhir = fhir;
	}

	/** Why the resource cannot be accepted, or empty when it can. */
	Optional<String> problemWith(JsonNode resource, String raw, String expectedType) {
		String type = resource.path("resourceType").asString("");
		if (!expectedType.equals(type)) {
			return Optional.of("Expected a " + expectedType + " but the EHR served '" + type + "'");
		}
		if (resource.path("id").asString("").isEmpty()) {
			return Optional.of(expectedType + " has no id");
		}
		try {
			fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler()).parseResource(raw);
			return Optional.empty();
		}
		catch (DataFormatException | IllegalArgumentException ex) {
			return Optional.of("Malformed FHIR R4 " + expectedType + ": " + ex.getMessage());
		}
	}

}
