package org.secondopinion.assessment.criteria;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Configured phrases looked for in free text, ignoring case, accents, curly quotes and runs of whitespace. A phrase
 * with a negation ("not", "no", "never", "don't", "won't", "declined", …) among the five words before it in the same clause
 * does not count: "the tumour is not untreatable", "I do not want a second opinion". A negation may be two words
 * where its first word alone is another language's ordinary word: Romanian "nu vreau" (Dutch and Swedish "nu" is
 * "now"), Croatian "ne želim" (Turkish "ne" is "what"), Vietnamese "không muốn" ("không biết" asks politely). Thai,
 * written without spaces, negates a phrase by the verb joined to its start ("ไม่ต้องการความเห็นที่สอง").
 * <p>
 * Arabic-script letters that Persian and Urdu keyboards write differently read alike (Arabic "ي", "ك" and Urdu "ہ"
 * as "ی", "ک" and "ه"), a zero-width non-joiner is dropped (Persian "می‌خواهم" reads as "میخواهم"), and "đ" reads as
 * "d" (Vietnamese typed without its marks writes "dieu tri" for "điều trị").
 * <p>
 * A phrase may hold a gap, written {@code …} (or {@code ...}): up to three words of the same clause, none of them a
 * negation, so that "no … treatment options" reads "no further disease-modifying treatment options" and "no other
 * treatment options" as written, but not "treatment options have not been exhausted" for "treatment options …
 * exhausted".
 */
final class Phrases {

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	/** Negations as texts are read (lower case, without marks): one word, or two words in a row. */
	private static final java.util.Set<String> NEGATIONS = java.util.stream.Stream.of("not", "no", "never", "don't",
			"didn't", "doesn't", "isn't", "wasn't", "won't", "wouldn't", "denies", "denied", "declined", "declines",
			"without",
			// Polish, Finnish ("ei": the negation of the third person), Hebrew, Arabic and Greek ("לא", "لا", "δεν")
			"nie", "ei", "לא", "لا", "لن", "ليس", "بدون", "δεν",
			// Czech and Slovak, whose negation joins the verb ("nechci", "nechcem"); Hungarian
			"nechci", "nepotřebuji", "nepotřebujeme", "nechcem", "nepotrebujem", "nepotrebujeme", "nem", "nincs",
			"nincsen",
			// Lithuanian and Latvian
			"nenoriu", "nenorime", "nereikia", "nėra", "negribu", "nevēlos", "nevajag", "nav",
			// Croatian, Serbian and Slovenian: "ne" only before a verb, as Turkish "ne" is "what"
			"nije", "nisam", "nismo", "nisu", "nema", "nemam", "nemamo", "nisem", "nimam", "nimamo", "bez", "brez",
			"nikad", "nikada", "nikoli", "odbija", "odbio", "odbila", "ne želim", "ne želimo", "ne želi", "ne trebam",
			"ne trebamo", "ne treba", "ne tražim", "ne potrebujem", "ne potrebujemo", "ne rabim",
			// Romanian: "nu" only before a verb, as Dutch and Swedish "nu" is "now"
			"fără", "niciodată", "refuză", "nu vreau", "nu vrem", "nu vrea", "nu doresc", "nu dorim", "nu dorește",
			"nu este", "nu e", "nu are", "nu am", "nu avem", "nu a", "nu au", "nu sunt", "nu mai", "nu se", "nu solicit",
			"nu continuă",
			// Bulgarian, Russian and Ukrainian
			"не", "нет", "няма", "немає", "ні", "без", "никогда", "никога", "ніколи", "отказва", "отказа",
			"отказался", "отказалась", "отказывается", "відмовився", "відмовилася", "відмовляється",
			// Vietnamese: "không" before a verb of wanting, needing or being ("không biết" asks politely)
			"không muốn", "không cần", "không phải", "không có", "không còn", "không được", "không tiếp", "từ chối",
			// Indonesian and Malay ("tak" is Polish for yes), Swahili, Filipino ("hindi" before a pronoun or verb only,
			// as English notes name the Hindi language), Persian
			"tidak", "tdk", "nggak", "gak", "bukan", "tanpa", "belum", "menolak", "tiada", "sitaki", "hatutaki",
			"hataki", "sihitaji", "hahitaji", "hakuna", "hapana", "sio", "hindi ko", "hindi ako", "hindi na",
			"hindi po", "hindi kailangan", "hindi totoo", "hindi tuloy", "hindi itutuloy", "ayaw", "ayoko", "walang",
			"عدم",
			// Thai, written with spaces between phrases only: as a word of its own (joined ones below)
			"ไม่", "ไม่ต้องการ", "ไม่อยาก", "ปฏิเสธ")
		.map(Phrases::normalise)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	/**
	 * Negating verbs of a language written without spaces (Thai), read at the end of the letters joined to a phrase's
	 * start or of a word before it: "ไม่ต้องการความเห็นที่สอง" (I do not want a second opinion).
	 */
	private static final List<String> JOINED_NEGATIONS = java.util.stream.Stream.of("ไม่", "ไม่ต้องการ", "ไม่อยาก",
			"ไม่อยากได้", "ไม่ขอ", "ไม่ได้ขอ", "ไม่ต้อง", "ไม่ต้องขอ", "ไม่ต้องการขอ", "ไม่ต้องการรับ", "ไม่จำเป็นต้อง",
			"ไม่จำเป็นต้องมี", "ไม่จำเป็นต้องขอ", "ไม่ประสงค์", "ไม่ประสงค์จะขอ", "ปฏิเสธ", "ปฏิเสธการขอ", "ไม่ใช่")
		.map(Phrases::normalise)
		.toList();

