package org.secondopinion.assessment.criteria;

import org.secondopinion.events.CriterionCode;

/**
 * An explicit insufficient-data outcome: the picture held data for a criterion that the rule could not use, so
 * the criterion was not met for want of data rather than on the evidence.
 * @param criterion the criterion
 * @param reason short and stable, e.g. {@code values-without-units}, {@code too-few-values}
 * @param detail what was left out, in a sentence (no patient data)
 */
public record DataGap(CriterionCode criterion, String reason, String detail) {
}
