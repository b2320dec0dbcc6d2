package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.DiagnosticFinding;
import org.secondopinion.assessment.picture.ObservationResult;
import org.secondopinion.assessment.picture.RecordedCondition;

/**
 * One occurrence of a red flag on the record, wherever it was written: a test result read against its range (a raised
 * PSA), or the finding itself on a Condition (a problem-list "solitary pulmonary nodule"), on an Observation (coded
 * with it, or with it as the coded value: a BI-RADS 4 assessment) or in a DiagnosticReport's conclusion codes.
 * @param reference the unversioned reference a follow-up names as its reason, e.g. {@code Condition/7}
 * @param at the day of the result or finding, from which the follow-up window runs
 * @param value the result's value, for the reason, if any
 * @param evidence the records that show it
 * @param test whether it is a test result rather than a finding
 * @param prompt whether its record calls for prompt work-up (a nodule called suspicious): the shared window applies
 */
record RedFlagSignal(String reference, Instant at, @Nullable String value, List<Evidence> evidence,
		boolean test, boolean prompt) {

	private static final Duration COMPANION_WITHIN = Duration.ofDays(30);

	/** Every occurrence of the red flag in the picture, tests first, then findings, each in record order. */
	static List<RedFlagSignal> in(ClinicalPicture picture, RedFlagFollowUp rule) {
		List<RedFlagSignal> signals = new ArrayList<>();
		PersistentSymptomsSettings.RedFlag flag = rule.flag();
		if (!flag.codes().isEmpty()) {
			// a record repeats a few dozen code instances over its results: each is read once
			Map<Concept, Boolean> tested = new IdentityHashMap<>();
			for (ObservationResult result : picture.observations()) {
				if (result.effective() == null || !result.isResult()
						|| !tested.computeIfAbsent(result.code(), flag::isTest)
						|| !reads(result, flag)) {
					continue;
				}
				ObservationResult companion = companion(picture, result, flag);
				if (!flag.confirmedByLow().isEmpty() && companion == null) {
					continue;
				}
				List<Evidence> evidence = new ArrayList<>();
				evidence.add(evidence(result));
				if (companion != null) {
					evidence.add(evidence(companion));
				}
				signals.add(new RedFlagSignal("Observation/" + result.id(), result.effective(),
						result.value() == null ? null : result.value().toString(), evidence, true, false));
			}
		}
		if (rule.findings() != null) {
			findings(picture, rule, signals);
		}
		return signals;
	}

	private static void findings(ClinicalPicture picture, RedFlagFollowUp rule, List<RedFlagSignal> signals) {
		for (RecordedCondition condition : picture.conditions()) {
			Instant at = condition.firstNoted();
			if (at != null && !condition.refuted() && rule.isFinding(condition.code())) {
				List<String> texts = new ArrayList<>(condition.notes());
				texts.add(condition.code().display());
				signals.add(new RedFlagSignal(condition.plainReference(), at, null,
						List.of(new Evidence(condition.reference(), condition.code().display())), false,
						rule.callsForPromptWorkUp(texts)));
			}
		}
		// a record repeats a few dozen code instances over its results: each is asked of the value set once
		Map<Concept, Boolean> found = new IdentityHashMap<>();
		for (ObservationResult result : picture.observations()) {
			// the value set first: it answers from memory, and few results are findings at all
			if (result.effective() != null && result.isResult()
					&& (found.computeIfAbsent(result.code(), rule::isFinding) || rule.isFinding(result.valueCode()))
					&& result.reading() != ObservationResult.Reading.NORMAL) {
				String display = result.valueCode() != null && rule.isFinding(result.valueCode())
						? result.display() + ": " + result.valueCode().display() : result.display();
				List<String> texts = new ArrayList<>(result.notes());
				if (result.valueText() != null) {
					texts.add(result.valueText());
				}
				signals.add(new RedFlagSignal("Observation/" + result.id(), result.effective(), null,
						List.of(new Evidence(result.reference(), display)), false, rule.callsForPromptWorkUp(texts)));
			}
		}
		for (DiagnosticFinding report : picture.reports()) {
			if (report.effective() == null || !report.isReport()) {
				continue;
			}
			report.conclusionCodes()
				.stream()
				.filter(rule::isFinding)
				.findFirst()
				.ifPresent(c -> signals.add(new RedFlagSignal(report.plainReference(), report.effective(), null,
						List.of(new Evidence(report.reference(), report.code().display() + ": " + c.display())), false,
						report.conclusion() != null && rule.callsForPromptWorkUp(List.of(report.conclusion())))));
		}
		reports(picture, rule, signals);
	}

	/**
	 * Reports on the organ whose text states the red flag (a chest film "suspicious for neoplasm", a mammogram
	 * "BI-RADS 4"), as radiologists write them with no finding code: a DiagnosticReport's conclusion, or a study
	 * Observation's text value not read normal. Each is a finding that calls for prompt work-up. A report its
	 * radiologist coded (conclusion codes, a coded value) is read by its codes only, by whichever red flag they name.
	 */
	private static void reports(ClinicalPicture picture, RedFlagFollowUp rule, List<RedFlagSignal> signals) {
		if (rule.flag().reportPhrases().isEmpty()) {
			return;
		}
		java.util.Set<String> read = new java.util.HashSet<>();
		signals.forEach(s -> read.add(s.reference()));
		for (DiagnosticFinding report : picture.reports()) {
			if (report.effective() != null && report.isReport() && report.conclusionCodes().isEmpty()
					&& !read.contains(report.plainReference())) {
				rule.reportStates(report.code(), report.conclusion())
					.ifPresent(words -> signals.add(new RedFlagSignal(report.plainReference(), report.effective(), null,
							List.of(new Evidence(report.reference(), report.code().display() + ": " + words)), false,
							true)));
			}
		}
		for (ObservationResult result : picture.observations()) {
			String reference = "Observation/" + result.id();
			if (result.effective() != null && result.isResult() && result.valueText() != null && result.valueCode() == null
					&& result.reading() != ObservationResult.Reading.NORMAL && !read.contains(reference)) {
				rule.reportStates(result.code(), result.valueText())
					.ifPresent(words -> signals.add(new RedFlagSignal(reference, result.effective(), null,
							List.of(new Evidence(result.reference(), result.display() + ": " + words)), false, true)));
			}
		}
	}

	private static Evidence evidence(ObservationResult result) {
		return new Evidence(result.reference(),
				result.display() + (result.value() == null ? "" : " " + result.value()));
	}

	private static boolean reads(ObservationResult result, PersistentSymptomsSettings.RedFlag flag) {
		return switch (flag.reading()) {
			case "high" -> result.readsHigh();
			case "low" -> result.readsLow();
			default -> result.reading() == ObservationResult.Reading.ABNORMAL;
		};
	}

	private static @Nullable ObservationResult companion(ClinicalPicture picture, ObservationResult result,
			PersistentSymptomsSettings.RedFlag flag) {
		return picture.observations()
			.stream()
			.filter(o -> o.isResult() && o.effective() != null && UnfollowedRedFlags.coded(o.code(), flag.confirmedByLow())
					&& o.readsLow()
					&& Duration.between(o.effective(), result.effective()).abs().compareTo(COMPANION_WITHIN) <= 0)
			.findFirst()
			.orElse(null);
	}

}
