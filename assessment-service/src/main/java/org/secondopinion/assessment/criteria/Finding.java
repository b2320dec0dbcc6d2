package org.secondopinion.assessment.criteria;

import java.util.List;

import org.secondopinion.events.FlagPayload;

/**
 * A criterion met.
 * @param reason one sentence a care coordinator understands
 * @param evidence the exact resource versions behind it
 * @param urgent whether this finding alone makes the flag urgent
 */
public record Finding(String code, String reason, List<FlagPayload.Evidence> evidence, boolean urgent) {

	public Finding {
		evidence = List.copyOf(evidence);
	}

	public FlagPayload.CriterionMet toCriterionMet() {
		return new FlagPayload.CriterionMet(code, reason, evidence);
	}

}
