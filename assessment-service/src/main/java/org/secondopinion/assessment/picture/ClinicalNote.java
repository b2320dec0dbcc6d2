package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A clinical note: a DocumentReference whose content is plain text sent inline.
 * @param titles what the note is called: its description and its attachments' titles
 * @param related unversioned references the note is about (context.related), e.g. {@code Condition/7}
 * @param encounters unversioned references of the visits it was written for (context.encounter)
 */
public record ClinicalNote(String reference, String id, String status, Concept type, @Nullable Instant date,
		String text, List<String> titles, List<String> related, List<String> encounters) {

	public ClinicalNote {
		titles = List.copyOf(titles);
		related = List.copyOf(related);
		encounters = List.copyOf(encounters);
	}

}
