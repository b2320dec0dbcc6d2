package org.secondopinion.assessment.criteria;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Configured phrases looked for in free text, ignoring case, accents, curly quotes and runs of whitespace. A phrase
 * preceded by a negation ("not", "no longer", "denies") in the same sentence does not count.
 */
final class Phrases {

	private static final List<String> NEGATIONS = List.of("not ", "no longer ", "denies ", "never ", "isn't ");

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

	Optional<String> find(List<String> texts) {
		return texts.stream().map(this::find).flatMap(Optional::stream).findFirst();
	}

	List<String> phrases() {
		return phrases;
	}

	private static boolean negated(String text, int at) {
		int sentence = Math.max(Math.max(text.lastIndexOf('.', at), text.lastIndexOf(';', at)), text.lastIndexOf('!', at));
		String before = text.substring(sentence + 1, at);
		String tail = before.length() > 24 ? before.substring(before.length() - 24) : before;
		return NEGATIONS.stream().anyMatch(tail::endsWith);
	}

	static String normalise(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replaceAll("\\s+", " ")
			.trim();
	}

}
