package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A clinical note: a DocumentReference whose content is plain text sent inline.
 * @param related unversioned references the note is about (context.related), e.g. {@code Condition/7}
 */
public record ClinicalNote(String reference, String id, String status, Concept type, @Nullable Instant date,
		String text, List<String> related) {

	public ClinicalNote {
		related = List.copyOf(related);
	}

}
