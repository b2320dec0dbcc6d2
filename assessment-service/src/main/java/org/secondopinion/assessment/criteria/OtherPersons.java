package org.secondopinion.assessment.criteria;

import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The sentences of a note that speak of someone else's care: a relative as the subject ("Her husband was enrolled in
 * hospice last month", "Social history: mother admitted to hospice") with nothing said to or by them about the patient.
 * A sentence in which the relative is told, agrees, asks or wishes something ("Daughter was told there are no further
 * treatment options", "Son agrees with the transition to comfort care") is about the patient and stays. A clause after
 * a comma or a dash that opens with a relative is read the same way ("I'm away this weekend, grandma was moved to
 * hospice").
 */
final class OtherPersons {

	private static final Pattern SENTENCES = Pattern.compile("(?<=[.;:!?\\n])");

	private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}']+");

	private static final Set<String> POSSESSIVES = Set.of("her", "his", "their", "my", "patient's", "pt's", "the");

	private static final Set<String> RELATIVES = Set.of("husband", "wife", "spouse", "partner", "mother", "father",
			"mom", "mum", "dad", "son", "daughter", "brother", "sister", "sibling", "parent", "parents", "grandmother",
			"grandfather", "grandparent", "grandma", "grandpa", "granny", "grandson", "granddaughter", "stepmother",
			"stepfather", "niece", "nephew", "fiance", "fiancee", "boyfriend", "girlfriend", "aunt", "uncle", "cousin",
			"friend", "neighbour", "neighbor", "caregiver", "carer", "relative");

	/**
	 * How far after the relative a word may make them the one told or agreeing ("Daughter was told", "Son, who was
	 * present, agrees"); further on, it is someone else told about the relative ("Grandma in hospice six weeks, the
	 * team told the family ...").
	 */
	private static final int ABOUT_THE_PATIENT_WITHIN = 5;

	/**
	 * The clauses of a sentence, for a relative's news after a comma or a dash ("I'm away this weekend, grandma was
	 * moved to hospice").
	 */
	private static final Pattern CLAUSES = Pattern.compile("(?<=,)|(?=\\s[-–—]\\s)");

	/** Words that make the relative the one told, asked or agreeing about the patient's care, not its subject. */
	private static final Set<String> ABOUT_THE_PATIENT = Set.of("told", "informed", "updated", "aware", "agree",
			"agrees", "agreed", "understand", "understands", "understood", "wish", "wishes", "wished", "want", "wants",
			"wanted", "ask", "asks", "asked", "request", "requests", "requested", "discussed", "explained", "counselled",
			"counseled", "spoke", "called", "feel", "feels", "accept", "accepts", "accepted", "prefer", "prefers",
			"decided", "declined", "consented");

	private OtherPersons() {
	}

	/** The text without the sentences that are about a relative's own care, in their order. */
	static @Nullable String withoutTheirSentences(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (String sentence : SENTENCES.split(text)) {
			if (aboutSomeoneElse(sentence)) {
				kept.append(' ');
				continue;
			}
			for (String clause : CLAUSES.split(sentence)) {
				kept.append(aboutSomeoneElse(clause) ? " " : clause);
			}
		}
		return kept.toString();
	}

	private static boolean aboutSomeoneElse(String sentence) {
		String[] words = WORDS.split(Phrases.normalise(sentence));
		int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
		if (first >= words.length) {
			return false;
		}
		int subject = first;
		while (subject < words.length - 1 && subject < first + 2 && POSSESSIVES.contains(words[subject])) {
			subject++;
		}
		if (!RELATIVES.contains(words[subject])) {
			return false;
		}
		for (int i = subject + 1; i < words.length && i <= subject + ABOUT_THE_PATIENT_WITHIN; i++) {
			if (ABOUT_THE_PATIENT.contains(words[i])) {
				return false;
			}
		}
		return true;
	}

}
