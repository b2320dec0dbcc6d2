package org.secondopinion.assessment.criteria;

import java.util.List;
import java.util.Optional;
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
 * <p>
 * It also tells whether the words mention a second opinion only to decline it after naming it: "my sister asked
 * whether I should get a second opinion, but I'm comfortable with the plan and don't want one", "a second opinion
 * isn't necessary", "someone mentioned a second opinion. I don't need one." (A decline before the phrase, "I don't
 * want a second opinion", is a negation {@link Phrases} already reads.) The decline must stand in the rest of the
 * sentence that names the second opinion or in the next one, and refer back to it: a pronoun ending its clause ("don't
 * want one", "no need for it") or, right after the phrase, words saying it is not needed (in the languages that put
 * the verb last too: "दूसरी राय नहीं चाहिए", "نظر دوم لازم نیست"); "I don't want it to get
 * worse" declines nothing, and a sentence asking for the second opinion ("I'd like a second opinion on the surgery, I
 * don't want it") stays a request.
 * <p>
 * A second opinion that someone else raised ("my son asked whether we should go somewhere else for another opinion",
 * or the clinician: "you mentioned I could get a second opinion")
 * is also declined when, in the rest of that sentence or the next two, the patient says they are content to go on
 * with their care ("I trust the plan", "I am comfortable continuing the injections with you", "I'm comfortable going
 * ahead with your plan", "no need to set anything up"); raised by someone else and not answered so, it stays a concern.
 */
final class OpinionMentions {

	private static final Set<String> POINTING = Set.of("the", "my", "that", "this", "your", "his", "her", "our",
			"their");

	private static final Set<String> THANKS = Set.of("thank", "thanks", "thankful", "grateful", "appreciate",
			"appreciated", "appreciative",
			// as the patient-concern phrases' other languages thank (marks removed, as texts are read)
			"danke", "dank", "vielen", "merci", "gracias", "obrigado", "obrigada", "grazie", "bedankt", "tack", "takk",
			"kiitos", "dziekuje", "dziekujemy", "tesekkur", "tesekkurler", "dekuji", "dekujeme", "תודה", "شكرا",
			"köszönöm", "köszönjük", "ačiū", "dėkoju", "paldies", "hvala", "ďakujem", "ďakujeme", "mulțumesc",
			"mulțumim", "благодаря", "спасибо", "благодарю", "дякую", "makasih", "asante", "ahsante", "salamat",
			"shukriya", "shukria", "شکریہ", "धन्यवाद", "शुक्रिया", "ممنون", "ممنونم", "متشکرم", "سپاس")
		.stream()
		.map(Phrases::normalise)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	/**
	 * The words of the configured phrases that name a second opinion itself, in the languages they are written in
	 * (opinion, Zweitmeinung, avis, parere, druga opinia, toinen mielipide, חוות דעת, رأي ...): a phrase without one
	 * names a concern, not an opinion.
	 */
	private static final List<String> OPINION_WORDS = List.of("opinion", "opiniao", "meinung", "avis", "parere", "opini",
			"gorus", "mielipi", "nazor", "mening", "bedomning", "vurdering", "γνωμη", "חוות דעת", "رأي", "意见", "オピニオン", "소견",
			"오피니언", "velemeny", "arvamus", "nuomon", "viedokl", "misljenj", "mnenj", "мнени", "думк", "думц", "y kien",
			"pendapat", "ความเห็น", "ความคิดเห็น", "رائے", "raye", "raaye", "rai", "राय", "maoni", "ushauri", "opinyon",
			"نظر").stream().map(Phrases::normalise).toList();

	/**
	 * Right after the phrase, in the languages that put the verb after its object (Hindi, Urdu as written in its script
	 * and in Latin letters, Persian, Turkish), words saying it is not wanted or needed: "दूसरी राय नहीं चाहिए", "doosri
	 * raye ki zaroorat nahi", "نظر دوم لازم نیست", "ikinci görüşe gerek yok". Read within the first words after the
	 * phrase and before any punctuation, each as whole words.
	 */
	private static final List<String> DECLINED_AFTER = java.util.stream.Stream.of("नहीं चाहिए", "की ज़रूरत नहीं",
			"की आवश्यकता नहीं", "लेने की ज़रूरत नहीं", "नहीं लेनी", "नहीं लेना", "नहीं चाहता", "नहीं चाहती",
			"लेना नहीं चाहता", "लेना नहीं चाहती", "نہیں چاہیے", "کی ضرورت نہیں", "لینے کی ضرورت نہیں", "نہیں لینی",
			"نہیں چاہتا", "نہیں چاہتی", "لینا نہیں چاہتا", "لینا نہیں چاہتی", "nahi chahiye", "nahin chahiye",
			"nai chahiye", "ki zaroorat nahi", "ki zaroorat nahin", "ki zarurat nahi", "ki zarurat nahin",
			"lene ki zaroorat nahi", "lene ki zarurat nahi", "nahi leni", "nahi lena", "nahi chahta", "nahi chahti",
			"lena nahi chahta", "lena nahi chahti", "نمی‌خواهم", "نمی خواهم", "را نمی‌خواهم", "را نمی خواهم",
			"لازم ندارم", "لازم نیست", "نیازی نیست", "نیاز ندارم", "نیازی ندارم", "istemiyorum", "istemiyoruz",
			"gerek yok", "gerekmiyor", "ihtiyacım yok", "almak istemiyorum")
		.map(Phrases::normalise)
		.toList();

	private static final Pattern FURTHER = Pattern.compile("\\b(?:another second|new second|third|fourth|different|"
			+ "further|one more|other) (?:medical )?opinion|\\bopinion (?:again|as well)\\b|\\banother one\\b");

	/** "Dr. Smith" is not the end of a sentence. */
	private static final Pattern TITLES = Pattern.compile("(?i)\\b(dr|drs|mr|mrs|ms|st|prof)\\.");

	private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n+");

	/** Declining something named just before: a pronoun that ends its clause ("don't want one", "no need for it"). */
	private static final Pattern DECLINE = Pattern.compile("\\b(?:(?:(?:do|does|did|would|will) not|don't|dont|doesn't|"
			+ "didn't|wouldn't|won't) (?:really |actually |even )?(?:want|need|think i need|feel i need|feel the need for|"
			+ "see the need for|see a need for|plan to get|plan on getting|intend to get)(?: to (?:get|have|seek|pursue|go for))?"
			+ "|no (?:need|reason|point) (?:for|to get|to have|to seek|in getting|in having)|decided against(?: getting| having)?"
			+ "|(?:decline|declined|declining|pass on|passing on|turned down|turn down|turning down|say no to|said no to)"
			+ "(?: the offer of)?) (?:one|it|that|this)(?=[.,;:!?)-]|$| (?:now|anymore|any more|right now|at this (?:point|"
			+ "time|stage)|for now|though|either|after all|thanks|thank you|as well|too)\\b)");

	/** Right after the phrase, saying it is not needed: "a second opinion isn't necessary". */
	private static final Pattern NOT_NEEDED = Pattern.compile("^ (?:(?:really|probably|honestly|just|simply) )?"
			+ "(?:(?:is|'s|seems|feels) (?:not|no longer|really not)|isn't) (?:necessary|needed|required|warranted)\\b");

	/** The patient asking, before the phrase, for the second opinion: a request whatever follows. */
	private static final Pattern ASKING = Pattern.compile("\\b(?:i'd like|i would like|i want|i'm asking for|i am asking for"
			+ "|i'd appreciate|i would appreciate|can i (?:get|have)|could i (?:get|have)|may i (?:get|have)|please"
			+ "|i'm requesting|i am requesting|i request|i need)\\b[^.;!?]{0,40}$");

	/** Someone close to the patient raising it: "my son asked whether…", "my wife keeps saying…". */
	private static final Pattern RAISED_BY_OTHERS = Pattern.compile("\\b(?:my|our) (?:son|daughter|husband|wife|partner|"
			+ "family|kids|children|sister|brother|mother|mom|mum|father|dad|friend|friends|neighbor|neighbour|niece|"
			+ "nephew|grandson|granddaughter|caregiver|carer)s? (?:asked|asks|has asked|suggested|suggests|has suggested|"
			+ "wondered|wonders|mentioned|thinks|thought|wants|wanted|keeps asking|keeps saying|has been asking|"
			+ "brought up|raised|said)\\b|\\b(?:you|dr \\w+|doctor \\w+|the doctor|my doctor|the surgeon|my surgeon|"
			+ "the team|your team|the nurse|my oncologist|my cardiologist) (?:mentioned|offered|suggested|said|told me|"
			+ "brought up|raised|let me know|explained)\\b");

	/** The patient content to go on with their care, or saying nothing needs arranging. */
	private static final Pattern CONTENT = Pattern.compile("\\b(?:i|we) (?:(?:am|'m|are|'re|feel|do) )?(?:really |very |"
			+ "quite |fully |completely )?(?:trust (?:the|your|this|our|my) (?:plan|team|care|treatment|doctors?)"
			+ "|(?:comfortable|happy|content|satisfied) (?:continuing|to continue|with (?:the|your|this|my|our) "
			+ "(?:plan|care|treatment|team)|(?:(?:going|to go|moving|to move) (?:ahead|forward)|proceeding|to proceed) with "
			+ "(?:the|your|this|my|our) (?:plan|care|treatment|surgery|operation|procedure|medicine|medication))|(?:want|would like|prefer|plan|intend|will|'ll) (?:to )?(?:continue|stay|stick)"
			+ " (?:with|here|on))\\b|\\bno need to (?:set|arrange|schedule|book|make|organi[sz]e)\\b");

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

	/**
	 * Whether the texts name a second opinion only to decline it, with no other concern in them: every sentence
	 * holding a configured phrase names a second opinion and declines it after naming it, there or in the next
	 * sentence.
	 */
	boolean onlyDecline(List<String> texts) {
		boolean declined = false;
		for (String text : texts) {
			String[] sentences = SENTENCES.split(TITLES.matcher(text).replaceAll("$1"));
			for (int s = 0; s < sentences.length; s++) {
				String normal = Phrases.normalise(sentences[s]);
				for (int i = 0; i < phrases.size(); i++) {
					Optional<String> found = each.get(i).find(normal);
					if (found.isEmpty()) {
						continue;
					}
					String phrase = phrases.get(i);
					if (OPINION_WORDS.stream().noneMatch(phrase::contains) || phrase.contains("\u2026") || phrase.contains("...")
							|| FURTHER.matcher(normal).find()) {
						return false;
					}
					int at = normal.lastIndexOf(phrase);
					String after = normal.substring(at + phrase.length());
					String next = s + 1 < sentences.length ? Phrases.normalise(sentences[s + 1]) : "";
					String nextButOne = s + 2 < sentences.length ? Phrases.normalise(sentences[s + 2]) : "";
					boolean declines = NOT_NEEDED.matcher(after).find() || declinedRightAfter(after) || DECLINE.matcher(after).find()
							|| DECLINE.matcher(next).find() || (RAISED_BY_OTHERS.matcher(normal.substring(0, at)).find()
									&& (CONTENT.matcher(after).find() || CONTENT.matcher(next).find()
											|| CONTENT.matcher(nextButOne).find()));
					if (ASKING.matcher(normal.substring(0, at)).find() || !declines) {
						return false;
					}
					declined = true;
				}
			}
		}
		return declined;
	}

	/**
	 * Whether the words right after the phrase, within its clause (ended by Latin, Arabic-script or Devanagari
	 * punctuation), decline it in one of {@link #DECLINED_AFTER}.
	 */
	private static boolean declinedRightAfter(String after) {
		String clause = after.split("[.,;:!?\u06D4\u060C\u061B\u061F\u0964]", 2)[0];
		String[] words = clause.strip().split(" ");
		String head = " " + String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, 6))) + " ";
		return DECLINED_AFTER.stream().anyMatch(d -> head.contains(" " + d + " "));
	}

	private static boolean looksBack(String sentence, String phrase) {
		if (OPINION_WORDS.stream().noneMatch(phrase::contains) || phrase.contains("\u2026") || phrase.contains("...")
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
