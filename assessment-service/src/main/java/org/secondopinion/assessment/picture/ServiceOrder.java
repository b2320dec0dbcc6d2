package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A ServiceRequest of any kind: a referral, a test, a procedure, a treatment.
 * @param reasonReferences unversioned references of the conditions it is for
 * @param occurrence when it is to happen, if stated
 */
public record ServiceOrder(String reference, String id, String status, @Nullable String intent, Concept code,
		List<Concept> categories, List<Concept> reasonCodes, List<String> reasonReferences,
		@Nullable Instant authoredOn, @Nullable Instant occurrence, List<Concept> performerTypes, List<String> notes) {

	public ServiceOrder {
		categories = List.copyOf(categories);
		reasonCodes = List.copyOf(reasonCodes);
		reasonReferences = List.copyOf(reasonReferences);
		performerTypes = List.copyOf(performerTypes);
		notes = List.copyOf(notes);
	}

	public String display() {
		return code.display();
	}

}
