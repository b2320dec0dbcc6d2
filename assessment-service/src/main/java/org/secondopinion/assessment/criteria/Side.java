package org.secondopinion.assessment.criteria;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.ObservationResult;

/**
 * The side of a paired organ a value was measured on (the right or left eye's intraocular pressure, an ear's hearing
 * threshold), as EHRs write it: in the code itself (LOINC 79892-6 <i>Right eye Intraocular pressure</i>), in
 * {@code bodySite} (SNOMED CT <i>Right eye structure</i>, a laterality qualifier, "OD"), in the method, or in the
 * words of a component's code ("IOP, left eye"). Values of the two sides are two series, never one: a right eye at 27
 * mmHg and a left at 17 are not a change of 10.
 */
enum Side {

	RIGHT("right"), LEFT("left"), BOTH("both sides"), UNSPECIFIED("");

	private static final String SNOMED = "http://snomed.info/sct";

	private static final String LOINC = "http://loinc.org";

	/** SNOMED CT right eye, ear, side structures and the laterality qualifier (24028007 Right). */
	private static final Set<String> RIGHT_CODES = Set.of(SNOMED + "|18944008", SNOMED + "|362502000",
			SNOMED + "|25577004", SNOMED + "|24028007", LOINC + "|79892-6", "http://hl7.org/fhir/vision-eye-codes|right");

	/** SNOMED CT left eye, ear, side structures and the laterality qualifier (7771000 Left). */
	private static final Set<String> LEFT_CODES = Set.of(SNOMED + "|8966001", SNOMED + "|362503005",
			SNOMED + "|89644007", SNOMED + "|7771000", LOINC + "|79893-4", "http://hl7.org/fhir/vision-eye-codes|left");

	/** SNOMED CT both eyes and the laterality qualifier (51440002 Right and left). */
	private static final Set<String> BOTH_CODES = Set.of(SNOMED + "|40638003", SNOMED + "|362508001",
			SNOMED + "|51440002");

	/** In a body site or method any mention of a side counts; "OD", "OS", "OU" only in capitals. */
	private static final Pattern RIGHT_WORDS = Pattern.compile("(?i:\\bright\\b)|\\bOD\\b");

	private static final Pattern LEFT_WORDS = Pattern.compile("(?i:\\bleft\\b)|\\bOS\\b");

	private static final Pattern BOTH_WORDS = Pattern.compile("(?i:\\b(both|bilateral)\\b)|\\bOU\\b");

	/**
	 * In the measure's own name only a side of an eye or ear counts ("Intraocular pressure, right eye", "IOP OD"):
	 * "Left ventricular ejection fraction" names no side of a paired organ.
	 */
	private static final Pattern RIGHT_IN_NAME = Pattern
		.compile("(?i:\\bright\\s+(eye|ear)\\b|\\b(eye|ear)\\W+right\\b)|\\bOD\\b");

	private static final Pattern LEFT_IN_NAME = Pattern
		.compile("(?i:\\bleft\\s+(eye|ear)\\b|\\b(eye|ear)\\W+left\\b)|\\bOS\\b");

	private static final Pattern BOTH_IN_NAME = Pattern.compile("(?i:\\bboth\\s+(eyes|ears)\\b)|\\bOU\\b");

	private final String label;

	Side(String label) {
		this.label = label;
	}

	/** How a reason names the series: "right", "left", "both sides"; empty for an unspecified side. */
	String label() {
		return label;
	}

	/**
	 * At most this many concepts are remembered per reading: a record's results repeat a few dozen codes, and most
	 * send no body site or method.
	 */
	private static final int REMEMBERED = 10_000;

	/** What each measure code read so far says: by its codings, and by its name. */
	private static final Map<Concept, Side[]> CODES = new ConcurrentHashMap<>();

	/** What each body site or method read so far says: by its codings, and by its words. */
	private static final Map<Concept, Side[]> SITES = new ConcurrentHashMap<>();

	/** The side by code first (the measure's code, then the body site, then the method), else by words. */
	static Side of(ObservationResult result) {
		Side[] code = read(CODES, result.code(), RIGHT_IN_NAME, LEFT_IN_NAME, BOTH_IN_NAME);
		Side[] site = read(SITES, result.bodySite(), RIGHT_WORDS, LEFT_WORDS, BOTH_WORDS);
		Side[] method = read(SITES, result.method(), RIGHT_WORDS, LEFT_WORDS, BOTH_WORDS);
		Side coded = code[0] != UNSPECIFIED ? code[0] : site[0] != UNSPECIFIED ? site[0] : method[0];
		if (coded != UNSPECIFIED) {
			return coded;
		}
		return code[1] != UNSPECIFIED ? code[1] : site[1] != UNSPECIFIED ? site[1] : method[1];
	}

	/** What a concept says by its codings and by its words, remembered: the same concept always says the same. */
	private static Side[] read(Map<Concept, Side[]> known, Concept concept, Pattern rightWords, Pattern leftWords,
			Pattern bothWords) {
		Side[] sides = known.get(concept);
		if (sides == null) {
			sides = new Side[] { coded(concept), named(concept, rightWords, leftWords, bothWords) };
			if (known.size() < REMEMBERED) {
				known.put(concept, sides);
			}
		}
		return sides;
	}

	private static Side named(Concept concept, Pattern rightWords, Pattern leftWords, Pattern bothWords) {
		for (String words : concept.words()) {
			boolean right = rightWords.matcher(words).find();
			boolean left = leftWords.matcher(words).find();
			if (right && left || bothWords.matcher(words).find()) {
				return BOTH;
			}
			if (right) {
				return RIGHT;
			}
			if (left) {
				return LEFT;
			}
		}
		return UNSPECIFIED;
	}

	private static Side coded(Concept concept) {
		for (CodedConcept coding : concept.codings()) {
			String key = coding.system() + "|" + coding.code();
			if (RIGHT_CODES.contains(key)) {
				return RIGHT;
			}
			if (LEFT_CODES.contains(key)) {
				return LEFT;
			}
			if (BOTH_CODES.contains(key)) {
				return BOTH;
			}
		}
		return UNSPECIFIED;
	}

}
