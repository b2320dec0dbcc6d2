package org.secondopinion.notification.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whether a second opinion is commonly covered: applies when the payer's name contains {@code payer}, the plan's
 * contains {@code plan} (if set), and the case met one of {@code criteria} (if any are listed).
 * @param payer applies when the payer's name contains this, ignoring case, e.g. {@code Medicare}
 * @param plan applies, when set, only when the plan's name also contains this, ignoring case
 * @param criteria applies, when any are listed, only to cases that met one of these criteria, e.g.
 * {@code MAJOR_PROCEDURE_PLANNED}
 * @param verdict what the coordinator reads, e.g. "Medicare Part B covers a second opinion before non-emergency
 * surgery"
 * @param covered {@code true} when the rule says the second opinion is usually covered
 */
record CoverageRule(String payer, @Nullable String plan, List<String> criteria, boolean covered, String verdict) {

	CoverageRule {
		criteria = criteria == null ? List.of() : List.copyOf(criteria);
	}

	boolean appliesTo(@Nullable String payerName, @Nullable String planName, List<String> criteriaMet) {
		return payerName != null && contains(payerName, payer) && (plan == null || (planName != null && contains(planName, plan)))
				&& (criteria.isEmpty() || criteria.stream().anyMatch(criteriaMet::contains));
	}

	private static boolean contains(String text, String part) {
		return text.toLowerCase(java.util.Locale.ROOT).contains(part.toLowerCase(java.util.Locale.ROOT));
	}

}
