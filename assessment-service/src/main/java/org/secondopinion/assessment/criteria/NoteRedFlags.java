package org.secondopinion.assessment.criteria;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.ClinicalNote;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.DiagnosticFinding;
import org.secondopinion.assessment.picture.ObservationResult;
import org.secondopinion.assessment.picture.Visit;
import org.springframework.core.io.Resource;

/**
 * Red-flag findings written only in free text, read as a clinician reading the chart would: progress notes
 * (DocumentReference text), {@code Observation.note}, the words of visit reasons and report conclusions ("lost 5 kg
 * without trying", "drenching night sweats", "woke with back pain every night"). Phrases and the words that change
 * their meaning are data (a JSON table): a finding stated under a negation ("denies weight loss", "no fevers, night
 * sweats or weight loss", "negative for", "weight loss: none"), of someone else ("mother had rectal bleeding"), of the
 * past ("h/o", "in 2019", "years ago"), hypothetical or an instruction ("return if you notice blood", "red flags
 * reviewed"), or with words that explain it away ("intentional weight loss on a diet") does not count.
 * <p>
 * Each text is cut into words once and looked up word by word in an index of the phrases' first words, so the cost
 * is one pass per text whatever the number of phrases; what a text says is remembered for the texts seen most.
 */
final class NoteRedFlags {

	/** One finding with the phrases that state it; {@code code} is {@code system|code} of the concept it is given. */
	record Entry(String name, String code, String display, List<String> phrases, @Nullable List<String> unless,
			@Nullable List<String> sameAs, @Nullable List<String> notFor) {
	}

	/** The words that put a phrase out of the present, of the patient, as a fact. */
	record Context(List<String> negations, List<String> negationsAfter, List<String> pseudoNegations,
			List<String> terminators, List<String> history, List<String> historyAfter, List<String> durations,
			List<String> family, List<String> relatives, List<String> relativeVerbs, List<String> hypothetical,
			List<String> instructionTopics, List<String> instructionWords) {
	}

	private record File(String name, String version, String description, @Nullable String source, Context context,
			List<Entry> findings) {
	}

	/** A finding a text states: the entry, and the sentence it stands in (for evidence). */
	record Stated(Entry entry, String sentence) {
	}

	/** A finding read from a record's words, dated at the record's date. */
	record NoteFinding(String reference, Entry entry, Concept finding, Instant at, String excerpt) {
	}

	private record Pattern(Entry entry, String[] tokens) {
	}

	private static final String GAP = "…";

	private static final int GAP_WORDS = 3;

	private static final int REMEMBERED = 5_000;

	private static final Set<String> SENTENCE_ENDS = Set.of(".", ";", "!", "?", "\n");

	private final String name;

	private final String version;

	private final String fingerprint;

	private final Context context;

	private final List<Entry> entries;

	/** The patterns by their first word ("#" for a number). */
	private final Map<String, List<Pattern>> byFirstWord = new HashMap<>();

	private final Set<String> negationWords;

	private final Map<String, List<Stated>> read = new ConcurrentHashMap<>();

	private NoteRedFlags(String name, String version, String fingerprint, Context context, List<Entry> entries) {
		this.name = name;
		this.version = version;
		this.fingerprint = fingerprint;
		this.context = context;
		this.entries = List.copyOf(entries);
		for (Entry entry : entries) {
			if (entry.code() == null || !entry.code().contains("|") || entry.phrases() == null || entry.phrases().isEmpty()) {
				throw new IllegalStateException("Note red flags: " + entry.name() + " needs a system|code and phrases");
			}
			for (String phrase : entry.phrases()) {
				String[] tokens = tokens(phrase.replace("...", GAP)).toArray(String[]::new);
				if (tokens.length == 0 || GAP.equals(tokens[0]) || GAP.equals(tokens[tokens.length - 1])) {
					throw new IllegalStateException("Note red flags: phrase '" + phrase + "' of " + entry.name()
							+ " must start and end with a word");
				}
				byFirstWord.computeIfAbsent(tokens[0].startsWith("#") ? "#" : tokens[0], k -> new ArrayList<>())
					.add(new Pattern(entry, tokens));
			}
		}
		Set<String> negations = new LinkedHashSet<>();
		context.negations().stream().filter(n -> !n.contains(" ")).forEach(negations::add);
		this.negationWords = Set.copyOf(negations);
	}

