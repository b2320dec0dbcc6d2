package org.secondopinion.notification.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;

/**
 * A worklist row: what a coordinator needs at a glance.
 * @param highlighted an urgent case still open: shown highlighted on the worklist
 * @param placement which rule gave the case its facility, and how; none for cases opened before placement
 */
public record CaseSummary(String id, String status, Priority priority, IncomingFlag.PatientSummary patient,
		@Nullable String facility, List<IncomingFlag.CriterionMet> criteria, FlagStatus flagStatus, String rulesetVersion,
		Instant createdAt, Instant updatedAt, @Nullable String team, @Nullable String assignee, boolean highlighted,
		@Nullable Placement placement) {

	public CaseId caseId() {
		return new CaseId(java.util.UUID.fromString(id));
	}

	public CaseStatus caseStatus() {
		return CaseStatus.fromCode(status).orElseThrow();
	}

	public List<CriterionCode> criterionCodes() {
		return criteria.stream().map(IncomingFlag.CriterionMet::code).toList();
	}

}
