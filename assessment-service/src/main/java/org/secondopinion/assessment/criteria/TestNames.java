package org.secondopinion.assessment.criteria;

import java.util.List;

import org.secondopinion.assessment.picture.Concept;

/**
 * Names of a laboratory test, for results sent with a laboratory's own code ("F-Kalprotektin", "FIT - bowel cancer
 * screening programme"): a name counts when the code's text or a display holds it from the start of a word, case,
 * accents and punctuation ignored and words {@linkplain ConceptNames#fold(String) folded} to one spelling; a name of
 * three letters or fewer ("CRP", "FIT") only as a whole word.
 */
final class TestNames {

	private TestNames() {
	}

	static boolean named(Concept code, List<String> names) {
		if (names.isEmpty()) {
			return false;
		}
		for (String words : code.words()) {
			String plain = " " + plainWords(words) + " ";
			for (String name : names) {
				String folded = plainWords(name);
				if (plain.contains(" " + folded + (folded.length() <= 3 ? " " : ""))) {
					return true;
				}
			}
		}
		return false;
	}

	private static String plainWords(String text) {
		String[] words = ConceptNames.words(text);
		for (int i = 0; i < words.length; i++) {
			words[i] = ConceptNames.fold(words[i]);
		}
		return String.join(" ", words);
	}

}
