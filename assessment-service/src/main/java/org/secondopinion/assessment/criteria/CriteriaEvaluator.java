package org.secondopinion.assessment.criteria;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.Priority;
import org.springframework.stereotype.Service;

/**
 * Evaluates every criterion against a patient's picture and drops the findings that a second opinion already on
 * record for the same problem answers. Priority: {@code urgent} when a finding says so (a major procedure or
 * high-impact treatment planned for a day within the configured window, counted from the evaluation day; never one
 * whose date has passed), {@code high} when two or more criteria are met, else {@code routine}.
 * <p>
 * The ruleset version is the configured one followed by a fingerprint of every rule's parameters, value sets and
 * tables ({@code 2026.11-1+3fa94c0b12de}), so that it changes whenever any rule or parameter does.
 */
@Service
public class CriteriaEvaluator {

	private final List<Criterion> criteria;

	private final Clock clock;

	private final SecondOpinionsOnRecord secondOpinions;

	private final String rulesetVersion;

	CriteriaEvaluator(List<Criterion> criteria, SecondOpinionsOnRecord secondOpinions, Clock clock,
			AssessmentSettings settings) {
		// by the code as spelled, so that the order, and with it the ruleset fingerprint, stays as it was
		this.criteria = criteria.stream().sorted(Comparator.comparing((Criterion c) -> c.code().code())).toList();
		this.secondOpinions = secondOpinions;
		this.clock = clock;
		this.rulesetVersion = settings.rulesetVersion() + "+" + fingerprint(this.criteria, secondOpinions);
	}

	/**
	 * Every criterion met, less those a second opinion on the same problem in the last 12 months answers; none for a
	 * patient the EHR records as deceased, whose open flag then resolves.
	 */
	public Assessment assess(ClinicalPicture picture) {
		Instant now = clock.instant();
		List<DataGap> gaps = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		for (Criterion criterion : picture.details().deceased() ? List.<Criterion>of() : criteria) {
			criterion.evaluate(picture, now, gaps::add)
				.filter(finding -> !secondOpinions.covers(picture, finding, now))
				.ifPresent(findings::add);
		}
		Instant reviewAt = findings.stream()
			.map(Finding::changesAt)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
		return new Assessment(findings, priority(findings), rulesetVersion, now, gaps, reviewAt);
	}

	/** The criteria in the order they are evaluated. */
	List<Criterion> criteria() {
		return criteria;
	}

	public String rulesetVersion() {
		return rulesetVersion;
	}

	/** Each rule's code, what it looks for and the parameters in force. */
	public List<RuleDescription> rules() {
		return criteria.stream()
			.map(c -> new RuleDescription(c.code(), c.summary(), new TreeMap<>(c.parameters())))
			.toList();
	}

	/** The suppression rule's parameters in force. */
	public Map<String, String> suppression() {
		return new TreeMap<>(secondOpinions.parameters());
	}

	/** One rule of the catalog. */
	public record RuleDescription(CriterionCode code, String summary, Map<String, String> parameters) {
	}

	private static String fingerprint(List<Criterion> criteria, SecondOpinionsOnRecord secondOpinions) {
		StringBuilder all = new StringBuilder();
		new TreeMap<>(secondOpinions.parameters()).forEach((k, v) -> all.append(k).append('=').append(v).append('\n'));
		for (Criterion criterion : criteria) {
			all.append(criterion.code()).append('\n');
			new TreeMap<>(criterion.parameters()).forEach((k, v) -> all.append(k).append('=').append(v).append('\n'));
			// the value sets a table names (a label's red-flag findings) are in no parameter, but change the rules too
			criterion.valueSets().stream().map(CodeSet::describe).sorted().forEach(d -> all.append(d).append('\n'));
		}
		return Fingerprint.of(all.toString());
	}

	private static Priority priority(List<Finding> findings) {
		if (findings.stream().anyMatch(Finding::urgent)) {
			return Priority.URGENT;
		}
		return findings.size() >= 2 ? Priority.HIGH : Priority.ROUTINE;
	}

}
