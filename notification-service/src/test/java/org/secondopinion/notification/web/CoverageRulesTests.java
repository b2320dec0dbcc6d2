package org.secondopinion.notification.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageRulesTests {

	private final CoverageRules rules = new CoverageRules(List.of(
			new CoverageRule("Medicare", null, List.of("MAJOR_PROCEDURE_PLANNED"), true, "surgery rule"),
			new CoverageRule("Medicare", "Part B", List.of(), true, "part B rule"),
			new CoverageRule("Acme", null, null, false, "acme rule")));

	@Test
	void takesTheFirstRuleWhosePayerPlanAndCriteriaMatch() {
		assertThat(rules.match("Medicare", "Part A", List.of("MAJOR_PROCEDURE_PLANNED")))
			.hasValueSatisfying(rule -> assertThat(rule.verdict()).isEqualTo("surgery rule"));
		assertThat(rules.match("medicare", "Medicare Part B", List.of("RARE_OR_COMPLEX_CONDITION")))
			.hasValueSatisfying(rule -> assertThat(rule.verdict()).isEqualTo("part B rule"));
		assertThat(rules.match("ACME Health", null, List.of()))
			.hasValueSatisfying(rule -> assertThat(rule.covered()).isFalse());
	}

	@Test
	void findsNoRuleForAnUnknownPayerOrAMissingPlan() {
		assertThat(rules.match("Other Insurer", "Gold", List.of("MAJOR_PROCEDURE_PLANNED"))).isEmpty();
		assertThat(rules.match("Medicare", null, List.of("RARE_OR_COMPLEX_CONDITION"))).isEmpty();
		assertThat(rules.match(null, null, List.of("MAJOR_PROCEDURE_PLANNED"))).isEmpty();
	}

}
