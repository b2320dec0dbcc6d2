package org.secondopinion.notification.web;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site's table of when a second opinion is commonly covered, first match wins
 * ({@code second-opinion.notification.coverage-rules}).
 * @param coverageRules the payers' rules, tried in order; none: the worklist shows no coverage hint
 */
@ConfigurationProperties("second-opinion.notification")
record CoverageRules(List<CoverageRule> coverageRules) {

	CoverageRules {
		coverageRules = coverageRules == null ? List.of() : List.copyOf(coverageRules);
	}

	Optional<CoverageRule> match(@Nullable String payer, @Nullable String plan, List<String> criteria) {
		return coverageRules.stream().filter(rule -> rule.appliesTo(payer, plan, criteria)).findFirst();
	}

}
