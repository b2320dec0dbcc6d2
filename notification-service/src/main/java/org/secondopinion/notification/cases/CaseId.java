package org.secondopinion.notification.cases;

import java.util.UUID;

import org.secondopinion.messaging.TimeOrderedIds;

public record CaseId(UUID value) {

	/**
	 * A new case's id, time-ordered (UUID version 7): a new case goes at the end of the primary key's index instead of
	 * on a random page of it.
	 */
	public static CaseId next() {
		return new CaseId(TimeOrderedIds.next());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
