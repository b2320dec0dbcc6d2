package org.secondopinion.assessment.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.secondopinion.assessment.picture.Concept;

/**
 * A score or measure named in words, as EHRs label instruments that carry no standard code: the acronym, the full
 * name or both, one in brackets after the other, with or without "score" or "total" ("CAT (COPD assessment
 * questionnaire) total score", "COPD Assessment Test (CAT) score", "DAS28-CRP"). The name is read as written, without
 * what it holds in brackets, and each bracketed part on its own, so that a configured name ("cat total score", "copd
 * assessment test") is found in any of them; a name must stand as whole words ("act score" is not in "impact score").
 */
final class InstrumentNames {

	private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^()\\[\\]]*)[)\\]]");

	private static final Map<String, Pattern> WHOLE_WORDS = new ConcurrentHashMap<>();

	private InstrumentNames() {
	}

	/** Whether the concept's text or a coding's display names the instrument by one of its phrases. */
	static boolean names(Concept code, Phrases names) {
		if (names.phrases().isEmpty()) {
			return false;
		}
		for (String words : code.words()) {
			for (String reading : readings(words)) {
				for (String name : names.phrases()) {
					if (wholeWords(name).matcher(reading).find()) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** The words as written, without their bracketed parts, and each bracketed part, normalised. */
	static List<String> readings(String words) {
		String normal = Phrases.normalise(words);
		List<String> readings = new ArrayList<>(List.of(normal));
		Matcher bracketed = BRACKETED.matcher(normal);
		boolean any = false;
		while (bracketed.find()) {
			any = true;
			readings.add(Phrases.normalise(bracketed.group(1)));
		}
		if (any) {
			readings.add(Phrases.normalise(BRACKETED.matcher(normal).replaceAll(" ")));
		}
		return readings;
	}

	private static Pattern wholeWords(String name) {
		return WHOLE_WORDS.computeIfAbsent(name,
				n -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])"));
	}

}
