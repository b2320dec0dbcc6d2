package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A procedure that has been done or is under way.
 * @param basedOn references of the requests it fulfils, e.g. {@code ServiceRequest/7}
 */
public record PerformedProcedure(String reference, List<CodedConcept> codes, String status,
		@Nullable Instant performedAt, List<String> basedOn) {

	public PerformedProcedure {
		codes = List.copyOf(codes);
		basedOn = List.copyOf(basedOn);
	}

}
