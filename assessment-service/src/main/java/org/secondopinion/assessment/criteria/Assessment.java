package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.List;

/**
 * The result of evaluating every criterion for one patient.
 * @param priority {@code urgent}, {@code high} or {@code routine}; meaningful when flagged
 * @param dataGaps where a criterion had data it could not use (insufficient-data outcomes)
 */
public record Assessment(List<Finding> findings, String priority, String rulesetVersion, Instant assessedAt,
		List<DataGap> dataGaps) {

	public Assessment {
		findings = List.copyOf(findings);
		dataGaps = List.copyOf(dataGaps);
	}

	public Assessment(List<Finding> findings, String priority, String rulesetVersion, Instant assessedAt) {
		this(findings, priority, rulesetVersion, assessedAt, List.of());
	}

	public boolean flagged() {
		return !findings.isEmpty();
	}

}