	static NoteRedFlags load(Resource resource) {
		TableFile<File> read = TableFile.read(resource, File.class, "note red-flag table");
		File file = read.content();
		if (file.context() == null || file.findings() == null) {
			throw new IllegalStateException("Note red-flag table " + resource.getDescription()
					+ " needs a context and findings");
		}
		return new NoteRedFlags(file.name(), file.version(), read.fingerprint(), file.context(), file.findings());
	}

	List<Entry> entries() {
		return entries;
	}

	String describe() {
		return name + " " + version + " (" + entries.size() + " findings, sha256 " + fingerprint + ")";
	}

	/** The concept a finding is given: its code, with the display, so that the map can explain it and it is named. */
	static Concept concept(Entry entry) {
		String[] parts = entry.code().split("\\|", 2);
		return new Concept(List.of(new CodedConcept(parts[0], parts[1], entry.display())), null);
	}

	/**
	 * The red-flag findings written in the picture's free text, each dated at its record's date: notes (not entered in
	 * error), Observation notes and the text values of results not read normal, the words of visit reasons, report
	 * conclusions. One per record and finding.
	 */
	List<NoteFinding> of(ClinicalPicture picture) {
		List<NoteFinding> found = new ArrayList<>();
		for (ClinicalNote note : picture.notes()) {
			if (note.date() != null && !"entered-in-error".equals(note.status())) {
				add(found, note.reference(), note.text(), note.date());
			}
		}
		for (ObservationResult observation : picture.observations()) {
			if (observation.effective() == null) {
				continue;
			}
			List<String> texts = new ArrayList<>(observation.notes());
			// an examination or study written as a text value and not read normal ("Bilateral optic disc edema…" under
			// "Dilated fundus examination") states its findings as a report's conclusion does
			if (observation.valueText() != null && observation.isResult()
					&& observation.reading() != ObservationResult.Reading.NORMAL) {
				texts.add(observation.valueText());
			}
			if (!texts.isEmpty()) {
				add(found, observation.reference(), String.join("\n", texts), observation.effective());
			}
		}
		for (Visit visit : picture.visits()) {
			if (visit.tookPlace() && visit.start() != null) {
				List<String> reasons = visit.reasonCodes().stream().map(Concept::text).filter(t -> t != null).toList();
				if (!reasons.isEmpty()) {
					add(found, visit.reference(), String.join("\n", reasons), visit.start());
				}
			}
		}
		for (DiagnosticFinding report : picture.reports()) {
			if (report.isReport() && report.effective() != null && report.conclusion() != null) {
				add(found, report.reference(), report.conclusion(), report.effective());
			}
		}
		return found;
	}

	private void add(List<NoteFinding> found, String reference, String text, Instant at) {
		Set<String> seen = new java.util.HashSet<>();
		for (Stated stated : stated(text, at.atZone(ZoneOffset.UTC).getYear())) {
			if (seen.add(stated.entry().code())) {
				found.add(new NoteFinding(reference, stated.entry(), concept(stated.entry()), at, stated.sentence()));
			}
		}
	}

