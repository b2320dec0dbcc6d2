package org.secondopinion.notification.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.Priority;

/**
 * A case as a list shows it: what a coordinator needs at a glance.
 * @param assignee the coordinator working the case, if any
 * @param acknowledgeBy while the case is new, when its priority's response time runs out ({@link ResponseTimes})
 */
public record CaseListItem(String id, String status, Priority priority, IncomingFlag.PatientSummary patient,
		@Nullable String facility, List<IncomingFlag.CriterionMet> criteria, Instant createdAt, Instant updatedAt,
		@Nullable String assignee, @Nullable Instant acknowledgeBy) {
}
