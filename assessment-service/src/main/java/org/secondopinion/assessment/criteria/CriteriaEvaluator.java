package org.secondopinion.assessment.criteria;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.springframework.stereotype.Service;

/**
 * Evaluates every criterion against a patient's picture. Priority: {@code urgent} when a finding says so (a major
 * procedure within the configured window), {@code high} when two or more criteria are met, else {@code routine}.
 */
@Service
public class CriteriaEvaluator {

	private final List<Criterion> criteria;

	private final Clock clock;

	private final String rulesetVersion;

	CriteriaEvaluator(List<Criterion> criteria, Clock clock, AssessmentSettings settings) {
		this.criteria = criteria.stream().sorted(Comparator.comparing(Criterion::code)).toList();
		this.clock = clock;
		this.rulesetVersion = settings.rulesetVersion();
	}

	public Assessment assess(ClinicalPicture picture) {
		Instant now = clock.instant();
		List<Finding> findings = criteria.stream()
			.map(criterion -> criterion.evaluate(picture, now))
			.flatMap(Optional::stream)
			.toList();
		return new Assessment(findings, priority(findings), rulesetVersion, now);
	}

	private static String priority(List<Finding> findings) {
		if (findings.stream().anyMatch(Finding::urgent)) {
			return "urgent";
		}
		return findings.size() >= 2 ? "high" : "routine";
	}

}
