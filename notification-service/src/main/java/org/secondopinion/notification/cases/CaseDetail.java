package org.secondopinion.notification.cases;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;

/**
 * A case with all a coordinator works with: the flag's criteria and evidence, coverage, the lifecycle so far,
 * its history and the alerts sent for it.
 * @param placement which rule gave the case its facility, and how (e.g. "placed by the latest encounter's service
 * provider Organization/org-7 (Hill Clinic), matched by id → North Clinic")
 */
public record CaseDetail(String id, String status, Priority priority, IncomingFlag.PatientSummary patient,
		@Nullable String facility, List<IncomingFlag.CriterionMet> criteria, String flagId, FlagStatus flagStatus,
		@Nullable Instant flagResolvedAt, IncomingFlag.@Nullable CoverageSummary coverage, String rulesetVersion,
		@Nullable String team, @Nullable String assignee, boolean highlighted, @Nullable Instant acknowledgedAt,
		@Nullable Instant escalatedAt, @Nullable Referral referral, @Nullable Closure closure, Instant createdAt,
		Instant updatedAt, List<CaseEvent> history, List<CaseDeliveries.Delivery> deliveries,
		@Nullable Placement placement) {

	/** Whether an alert for this case is still waiting to be accepted by its channel ("delivery pending"). */
	@JsonProperty("deliveryPending")
	public boolean deliveryPending() {
		return deliveries.stream().anyMatch(d -> "pending".equals(d.status()));
	}

	/** Whether the worker gave up on an alert for this case (it waits for an admin's retry). */
	@JsonProperty("deliveryFailed")
	public boolean deliveryFailed() {
		return deliveries.stream().anyMatch(CaseDeliveries.Delivery::failed);
	}

	/** How the case ended, with the coded reason and its display text. */
	public record Closure(String outcome, String reasonCode, String reason, @Nullable String text, Instant closedAt) {
	}

}
