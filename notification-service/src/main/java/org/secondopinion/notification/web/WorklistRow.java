package org.secondopinion.notification.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.events.Priority;
import org.secondopinion.notification.cases.CaseListItem;

/** One line of the worklist page. */
record WorklistRow(String id, String status, Priority priority, IncomingFlag.PatientSummary patient,
		@Nullable String facility, List<IncomingFlag.CriterionMet> criteria, Instant createdAt, Instant updatedAt) {

	static WorklistRow of(CaseListItem item) {
		return new WorklistRow(item.id(), item.status(), item.priority(), item.patient(), item.facility(),
				item.criteria(), item.createdAt(), item.updatedAt());
	}

	/** An urgent case still open: highlighted on the worklist. */
	public boolean urgent() {
		return priority == Priority.URGENT && !status.equals("closed");
	}

	/** "3 days", "5 hours", "12 minutes": how long the case has waited. */
	public String age(Instant now) {
		Duration waited = Duration.between(createdAt, now);
		if (waited.toDays() >= 1) {
			return plural(waited.toDays(), "day");
		}
		if (waited.toHours() >= 1) {
			return plural(waited.toHours(), "hour");
		}
		return plural(Math.max(0, waited.toMinutes()), "minute");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + (count == 1 ? "" : "s");
	}

}
