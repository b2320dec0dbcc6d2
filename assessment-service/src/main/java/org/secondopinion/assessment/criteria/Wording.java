package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Helpers for the plain-language reasons. */
final class Wording {

	/** A first word that is a person's name in the possessive. */
	private static final java.util.regex.Pattern EPONYM = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+['\u2019]s\\b");


	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private Wording() {
	}

	static String day(Instant instant) {
		return DAY.format(instant);
	}

	/** Capitalises the first letter, leaving names such as eGFR or pH as they are. */
	static String capitalise(String text) {
		if (text.isEmpty() || (text.length() > 1 && Character.isUpperCase(text.charAt(1)))) {
			return text;
		}
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** "a", "a and b", "a, b and c". */
	static String list(List<String> items) {
		if (items.size() <= 1) {
			return items.isEmpty() ? "" : items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	static String lower(String display) {
		if (EPONYM.matcher(display).lookingAt()) {
			// a name stays a name: Parkinson's disease, Crohn's disease
			return display;
		}
		if (display.length() > 1 && Character.isUpperCase(display.charAt(0)) && Character.isLowerCase(display.charAt(1))) {
			return Character.toLowerCase(display.charAt(0)) + display.substring(1);
		}
		return display;
	}

	/** "a" or "an", by the first letter. */
	static String article(String noun) {
		return !noun.isEmpty() && "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
	}

}
