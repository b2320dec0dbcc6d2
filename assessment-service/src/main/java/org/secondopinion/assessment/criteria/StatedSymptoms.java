package org.secondopinion.assessment.criteria;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.CodedConcept;

/**
 * Symptoms stated in words, as EHRs send an encounter's reason or a problem typed by hand ("Palpitations",
 * "Palpitations, dizziness", "Abdominal pain, recurrent", "c/o headaches"): the text, cut into clauses at commas,
 * semicolons, slashes, brackets, "and", "with" and "plus", names a symptom when a clause, without words that only
 * qualify it (recurrent, intermittent, chronic, ongoing, worsening, mild, severe, unexplained, "of unclear cause",
 * "c/o", "complains of", "follow-up", "still happening"…) and with a plural read as the singular, <em>is</em> one of the symptom value set's names
 * (display or designation). A clause that is not a name may be one once the words that only place it on the body,
 * before it, are left out: "thoracic back pain", "right-sided chest pain", "bilateral leg weakness" state back pain,
 * chest pain and leg weakness when the value set names those (and its own names, "low back pain", are found first).
 * <p>
 * The whole clause must be the name, which is stricter than a name found among other words: "whooping cough",
 * "familial Mediterranean fever", "cancer-related fatigue", "no palpitations", "history of chest pain" and
 * "palpitations resolved" name no symptom, as a negation, history or another word left in the clause keeps it from
 * being the name alone. A problem list's stage, grade or class, or the side a problem is on, after the name, is left
 * out ("Chronic kidney disease stage 3b", "Osteoarthritis both knees").
 */
final class StatedSymptoms {

	/** Words that qualify a symptom without making it another thing, or that introduce it. */
	private static final Set<String> QUALIFIERS = Set.of("recurrent", "recurring", "intermittent", "episodic",
			"episode", "episodes", "chronic", "persistent", "persisting", "ongoing", "continuing", "continued",
			"worsening", "worse", "increasing", "new", "acute", "mild", "moderate", "severe", "occasional", "frequent",
			"daily", "unspecified", "nos", "unexplained", "unclear", "undetermined", "undiagnosed", "uncertain",
			"unknown", "cause", "etiology", "aetiology", "origin", "of", "c", "o", "complains", "complaining",
			"complaint", "reports", "reported", "reporting", "presenting", "presents", "symptom", "symptoms", "sx",
			"the", "a", "an", "some", "multiple", "several", "recent", "again", "still", "constant", "vague",
			"follow", "up", "followup", "recheck", "review", "happening", "occurring", "continues", "continue",
			"persists", "persist", "recurs",
			// the same in the languages whose symptom names the value set gives (German, French, Spanish, Portuguese,
			// Italian, Dutch, Hungarian), as normalised: lower case, without accents
			"rezidivierend", "rezidivierende", "rezidivierender", "wiederkehrend", "wiederkehrende", "anhaltend",
			"anhaltende", "anhaltender", "persistierend", "persistierende", "chronisch", "chronische", "chronischer",
			"neu", "neue", "neuer", "akut", "akute", "akuter", "unklar", "unklare", "unklarer", "ungeklart",
			"ungeklarte", "intermittierend", "intermittierende", "zunehmend", "zunehmende", "seit", "rezidivierendes",
			"wiederkehrendes", "anhaltendes", "persistierendes", "chronisches", "neues", "akutes", "unklares",
			"intermittierendes", "zunehmendes", "recurrente",
			"recurrents", "recurrentes", "persistant", "persistante", "persistants", "persistantes", "chronique",
			"chroniques", "nouveau", "nouvelle", "nouvelles", "aigu", "aigue", "aigues", "intermittente",
			"intermittents", "intermittentes", "inexplique", "inexpliquee", "inexpliques", "inexpliquees", "origine",
			"indeterminee", "du", "des", "la", "le", "les", "d", "l", "de", "del", "da", "do", "di", "van",
			"persistente", "persistentes", "persistenti", "cronico", "cronica", "cronicos", "cronicas", "cronici",
			"croniche", "nuevo", "nueva", "novo", "nova", "nuovo", "nuova", "agudo", "aguda", "acuto", "acuta",
			"intermitente", "intermitentes", "intermittenti", "inexplicado", "inexplicada", "origen", "origem",
			"recorrente", "recorrentes", "ricorrente", "ricorrenti", "recidiverend", "recidiverende", "aanhoudend",
			"aanhoudende", "nieuw", "nieuwe", "acuut", "onverklaard", "onverklaarde", "visszatero",
			"ismetlodo", "valtozatlanul", "fennallo", "tartos", "kronikus", "uj", "heveny", "ismeretlen", "eredetu");

