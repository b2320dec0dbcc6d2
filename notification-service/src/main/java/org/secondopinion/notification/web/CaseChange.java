package org.secondopinion.notification.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.secondopinion.notification.cases.CaseUpdate;

/**
 * What the live stream tells a subscriber about a case that was opened or changed: no patient data, so a client
 * fetches the case (an audited read) to show it.
 */
record CaseChange(String id, String status, String priority, @Nullable String facility, Instant updatedAt) {

	static CaseChange of(CaseUpdate update) {
		return new CaseChange(update.id(), update.status(), update.priority(), update.facility(), update.updatedAt());
	}

}
