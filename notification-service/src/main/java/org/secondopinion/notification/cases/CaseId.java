package org.secondopinion.notification.cases;

import java.util.UUID;

import org.secondopinion.messaging.TimeOrderedIds;

public record CaseId(UUID value) {

	/** A new case's id, ordered by time so that new cases are appended to the primary key's index. */
	public static CaseId random() {
		return new CaseId(TimeOrderedIds.next());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