	/** The findings the text states as present facts of the patient, each once, in the order written. */
	List<Stated> stated(@Nullable String text, int year) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String key = year + "\u0000" + text;
		List<Stated> known = read.get(key);
		if (known == null) {
			known = read(text, year);
			if (read.size() < REMEMBERED) {
				read.put(key, known);
			}
		}
		return known;
	}

	private List<Stated> read(String text, int year) {
		List<String> words = tokens(text);
		List<Stated> found = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			List<Pattern> candidates = byFirstWord.get(word);
			List<Pattern> numbers = Character.isDigit(word.charAt(0)) ? byFirstWord.get("#") : null;
			for (List<Pattern> list : java.util.Arrays.asList(candidates, numbers)) {
				if (list == null) {
					continue;
				}
				for (Pattern pattern : list) {
					int end = match(words, i, pattern.tokens(), 0);
					if (end > 0 && found.stream().noneMatch(f -> f.entry() == pattern.entry())
							&& states(words, i, end, pattern.entry(), year)) {
						found.add(new Stated(pattern.entry(), sentence(words, i, end)));
					}
				}
			}
		}
		return found;
	}

	/** The index after the match of {@code pattern} from token {@code p} at word {@code i}, or -1. */
	private int match(List<String> words, int i, String[] pattern, int p) {
		if (p == pattern.length) {
			return i;
		}
		String token = pattern[p];
		if (GAP.equals(token)) {
			for (int skip = 0; skip <= GAP_WORDS; skip++) {
				int end = match(words, i + skip, pattern, p + 1);
				if (end > 0) {
					return end;
				}
				if (i + skip >= words.size() || !isWord(words.get(i + skip)) || negationWords.contains(words.get(i + skip))) {
					return -1;
				}
			}
			return -1;
		}
		if (i >= words.size()) {
			return -1;
		}
		String word = words.get(i);
		boolean matches = token.equals("#") ? Character.isDigit(word.charAt(0))
				: token.endsWith("*") && token.length() > 1 ? word.startsWith(token.substring(0, token.length() - 1))
						: token.equals(word);
		return matches ? match(words, i + 1, pattern, p + 1) : -1;
	}

	/**
	 * Whether the phrase at words {@code [start, end)} states the finding of the patient, now: not negated before it
	 * in its sentence (up to a word that ends the negation's scope: "but", "reports"…) or just after it in its clause
	 * ("weight loss: none"), not of a relative, of the past, hypothetical or an instruction, nor explained away.
	 */
	private boolean states(List<String> words, int start, int end, Entry entry, int year) {
		int sentenceStart = start;
		while (sentenceStart > 0 && !SENTENCE_ENDS.contains(words.get(sentenceStart - 1))) {
			sentenceStart--;
		}
		int sentenceEnd = end;
		while (sentenceEnd < words.size() && !SENTENCE_ENDS.contains(words.get(sentenceEnd))) {
			sentenceEnd++;
		}
		int scopeStart = sentenceStart;
		for (int k = start - 1; k >= sentenceStart; k--) {
			if (context.terminators().contains(words.get(k))) {
				scopeStart = k + 1;
				break;
			}
		}
		String before = " " + String.join(" ", words.subList(scopeStart, start)) + " ";
		String sentence = " " + String.join(" ", words.subList(sentenceStart, sentenceEnd)) + " ";
		int clauseEnd = end;
		while (clauseEnd < sentenceEnd && !",".equals(words.get(clauseEnd)) && clauseEnd - end < 4) {
			clauseEnd++;
		}
		String after = " " + String.join(" ", words.subList(end, clauseEnd)) + " ";
		String cleared = before;
		for (String pseudo : context.pseudoNegations()) {
			cleared = cleared.replace(" " + pseudo + " ", " ~ ");
		}
		if (containsAny(cleared, context.negations()) || containsAny(after, context.negationsAfter())) {
			return false;
		}
		if (historical(words, sentenceStart, start) || containsAny(after, context.historyAfter())
				|| earlierYear(words, sentenceStart, sentenceEnd, year)) {
			return false;
		}
		if (ofARelative(words, sentenceStart, start) || relativeAfter(words, end, sentenceEnd)) {
			return false;
		}
		if (containsAny(" " + String.join(" ", words.subList(sentenceStart, start)) + " ", context.hypothetical())
				|| containsAny(sentence, context.instructionTopics()) && containsAny(sentence, context.instructionWords())) {
			return false;
		}
		return entry.unless() == null || !explainedAway(sentence, entry.unless());
	}

	/** A history word before the phrase in its sentence: "h/o", "history of" (not "3-month history of"), "pmh". */
	private boolean historical(List<String> words, int sentenceStart, int start) {
		String before = " " + String.join(" ", words.subList(sentenceStart, start)) + " ";
		for (String trigger : context.history()) {
			int at = before.indexOf(" " + trigger + " ");
			if (at < 0) {
				continue;
			}
			// "a 3-month history of night sweats" is the present illness, not the past
			String preceding = before.substring(0, at).trim();
			String last = preceding.isEmpty() ? "" : preceding.substring(preceding.lastIndexOf(' ') + 1);
			if (trigger.startsWith("history") && context.durations().stream().anyMatch(last::endsWith)) {
				continue;
			}
			return true;
		}
		return false;
	}

	/** "in 2019", "during 2018": a year before the record's own, in the phrase's sentence. */
	private static boolean earlierYear(List<String> words, int from, int to, int year) {
		for (int k = from + 1; k < to; k++) {
			String word = words.get(k);
			if (word.length() == 4 && word.chars().allMatch(Character::isDigit)
					&& ("in".equals(words.get(k - 1)) || "during".equals(words.get(k - 1)))) {
				int said = Integer.parseInt(word);
				if (said >= 1900 && said < year) {
					return true;
				}
			}
		}
		return false;
	}

	/** A family-history heading, or a relative said to have had something, before the phrase in its sentence. */
	private boolean ofARelative(List<String> words, int sentenceStart, int start) {
		String before = " " + String.join(" ", words.subList(sentenceStart, start)) + " ";
		if (containsAny(before, context.family())) {
			return true;
		}
		for (int k = sentenceStart; k < start; k++) {
			if (relative(words.get(k))) {
				for (int v = k + 1; v <= k + 2 && v < start; v++) {
					if (context.relativeVerbs().contains(words.get(v))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** "… in her mother", "… in his father" just after the phrase. */
	private boolean relativeAfter(List<String> words, int end, int sentenceEnd) {
		if (end < sentenceEnd && "in".equals(words.get(end))) {
			for (int k = end + 1; k <= end + 2 && k < sentenceEnd; k++) {
				if (relative(words.get(k))) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean relative(String word) {
		String singular = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
		return context.relatives().contains(singular)
				|| singular.endsWith("s") && context.relatives().contains(singular.substring(0, singular.length() - 1));
	}

	/** An "unless" phrase in the sentence, not itself negated ("not trying to lose weight" does not explain it away). */
	private static boolean explainedAway(String sentence, List<String> unless) {
		for (String phrase : unless) {
			String normal = " " + String.join(" ", tokens(phrase)) + " ";
			int at = sentence.indexOf(normal);
			while (at >= 0) {
				String preceding = sentence.substring(0, at).trim();
				String last = preceding.isEmpty() ? "" : preceding.substring(preceding.lastIndexOf(' ') + 1);
				if (!Set.of("not", "no", "never", "without", "isn't", "wasn't").contains(last)) {
					return true;
				}
				at = sentence.indexOf(normal, at + 1);
			}
		}
		return false;
	}

	private static boolean containsAny(String padded, List<String> phrases) {
		for (String phrase : phrases) {
			if (padded.contains(" " + phrase + " ")) {
				return true;
			}
		}
		return false;
	}

	private static String sentence(List<String> words, int start, int end) {
		int from = start;
		while (from > 0 && !SENTENCE_ENDS.contains(words.get(from - 1)) && start - from < 12) {
			from--;
		}
		int to = end;
		while (to < words.size() && !SENTENCE_ENDS.contains(words.get(to)) && to - end < 12) {
			to++;
		}
		StringBuilder text = new StringBuilder();
		for (String word : words.subList(from, to)) {
			if (!text.isEmpty() && !(word.length() == 1 && ",:)".contains(word))) {
				text.append(' ');
			}
			text.append(word);
		}
		return text.toString();
	}

	private static boolean isWord(String token) {
		return Character.isLetterOrDigit(token.charAt(0));
	}

	/**
	 * The text as lower-case words without accents, and punctuation marks as words of their own ("." ";" "," ":" "("
	 * ")" "+" "-" "\n"), a number glued to its unit split from it ("5kg" is "5" "kg"); letters, digits, apostrophes,
	 * slashes and inner hyphens make a word ("h/o", "3-month", "low-grade"), and a decimal point stays in its number.
	 */
	static List<String> tokens(String text) {
		String plain = text;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
					.replace('\u2019', '\'').replace('\u2018', '\'').replace("\u2026", " " + GAP + " ");
				break;
			}
		}
		String lower = plain.toLowerCase(Locale.ROOT);
		List<String> tokens = new ArrayList<>();
		int n = lower.length();
		int i = 0;
		while (i < n) {
			char c = lower.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				int start = i;
				boolean number = Character.isDigit(c);
				i++;
				while (i < n) {
					char d = lower.charAt(i);
					if (number && Character.isLetter(d)) {
						break;
					}
					if (Character.isLetterOrDigit(d)) {
						i++;
						continue;
					}
					boolean inner = i + 1 < n && Character.isLetterOrDigit(lower.charAt(i + 1));
					if (inner && (d == '\'' || d == '/' || d == '-') || inner && number && (d == '.' || d == ',')
							&& Character.isDigit(lower.charAt(i + 1))) {
						if (d == '-' || d == '/') {
							number = false;
						}
						i++;
						continue;
					}
					if (number && d == '%') {
						i++;
					}
					break;
				}
				tokens.add(lower.substring(start, i));
			}
			else if (c == '\n' || c == '\r') {
				if (tokens.isEmpty() || !"\n".equals(tokens.get(tokens.size() - 1))) {
					tokens.add("\n");
				}
				i++;
			}
			else if (c == '\u2026') {
				tokens.add(GAP);
				i++;
			}
			else if (Character.isWhitespace(c)) {
				i++;
			}
			else {
				tokens.add(String.valueOf(c));
				i++;
			}
		}
		return tokens;
	}

}
