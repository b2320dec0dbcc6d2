package org.secondopinion.assessment.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.Concept;
import org.springframework.core.io.Resource;

/**
 * One red flag loaded from its settings: the finding's own codes (when it is a finding rather than, or as well as, a
 * test result), and what follows it up: the organ's diagnostic procedures, the specialties that see it, the diagnoses
 * that explain it, the known disease that makes it a monitoring result rather than a new signal, and the phrases of a
 * follow-up written as text. Each is optional; the shared follow-up value set applies to every red flag as well.
 */
record RedFlagFollowUp(PersistentSymptomsSettings.RedFlag flag, @Nullable CodeSet procedures,
		@Nullable CodeSet specialties, @Nullable CodeSet explainedBy, @Nullable CodeSet knownDisease, Phrases phrases,
		@Nullable CodeSet findings, Phrases prompt, Phrases reportPhrases, @Nullable CodeSet accountedForBy) {

	static RedFlagFollowUp load(ValueSetFiles files, PersistentSymptomsSettings.RedFlag flag) {
		return new RedFlagFollowUp(flag, load(files, flag.followUpProcedures()), load(files, flag.specialties()),
				load(files, flag.explainedBy()), load(files, flag.knownDisease()),
				new Phrases(flag.phrases() == null ? List.of() : flag.phrases()), load(files, flag.findingCodes()),
				new Phrases(flag.promptPhrases()), new Phrases(flag.reportPhrases()), load(files, flag.accountedForBy()));
	}

	/**
	 * The words of the red flag a report on its organ states in its text, not negated ("suspicious for neoplasm" in
	 * an "XR Chest 2 Views"), if any: the report is then the finding.
	 */
	java.util.Optional<String> reportStates(Concept study, @Nullable String text) {
		if (text == null || flag.reportPhrases().isEmpty() || !onTheOrgan(study)) {
			return java.util.Optional.empty();
		}
		return reportPhrases.find(text);
	}

	private boolean onTheOrgan(Concept study) {
		for (String words : study.words()) {
			String normal = Phrases.normalise(words);
			for (String site : flag.reportSites()) {
				if (InstrumentNames.wholeWords(Phrases.normalise(site), normal)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether the code is the red-flag finding itself (a lung nodule, gross haematuria, BI-RADS 4). */
	boolean isFinding(@Nullable Concept code) {
		return findings != null && code != null && findings.matches(code);
	}

	/** Whether one of the texts on the finding's record calls for prompt work-up ("spiculated", "suspicious"). */
	boolean callsForPromptWorkUp(List<String> texts) {
		return texts.stream().anyMatch(t -> prompt.find(t).isPresent());
	}

	/** The follow-up window of one occurrence: the shared one when it calls for prompt work-up, else the red flag's own. */
	java.time.Duration window(RedFlagSignal signal, java.time.Duration shared) {
		return signal.prompt() || flag.followUpWithin() == null ? shared : flag.followUpWithin();
	}

	private static @Nullable CodeSet load(ValueSetFiles files, @Nullable Resource file) {
		return file == null ? null : files.valueSet(file);
	}

	boolean isProcedure(Concept code) {
		return (procedures != null && procedures.matches(code)) || phrases.find(code.words()).isPresent();
	}

	/** A specialty by code, or named in the text of a visit type or referral ("urology clinic"). */
	boolean isSpecialty(Concept code) {
		return (specialties != null && specialties.matches(code)) || phrases.find(code.words()).isPresent();
	}

	boolean explains(Concept diagnosis) {
		return explainedBy != null && explainedBy.matches(diagnosis);
	}

	/** A diagnosis of the disease the red flag screens for: once known, the test monitors it. */
	boolean isKnownDisease(Concept diagnosis) {
		return knownDisease != null && knownDisease.matches(diagnosis);
	}

	/** A diagnosis that, active on the day of the result, accounts for it (heavy menstrual bleeding for iron deficiency). */
	boolean isAccountedForBy(Concept diagnosis) {
		return accountedForBy != null && accountedForBy.matches(diagnosis);
	}

	List<CodeSet> valueSets() {
		List<CodeSet> sets = new ArrayList<>();
		for (CodeSet set : new CodeSet[] { findings, procedures, specialties, explainedBy, knownDisease, accountedForBy }) {
			if (set != null) {
				sets.add(set);
			}
		}
		return sets;
	}

	/** The parameters of this red flag's follow-up, under {@code prefix}. */
	Map<String, String> parameters(String prefix) {
		Map<String, String> parameters = new TreeMap<>();
		if (findings != null) {
			parameters.put(prefix + "finding-codes", findings.describe());
		}
		if (procedures != null) {
			parameters.put(prefix + "follow-up-procedures", procedures.describe());
		}
		if (specialties != null) {
			parameters.put(prefix + "specialties", specialties.describe());
		}
		if (explainedBy != null) {
			parameters.put(prefix + "explained-by", explainedBy.describe());
		}
		if (accountedForBy != null) {
			parameters.put(prefix + "accounted-for-by", accountedForBy.describe());
		}
		if (knownDisease != null) {
			parameters.put(prefix + "known-disease", knownDisease.describe());
		}
		if (!phrases.phrases().isEmpty()) {
			parameters.put(prefix + "phrases", String.join("; ", phrases.phrases()));
		}
		if (flag.followUpWithin() != null) {
			parameters.put(prefix + "follow-up-within", flag.followUpWithin().toString());
		}
		if (!flag.promptPhrases().isEmpty()) {
			parameters.put(prefix + "prompt-phrases", String.join("; ", flag.promptPhrases()));
		}
		return parameters;
	}

}
