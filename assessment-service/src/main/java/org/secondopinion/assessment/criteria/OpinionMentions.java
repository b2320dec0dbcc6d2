package org.secondopinion.assessment.criteria;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a patient's words about a second opinion look back on one already had rather than ask for one: "thanks
 * again for sending me for the second opinion", "my second opinion went well", "the second opinion agreed with you".
 * A sentence that names the second opinion itself (a configured phrase holding "opinion") looks back when the phrase
 * follows a word that points to one already known (the, my, that, this, your…) or the sentence thanks someone, and
 * nothing in it asks for a further one ("another second opinion", "a third opinion", "a different opinion", "one more
 * opinion", "second opinion again"). Every other phrase (not listened to, brushed off…) is a concern however it is
 * written.
 */
final class OpinionMentions {

	private static final Set<String> POINTING = Set.of("the", "my", "that", "this", "your", "his", "her", "our",
			"their");

	private static final Set<String> THANKS = Set.of("thank", "thanks", "thankful", "grateful", "appreciate",
			"appreciated", "appreciative");

	private static final Pattern FURTHER = Pattern.compile("\\b(?:another second|new second|third|fourth|different|"
			+ "further|one more|other) (?:medical )?opinion|\\bopinion (?:again|as well)\\b|\\banother one\\b");

	/** "Dr. Smith" is not the end of a sentence. */
	private static final Pattern TITLES = Pattern.compile("(?i)\\b(dr|drs|mr|mrs|ms|st|prof)\\.");

	private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n+");

	private final List<String> phrases;

	private final List<Phrases> each;

	OpinionMentions(Phrases phrases) {
		this.phrases = phrases.phrases();
		this.each = this.phrases.stream().map(p -> new Phrases(List.of(p))).toList();
	}

	/** Whether the texts name a second opinion only as one already had, with no other concern in them. */
	boolean onlyLookBack(List<String> texts) {
		boolean lookedBack = false;
		for (String text : texts) {
			for (String sentence : SENTENCES.split(TITLES.matcher(text).replaceAll("$1"))) {
				String normal = Phrases.normalise(sentence);
				for (int i = 0; i < phrases.size(); i++) {
					if (each.get(i).find(normal).isEmpty()) {
						continue;
					}
					if (!looksBack(normal, phrases.get(i))) {
						return false;
					}
					lookedBack = true;
				}
			}
		}
		return lookedBack;
	}

	private static boolean looksBack(String sentence, String phrase) {
		if (!phrase.contains("opinion") || phrase.contains("\u2026") || phrase.contains("...")
				|| FURTHER.matcher(sentence).find()) {
			return false;
		}
		List<String> words = List.of(ConceptNames.words(sentence));
		if (words.stream().anyMatch(THANKS::contains)) {
			return true;
		}
		int at = sentence.indexOf(phrase);
		List<String> before = List.of(ConceptNames.words(sentence.substring(0, Math.max(at, 0))));
		return at > 0 && !before.isEmpty() && POINTING.contains(before.get(before.size() - 1));
	}

}
