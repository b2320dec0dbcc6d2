package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A Communication.
 * @param sender the unversioned reference of who sent it, e.g. {@code Patient/7}
 * @param texts the string payloads
 */
public record PatientMessage(String reference, String id, String status, @Nullable Instant sent,
		@Nullable String sender, List<Concept> categories, List<Concept> reasonCodes, @Nullable Concept topic,
		List<String> texts) {

	public PatientMessage {
		categories = List.copyOf(categories);
		reasonCodes = List.copyOf(reasonCodes);
		texts = List.copyOf(texts);
	}

}