	/** Words that place a symptom on the body, read only before the name: "thoracic back pain". */
	private static final Set<String> SITES = Set.of("left", "right", "bilateral", "both", "sided", "upper", "lower",
			"mid", "middle", "central", "thoracic", "lumbar", "cervical", "generalized", "generalised", "diffuse",
			"localized", "localised", "anterior", "posterior", "lateral", "medial", "focal");

	/** A stage, grade or class, or a side and at most two words of the body, after the name. */
	private static final Pattern TAIL = Pattern
		.compile("(.+?) (?:(?:stage|grade|class) [a-z0-9]{1,3}|(?:left|right|both|bilateral) [a-z]+(?: [a-z]+)?)");

	private static final Pattern CLAUSES = Pattern
		.compile("[,;/+&()\\[\\]:.!?\\n]|\\b(?:and|with|plus|und|mit|sowie|et|avec|y|con|e|com|en|met|es)\\b");

	/** At most this many texts are remembered with the names they state: a record repeats a few hundred. */
	private static final int REMEMBERED = 10_000;

	private final Map<String, List<String>> read = new java.util.concurrent.ConcurrentHashMap<>();

	/** Each name, as its qualifier-free singular words, with the concepts it names. */
	private final Map<String, List<CodedConcept>> concepts;

	/** Each name's key with the name as the value set writes it, for people. */
	private final Map<String, String> names;

	StatedSymptoms(Map<String, List<CodedConcept>> namedConcepts) {
		Map<String, List<CodedConcept>> byKey = new HashMap<>();
		Map<String, String> written = new HashMap<>();
		namedConcepts.forEach((name, codings) -> {
			String key = key(name);
			if (key != null) {
				byKey.computeIfAbsent(key, k -> new ArrayList<>()).addAll(codings);
				written.putIfAbsent(key, name);
			}
		});
		this.concepts = Map.copyOf(byKey);
		this.names = Map.copyOf(written);
	}

	/** The names of the symptoms the text states, one per clause that is a name, in order, without repeats. */
	List<String> in(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<String> known = read.get(text);
		if (known == null) {
			known = read(text);
			if (read.size() < REMEMBERED) {
				read.put(text, known);
			}
		}
		return known;
	}

	private List<String> read(String text) {
		Set<String> found = new LinkedHashSet<>();
		for (String clause : CLAUSES.split(Phrases.normalise(text))) {
			String key = key(clause);
			if (key != null && !concepts.containsKey(key)) {
				String untailed = withoutTail(key);
				String shorter = untailed == null ? null : key(untailed);
				key = shorter != null && concepts.containsKey(shorter) ? shorter : key;
			}
			while (key != null && !concepts.containsKey(key)) {
				key = withoutSite(key);
			}
			if (key != null) {
				found.add(key);
			}
		}
		return List.copyOf(found);
	}

	/** The value set's concepts that a name {@link #in} returned names. */
	List<CodedConcept> codings(String name) {
		return concepts.getOrDefault(name, List.of());
	}

	/** The name as the value set writes it. */
	String written(String name) {
		return names.getOrDefault(name, name);
	}

	/**
	 * The key without a last stage or grade ("kidney disease stage 3b") or a side it is on ("osteoarthritis both
	 * knee"), words a problem list adds after the name; null when it has no such tail.
	 */
	private static @Nullable String withoutTail(String key) {
		Matcher tail = TAIL.matcher(key);
		return tail.matches() ? tail.group(1) : null;
	}

	/** The key without its first word when that word places the symptom on the body; null otherwise. */
	private static @Nullable String withoutSite(String key) {
		int space = key.indexOf(' ');
		return space > 0 && SITES.contains(key.substring(0, space)) ? key.substring(space + 1) : null;
	}

	/** The clause's words without qualifiers, the last one singular; null when nothing is left. */
	private static @Nullable String key(String clause) {
		List<String> kept = new ArrayList<>();
		for (String word : ConceptNames.words(clause)) {
			if (!QUALIFIERS.contains(word)) {
				kept.add(word);
			}
		}
		if (kept.isEmpty()) {
			return null;
		}
		String last = kept.get(kept.size() - 1);
		if (last.length() > 4 && last.endsWith("s") && !last.endsWith("ss")) {
			kept.set(kept.size() - 1, last.substring(0, last.length() - 1));
		}
		return String.join(" ", kept);
	}

}
