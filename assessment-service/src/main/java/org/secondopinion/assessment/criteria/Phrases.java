package org.secondopinion.assessment.criteria;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Configured phrases looked for in free text, ignoring case, accents, curly quotes and runs of whitespace. A phrase
 * with a negation ("not", "no", "never", "don't", "declined", …) among the five words before it in the same clause
 * does not count: "the tumour is not untreatable", "I do not want a second opinion".
 */
final class Phrases {

	private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "no", "never", "don't", "didn't",
			"doesn't", "isn't", "wasn't", "denies", "denied", "declined", "declines", "without");

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private final List<String> phrases;

	Phrases(List<String> phrases) {
		this.phrases = phrases.stream().map(Phrases::normalise).filter(p -> !p.isBlank()).toList();
	}

	/** The first configured phrase the text contains, as configured (normalised). */
	Optional<String> find(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String normal = normalise(text);
		for (String phrase : phrases) {
			int at = normal.indexOf(phrase);
			while (at >= 0) {
				if (!negated(normal, at)) {
					return Optional.of(phrase);
				}
				at = normal.indexOf(phrase, at + 1);
			}
		}
		return Optional.empty();
	}

	/** The first configured phrase the text contains, negated or not: for question texts, where "don't" is the point. */
	Optional<String> findAsWritten(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String normal = normalise(text);
		return phrases.stream().filter(normal::contains).findFirst();
	}

	Optional<String> find(List<String> texts) {
		return texts.stream().map(this::find).flatMap(Optional::stream).findFirst();
	}

	List<String> phrases() {
		return phrases;
	}

	/** Negated when one of the few words before the phrase, in the same clause, is a negation. */
	private static boolean negated(String text, int at) {
		String before = text.substring(0, at);
		int clause = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf(';'),
				Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(':'), before.lastIndexOf(" but ")))));
		String[] words = before.substring(clause + 1).trim().split(" ");
		for (int i = Math.max(0, words.length - 5); i < words.length; i++) {
			if (NEGATIONS.contains(words[i])) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Lower case, without accents, with straight quotes and single spaces. Notes are long and mostly ASCII: such a
	 * text has no accents to strip, so it skips the Unicode decomposition, and spaces are collapsed in one pass.
	 */
	static String normalise(String text) {
		String plain = isAscii(text) ? text
				: MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		String lower = plain.toLowerCase(Locale.ROOT);
		StringBuilder normal = new StringBuilder(lower.length());
		boolean space = false;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (isSpace(c)) {
				space = true;
				continue;
			}
			if (space) {
				normal.append(' ');
				space = false;
			}
			normal.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
		}
		if (space) {
			normal.append(' ');
		}
		return normal.toString().trim();
	}

	/** The characters of the regular expression class {@code \s}. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

}
