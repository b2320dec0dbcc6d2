package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A procedure that is requested or being prepared but not done: a ServiceRequest, or a Procedure in preparation.
 * @param reference the exact version, e.g. {@code ServiceRequest/7/_history/2}
 * @param status FHIR status code, e.g. {@code active}
 * @param intent FHIR request intent, e.g. {@code order}; {@code null} for a Procedure
 * @param plannedFor when it is to happen, if the EHR says
 * @param text the code's text, which may be all the EHR sent
 */
public record PlannedProcedure(String resourceType, String id, String reference, List<CodedConcept> codes,
		String status, @Nullable String intent, @Nullable Instant authoredOn, @Nullable Instant plannedFor, @Nullable String text) {

	public PlannedProcedure {
		codes = List.copyOf(codes);
	}

	public PlannedProcedure(String resourceType, String id, String reference, List<CodedConcept> codes, String status,
			@Nullable String intent, @Nullable Instant authoredOn, @Nullable Instant plannedFor) {
		this(resourceType, id, reference, codes, status, intent, authoredOn, plannedFor, null);
	}

	/** The codes and the text, as one concept. */
	public Concept concept() {
		return new Concept(codes, text);
	}

	public String display() {
		return codes.stream()
			.map(CodedConcept::display)
			.filter(d -> d != null && !d.isBlank())
			.findFirst()
			.orElseGet(() -> text != null && !text.isBlank() ? text
					: codes.isEmpty() ? resourceType : codes.get(0).code());
	}

}
