package org.secondopinion.assessment.picture;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A FHIR Flag on the patient's record.
 * @param author the unversioned reference of who raised it, if stated
 */
public record AlertFlag(String reference, String id, String status, Concept code, List<Concept> categories,
		Period period, @Nullable String author) {

	public AlertFlag {
		categories = List.copyOf(categories);
	}

}
