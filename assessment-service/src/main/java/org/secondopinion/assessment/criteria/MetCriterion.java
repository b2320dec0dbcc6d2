package org.secondopinion.assessment.criteria;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CriterionCode;

/**
 * What a flag, a CDS card or an assessment shows of a criterion met: its code, the plain-language reason and the
 * exact resource versions behind it (a {@link Finding} without what only the evaluation needs).
 * @param due when what the criterion is about is scheduled, for criteria about a planned procedure or treatment
 * with a date
 */
public record MetCriterion(CriterionCode code, String reason, List<Evidence> evidence, @Nullable Due due) {

	public MetCriterion {
		evidence = List.copyOf(evidence);
	}

	public MetCriterion(CriterionCode code, String reason, List<Evidence> evidence) {
		this(code, reason, evidence, null);
	}

}
