package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A procedure that has been done or is under way.
 * @param basedOn references of the requests it fulfils, e.g. {@code ServiceRequest/7}
 * @param text the code's free text, if any
 * @param reasonCodes what it was done for, coded
 * @param reasonReferences unversioned references of the conditions it was done for
 */
public record PerformedProcedure(String reference, List<CodedConcept> codes, String status,
		@Nullable Instant performedAt, List<String> basedOn, @Nullable String text, List<Concept> reasonCodes,
		List<String> reasonReferences) {

	public PerformedProcedure {
		codes = List.copyOf(codes);
		basedOn = List.copyOf(basedOn);
		reasonCodes = List.copyOf(reasonCodes);
		reasonReferences = List.copyOf(reasonReferences);
	}

	public PerformedProcedure(String reference, List<CodedConcept> codes, String status, @Nullable Instant performedAt,
			List<String> basedOn) {
		this(reference, codes, status, performedAt, basedOn, null, List.of(), List.of());
	}

	public Concept concept() {
		return new Concept(codes, text);
	}

	public String display() {
		return concept().display();
	}

}
