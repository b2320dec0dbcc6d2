package org.secondopinion.notification.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.FlagPayload;

/** A worklist row: what a coordinator needs at a glance. */
public record CaseSummary(String id, String status, String priority, FlagPayload.PatientSummary patient,
		@Nullable String facility, List<FlagPayload.CriterionMet> criteria, String flagStatus, String rulesetVersion,
		Instant createdAt, Instant updatedAt) {
}
