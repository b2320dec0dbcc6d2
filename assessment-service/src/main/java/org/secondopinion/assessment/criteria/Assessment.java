package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.Priority;

/**
 * The result of evaluating every criterion for one patient.
 * @param priority meaningful when flagged
 * @param dataGaps where a criterion had data it could not use (insufficient-data outcomes)
 * @param reviewAt the earliest moment at which the passing of time alone changes a finding, when the patient should
 * be assessed again even if nothing new arrives; {@code null} when time alone changes nothing
 */
public record Assessment(List<Finding> findings, Priority priority, String rulesetVersion, Instant assessedAt,
		List<DataGap> dataGaps, @Nullable Instant reviewAt) {

	public Assessment {
		findings = List.copyOf(findings);
		dataGaps = List.copyOf(dataGaps);
	}

	public Assessment(List<Finding> findings, Priority priority, String rulesetVersion, Instant assessedAt,
			List<DataGap> dataGaps) {
		this(findings, priority, rulesetVersion, assessedAt, dataGaps, null);
	}

	public Assessment(List<Finding> findings, Priority priority, String rulesetVersion, Instant assessedAt) {
		this(findings, priority, rulesetVersion, assessedAt, List.of());
	}

	public boolean flagged() {
		return !findings.isEmpty();
	}

}
