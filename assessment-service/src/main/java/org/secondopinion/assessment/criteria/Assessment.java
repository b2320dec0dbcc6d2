package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.List;

/**
 * The result of evaluating every criterion for one patient.
 * @param priority {@code urgent}, {@code high} or {@code routine}; meaningful when flagged
 */
public record Assessment(List<Finding> findings, String priority, String rulesetVersion, Instant assessedAt) {

	public Assessment {
		findings = List.copyOf(findings);
	}

	public boolean flagged() {
		return !findings.isEmpty();
	}

}
