package org.secondopinion.assessment.criteria;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The names a value set gives its concepts (displays and designations), looked for in the words of a concept that
 * carries no code the set could judge: text alone, or local codes with displays. A name counts when it appears as
 * whole words, ignoring case, accents, punctuation and possessive "'s" ("Huntington's disease" reads "huntington
 * disease"); what stands in brackets in a name ("(ORPHA:447)", "(procedure)") is not part of it.
 * <p>
 * A name does not count when the words around it say the thing is not present or not to be done: a negation,
 * history, suspicion, screening, carrier state, a relative (whose disease it is) or an event after it in the five words
 * before it in the same clause ("no", "history of", "family history", "suspected", "screening for", "s/p", "post",
 * "after", "follow-up", "evaluation for", "son with"…), or a suspicion, carrier state, exclusion, review or a device's follow-up in the three words after
 * it ("Fabry disease, suspected", "cystic fibrosis carrier", "Dravet syndrome?", "hip replacement review", "deep brain
 * stimulation programming"). The EHR that sends text alone has said less than a code; these words keep a mention from
 * being read as a diagnosis or a plan. Names of a kind of encounter ("office
 * visit" in "Follow-up office visit", "family medicine" in "Family medicine clinic") state nothing about the patient
 * and are read without this context when their value set says so.
 */
final class ConceptNames {

	private static final Set<String> BEFORE = Set.of("no", "not", "never", "without", "denies", "denied", "declined",
			"declines", "negative", "history", "hx", "fh", "family", "screening", "screen", "suspected", "suspect",
			"suspicion", "possible", "probable", "query", "rule out", "ruled out", "r o", "exclude", "excluded",
			"risk", "carrier", "post", "after", "following", "s p", "status post", "prior", "previous", "previously",
			"surveillance", "follow up", "followup", "removal", "complication", "complications", "evaluation",
			"assessment", "review", "workup", "work up", "education", "counselling", "counseling", "information",
			// a relative's disease, named in the patient's record ("carrier of haemophilia A (son with haemophilia A)")
			"son", "daughter", "mother", "father", "mum", "mom", "dad", "brother", "sister", "sibling", "siblings",
			"husband", "wife", "spouse", "grandmother", "grandfather", "aunt", "uncle", "cousin", "nephew", "niece",
			// the same in the languages whose spellings names are folded from
			"sem", "sin", "sans", "ohne", "kein", "keine", "utan", "nao", "nunca", "jamais", "antecedente",
			"antecedentes", "antecedent", "antecedents", "sospecha", "suspeita", "suspicion de", "verdacht",
			// and of the other languages names are read in (marks removed): Polish and Slovak, the Slavic languages'
			// "without", Romanian, Russian, Bulgarian and Ukrainian, Indonesian and Malay, Vietnamese
			"nie", "bez", "brez", "fara", "не", "нет", "без", "няма", "немає", "tidak", "tanpa", "tiada", "khong");

	private static final Set<String> AFTER = Set.of("carrier", "trait", "screening", "screen", "suspected",
			"query", "possible", "probable", "unlikely", "excluded", "ruled out", "rule out", "negative", "unconfirmed",
			"surveillance", "review", "follow up", "followup", "clinic", "programming", "reprogramming",
			"interrogation");

	private static final int WORDS_BEFORE = 5;

	private static final int WORDS_AFTER = 3;

	private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*]");

	private static final Pattern SENTENCES = Pattern.compile("[.;:!](?:\\s|$)|\\n");

	private static final Pattern CLAUSES = Pattern.compile("[,()\\[\\]]| but ");

	private static final Pattern POSSESSIVE = Pattern.compile("'s(?![\\p{L}\\p{N}])");

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/**
	 * The names as word lists, each word {@linkplain #fold(String) folded}, longest first so that the most specific
	 * name is the one reported.
	 */
	private final List<String[]> names;

	/** Each name as the set writes it (lower case, without accents), in the order of {@link #names}. */
	private final List<String> written;

	/**
	 * At most this many texts are remembered with what they name: a record repeats the same few hundred code
	 * displays and texts over its results, orders and visits.
	 */
	private static final int REMEMBERED = 10_000;

	private final java.util.Map<String, Optional<String>> found = new java.util.concurrent.ConcurrentHashMap<>();

	/** The positions in {@link #names} of the names that begin with a word, in ascending order. */
	private final java.util.Map<String, int[]> byFirstWord;

	/** Whether the words around a name can deny it; false for names of kinds of visit, which state nothing. */
	private final boolean readsContext;

	ConceptNames(List<String> names) {
		this(names, true);
	}

	ConceptNames(List<String> names, boolean readsContext) {
		this.readsContext = readsContext;
		java.util.Map<String, String> distinct = new java.util.LinkedHashMap<>();
		for (String name : names) {
			String[] words = words(BRACKETS.matcher(name).replaceAll(" "));
			if (words.length > 1 || (words.length == 1 && words[0].length() >= 4)) {
				distinct.putIfAbsent(String.join(" ", fold(words)), String.join(" ", words));
			}
		}
		List<String> ordered = distinct.keySet()
			.stream()
			.sorted((a, b) -> Integer.compare(b.length(), a.length()))
			.toList();
		this.names = ordered.stream().map(n -> n.split(" ")).toList();
		this.written = ordered.stream().map(distinct::get).toList();
		java.util.Map<String, List<Integer>> first = new java.util.HashMap<>();
		for (int i = 0; i < this.names.size(); i++) {
			first.computeIfAbsent(this.names.get(i)[0], w -> new ArrayList<>()).add(i);
		}
		this.byFirstWord = new java.util.HashMap<>();
		first.forEach((word, at) -> this.byFirstWord.put(word, at.stream().mapToInt(Integer::intValue).toArray()));
	}

	boolean isEmpty() {
		return names.isEmpty();
	}

	int size() {
		return names.size();
	}

	/** The first name found in one of the texts, in a context that does not deny it, as the set writes it. */
	Optional<String> find(List<String> texts) {
		for (String text : texts) {
			Optional<String> found = find(text);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	Optional<String> find(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Optional<String> known = found.get(text);
		if (known == null) {
			known = read(text);
			if (found.size() < REMEMBERED) {
				found.put(text, known);
			}
		}
		return known;
	}

	private Optional<String> read(String text) {
		String normal = Phrases.normalise(text.replace('\n', '.').replace("?", " query "));
		for (String sentence : SENTENCES.split(normal)) {
			List<String> words = new ArrayList<>();
			List<String> folded = new ArrayList<>();
			List<Integer> clauseOf = new ArrayList<>();
			String[] clauses = CLAUSES.split(sentence);
			for (int c = 0; c < clauses.length; c++) {
				for (String word : words(clauses[c])) {
					words.add(word);
					folded.add(fold(word));
					clauseOf.add(c);
				}
			}
			// only the names that begin with one of the sentence's words can be in it; tried in the order of names
			java.util.BitSet candidates = new java.util.BitSet(names.size());
			for (String word : folded) {
				int[] starting = byFirstWord.get(word);
				if (starting != null) {
					for (int i : starting) {
						candidates.set(i);
					}
				}
			}
			for (int n = candidates.nextSetBit(0); n >= 0; n = candidates.nextSetBit(n + 1)) {
				String[] name = names.get(n);
				for (int at = indexOf(folded, name, 0); at >= 0; at = indexOf(folded, name, at + 1)) {
					if (!readsContext || !denied(words, clauseOf, at, at + name.length)) {
						return Optional.of(written.get(n));
					}
				}
			}
		}
		return Optional.empty();
	}

	private static boolean denied(List<String> words, List<Integer> clauseOf, int start, int end) {
		int from = start;
		while (from > 0 && start - from < WORDS_BEFORE && clauseOf.get(from - 1).equals(clauseOf.get(start))) {
			from--;
		}
		if (cued(words.subList(from, start), BEFORE)) {
			return true;
		}
		return cued(words.subList(end, Math.min(words.size(), end + WORDS_AFTER)), AFTER);
	}

	/** Whether the window holds a cue of one word or of two words in a row. */
	private static boolean cued(List<String> window, Set<String> cues) {
		for (int i = 0; i < window.size(); i++) {
			if (cues.contains(window.get(i))
					|| (i + 1 < window.size() && cues.contains(window.get(i) + " " + window.get(i + 1)))) {
				return true;
			}
		}
		return false;
	}

	private static int indexOf(List<String> words, String[] name, int from) {
		outer: for (int i = from; i <= words.size() - name.length; i++) {
			for (int j = 0; j < name.length; j++) {
				if (!words.get(i + j).equals(name[j])) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static String[] fold(String[] words) {
		String[] folded = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			folded[i] = fold(words[i]);
		}
		return folded;
	}

	/**
	 * A word of six letters or more spelt as the languages that share it spell it alike, so that a name matches
	 * its British, American and European spellings: "ae" and "oe" as "e" (haemodialysis, oesophagectomy), "ph" as
	 * "f", "th" as "t", "y" as "i", "k" as "c", a doubled r, s, l, t or m as one, "-cion" and "-cao" as "-tion",
	 * and without a final "e", "a" or "o". So "mastectomia", "mastectomie" and "Mastektomie" read as "mastectomy",
	 * "artroplastia" as "arthroplasty", "radioterapia" as "radiotherapy", "doxorrubicina" and "doxorubicine" as
	 * "doxorubicin", "ciclofosfamida" and "Cyclophosphamid" as "cyclophosphamide". Shorter words are left as they
	 * are: too many of them differ by a letter only.
	 */
	static String fold(String word) {
		if (word.length() < 6) {
			return word;
		}
		StringBuilder out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
			if ((c == 'a' || c == 'o') && next == 'e') {
				continue; // "ae", "oe": the "e" that follows is kept
			}
			if ((c == 'p' || c == 't') && next == 'h') {
				out.append(c == 'p' ? 'f' : 't');
				i++;
				continue;
			}
			if ((c == 'r' || c == 's' || c == 'l' || c == 't' || c == 'm') && next == c) {
				continue;
			}
			out.append(c == 'y' ? 'i' : c == 'k' ? 'c' : c);
		}
		int length = out.length();
		if (length > 4 && out.charAt(length - 1) == 'o' && out.charAt(length - 2) == 'a' && out.charAt(length - 3) == 'c') {
			out.replace(length - 3, length, "tion");
		}
		else if (length > 4 && out.substring(length - 4).equals("cion")) {
			out.replace(length - 4, length, "tion");
		}
		else {
			char last = out.charAt(length - 1);
			if (last == 'e' || last == 'a' || last == 'o') {
				out.setLength(length - 1);
			}
		}
		return out.toString();
	}

	/** Lower-case words without accents, possessive "'s" or punctuation. */
	static String[] words(String text) {
		String normal = POSSESSIVE.matcher(Phrases.normalise(text)).replaceAll("");
		String spaced = NOT_A_WORD.matcher(normal).replaceAll(" ").trim();
		return spaced.isEmpty() ? new String[0] : spaced.split(" ");
	}

}
