package org.secondopinion.assessment.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

	private InstrumentNames() {
	}

	/**
	 * At most this many texts per set of names are remembered: EHRs label their results with a few hundred distinct
	 * texts, which each result repeats.
	 */
	private static final int REMEMBERED = 10_000;

	/** Whether the concept's text or a coding's display names the instrument by one of its phrases. */
	static boolean names(Concept code, Phrases names) {
		if (names.phrases().isEmpty()) {
			return false;
		}
		Map<String, Boolean> known = names.instrumentTexts();
		for (String words : code.words()) {
			Boolean named = known.get(words);
			if (named == null) {
				named = namedIn(words, names.phrases());
				if (known.size() < REMEMBERED) {
					known.put(words, named);
				}
			}
			if (named) {
				return true;
			}
		}
		return false;
	}

	private static boolean namedIn(String words, List<String> names) {
		for (String reading : readings(words)) {
			for (String name : names) {
				if (wholeWords(name, reading)) {
					return true;
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

	/** Whether the name stands in the text with neither a letter nor a digit right before or after it. */
	static boolean wholeWords(String name, String text) {
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			int end = at + name.length();
			if ((at == 0 || !letterOrNumber(text.codePointBefore(at)))
					&& (end == text.length() || !letterOrNumber(text.codePointAt(end)))) {
				return true;
			}
		}
		return false;
	}

	/** The regular expression classes {@code \p{L}} and {@code \p{N}}. */
	private static boolean letterOrNumber(int codePoint) {
		if (Character.isLetter(codePoint)) {
			return true;
		}
		int type = Character.getType(codePoint);
		return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

}
