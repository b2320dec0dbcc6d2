package org.secondopinion.assessment.criteria;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A patient's request for a second opinion as a clinician wrote it down in a note: "She asked to be referred to another
 * foot and ankle surgeon for a second opinion", "Pt requests a second opinion before surgery", "Mother would like
 * another opinion". The patient (or a parent speaking for a child) is the subject of the request, no negation stands
 * between them, and the second opinion follows in the same sentence. "She asked whether a second opinion would help",
 * "he has not asked for a second opinion", "offered a second opinion, which she declined" and "the second opinion
 * she requested concurred" request nothing.
 */
final class NoteRequests {

	/** "Dr. Smith" is not the end of a sentence. */
	private static final Pattern TITLES = Pattern.compile("(?i)\\b(dr|drs|mr|mrs|ms|prof)\\.");

	private static final Pattern REQUEST = Pattern.compile("(?i)\\b(?:she|he|they|patient|pt|the patient|the pt|"
			+ "mother|father|mom|mum|dad|parents?|the family|family)\\b((?:\\s+(?!not\\b|never\\b|no\\b|nor\\b)"
			+ "[\\w']+){0,2}?)\\s+(asked|asks|is asking|requested|requests|is requesting|would like|wants|wishes|"
			+ "is seeking|seeks)\\b(?!\\s+(?:whether|if|about|why|how|what|when)\\b)([^.;!?\\n]{0,100}?)"
			+ "\\b(second (?:medical )?opinion|another opinion|independent opinion|outside opinion)");

	/** The request as the note words it, whether it is told in the past ("asked", "requested"), if any. */
	record Request(String sentence, boolean past) {
	}

	Optional<Request> find(String text) {
		String plain = TITLES.matcher(text).replaceAll("$1");
		Matcher m = REQUEST.matcher(plain);
		while (m.find()) {
			String between = m.group(1) + " " + m.group(3);
			if (between.matches("(?is).*\\b(?:not|never|no longer|declined?|declining|refused?)\\b.*")) {
				continue;
			}
			String verb = m.group(2).toLowerCase(java.util.Locale.ROOT);
			return Optional.of(new Request(sentenceAround(plain, m.start(), m.end()),
					verb.equals("asked") || verb.equals("requested")
							|| m.group(1).toLowerCase(java.util.Locale.ROOT).matches(".*\\b(?:has|had|have)\\b.*")));
		}
		return Optional.empty();
	}

	private static String sentenceAround(String text, int start, int end) {
		int from = start;
		while (from > 0 && ".;!?\n".indexOf(text.charAt(from - 1)) < 0) {
			from--;
		}
		int to = end;
		while (to < text.length() && ".;!?\n".indexOf(text.charAt(to)) < 0) {
			to++;
		}
		return text.substring(from, Math.min(text.length(), to + 1)).trim();
	}

}