	private static final Pattern GAP = Pattern.compile("\\s*(?:\u2026|\\.\\.\\.)\\s*");

	/** Up to three words (letters, digits, hyphens, apostrophes, slashes): no punctuation, so within one clause. */
	private static final String GAP_WORDS = "((?: [\\p{L}\\p{N}'/-]+){0,3}) ";

	private final List<String> phrases;

	/** The phrases with a gap, compiled; the others are looked for as they are. */
	private final java.util.Map<String, Pattern> gapped = new java.util.HashMap<>();

	/** Texts {@link InstrumentNames} has read, with whether one of these phrases names an instrument in them. */
	private final java.util.Map<String, Boolean> instrumentTexts = new java.util.concurrent.ConcurrentHashMap<>();

	Phrases(List<String> phrases) {
		this.phrases = phrases.stream().map(Phrases::normalise).filter(p -> !p.isBlank()).toList();
		for (String phrase : this.phrases) {
			String[] parts = GAP.split(phrase, -1);
			if (parts.length > 1) {
				StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
				for (int i = 0; i < parts.length; i++) {
					if (parts[i].isBlank()) {
						throw new IllegalArgumentException("A gap must stand between words: '" + phrase + "'");
					}
					regex.append(i == 0 ? "" : GAP_WORDS).append(Pattern.quote(parts[i]));
				}
				gapped.put(phrase, Pattern.compile(regex.toString()));
			}
		}
	}

	/**
	 * The first configured phrase the text contains, as written there (normalised): the phrase itself, or for a phrase
	 * with a gap the words that matched it ("no further disease-modifying treatment options").
	 */
	Optional<String> find(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String normal = normalise(text);
		for (String phrase : phrases) {
			Pattern pattern = gapped.get(phrase);
			if (pattern != null) {
				Optional<String> found = foundWithGap(normal, pattern);
				if (found.isPresent()) {
					return found;
				}
				continue;
			}
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
		return phrases.stream()
			.filter(p -> gapped.containsKey(p) ? gapped.get(p).matcher(normal).find() : normal.contains(p))
			.findFirst();
	}

	/** An occurrence not negated before it, whose gaps hold no negation either. */
	private static Optional<String> foundWithGap(String normal, Pattern pattern) {
		java.util.regex.Matcher matcher = pattern.matcher(normal);
		int from = 0;
		while (from <= normal.length() && matcher.find(from)) {
			boolean negatedGap = false;
			for (int g = 1; g <= matcher.groupCount() && !negatedGap; g++) {
				String gap = matcher.group(g);
				negatedGap = gap != null && !gap.isBlank() && holdsNegation(gap.trim().split(" "), 0);
			}
			if (!negatedGap && !negated(normal, matcher.start())) {
				return Optional.of(matcher.group());
			}
			from = matcher.start() + 1;
		}
		return Optional.empty();
	}

	Optional<String> find(List<String> texts) {
		return texts.stream().map(this::find).flatMap(Optional::stream).findFirst();
	}

	List<String> phrases() {
		return phrases;
	}

	java.util.Map<String, Boolean> instrumentTexts() {
		return instrumentTexts;
	}

	/**
	 * Negated when one of the few words before the phrase, in the same clause, is a negation, or the last of them and
	 * the phrase's first word are one ("nu" before "continuă chimioterapia").
	 */
	private static boolean negated(String text, int at) {
		String before = text.substring(0, at);
		int clause = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf(';'),
				Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(':'), before.lastIndexOf(" but ")))));
		String[] words = before.substring(clause + 1).trim().split(" ");
		String first = text.substring(at).split(" ", 2)[0];
		return holdsNegation(words, Math.max(0, words.length - 5))
				|| NEGATIONS.contains(words[words.length - 1] + " " + first);
	}

	/** Whether the words from {@code from} hold a negation: a word, two words in a row, or a joined Thai verb. */
	private static boolean holdsNegation(String[] words, int from) {
		for (int i = from; i < words.length; i++) {
			if (NEGATIONS.contains(words[i]) || (i + 1 < words.length && NEGATIONS.contains(words[i] + " " + words[i + 1]))) {
				return true;
			}
			for (String joined : JOINED_NEGATIONS) {
				if (words[i].endsWith(joined)) {
					return true;
				}
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
			if (c == '\u200C') {
				continue;
			}
			normal.append(switch (c) {
				case '\u2019', '\u2018' -> '\'';
				case '\u064A' -> '\u06CC';
				case '\u0643' -> '\u06A9';
				case '\u06C1' -> '\u0647';
				case '\u0111' -> 'd';
				default -> c;
			});
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
