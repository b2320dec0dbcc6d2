package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One observed value: an Observation, or one component of a panel (a blood pressure's systolic value), which then
 * carries the panel's reference.
 * @param reference the exact version, e.g. {@code Observation/7/_history/2}
 * @param status FHIR status code, e.g. {@code final}
 * @param value the quantity, if the value is one
 * @param valueCode the coded value, if the value is one (a positive or negative test)
 * @param valueText the string value, if any
 * @param interpretations interpretation codes as sent (v3 ObservationInterpretation)
 * @param bodySite where on the body it was observed ({@link Concept#none()} when not sent): the side of a paired organ
 * (right eye, left ear) for measures read per side
 * @param method how it was observed ({@link Concept#none()} when not sent)
 */
public record ObservationResult(String reference, String id, Concept code, String status, List<Concept> categories,
		@Nullable Instant effective, @Nullable Measurement value, @Nullable Concept valueCode,
		@Nullable String valueText, List<Concept> interpretations, List<ReferenceRange> referenceRanges,
		List<String> notes, Concept bodySite, Concept method) {

	public static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

	private static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

	private static final Set<String> NORMAL_CODES = Set.of("N", "NEG", "ND", "NR");

	private static final Set<String> ABNORMAL_CODES = Set.of("A", "AA", "H", "HH", "HU", "L", "LL", "LU", ">", "<",
			"POS", "DET", "W", "B", "U", "D", "R", "I", "S");

	private static final Set<String> POSITIVE_VALUES = Set.of("http://snomed.info/sct|10828004",
			"http://snomed.info/sct|52101004", "http://loinc.org|LA6576-8", INTERPRETATION + "|POS");

	private static final Set<String> NEGATIVE_VALUES = Set.of("http://snomed.info/sct|260385009",
			"http://snomed.info/sct|2667000", "http://loinc.org|LA6577-6", INTERPRETATION + "|NEG");

	public ObservationResult {
		categories = List.copyOf(categories);
		interpretations = List.copyOf(interpretations);
		referenceRanges = List.copyOf(referenceRanges);
		notes = List.copyOf(notes);
	}

	/** An observation with no body site or method on record. */
	public ObservationResult(String reference, String id, Concept code, String status, List<Concept> categories,
			@Nullable Instant effective, @Nullable Measurement value, @Nullable Concept valueCode,
			@Nullable String valueText, List<Concept> interpretations, List<ReferenceRange> referenceRanges,
			List<String> notes) {
		this(reference, id, code, status, categories, effective, value, valueCode, valueText, interpretations,
				referenceRanges, notes, Concept.none(), Concept.none());
	}

	/** How a result reads against its interpretation, coded value or reference range. */
	public enum Reading {

		NORMAL, ABNORMAL, UNKNOWN

	}

	/** Whether this is a result at all: not cancelled, not entered in error, not merely ordered. */
	public boolean isResult() {
		return switch (status) {
			case "entered-in-error", "cancelled", "registered" -> false;
			default -> true;
		};
	}

	/**
	 * Normal or abnormal by, in order: the interpretation code (N, NEG… normal; H, L, A, POS… abnormal), a coded
	 * positive or negative value, or the value against its reference range. Unknown when none of those tells.
	 */
	public Reading reading() {
		for (Concept interpretation : interpretations) {
			for (CodedConcept coding : interpretation.codings()) {
				if (NORMAL_CODES.contains(coding.code())) {
					return Reading.NORMAL;
				}
				if (ABNORMAL_CODES.contains(coding.code())) {
					return Reading.ABNORMAL;
				}
			}
		}
		if (valueCode != null) {
			for (CodedConcept coding : valueCode.codings()) {
				String key = coding.system() + "|" + coding.code();
				if (POSITIVE_VALUES.contains(key)) {
					return Reading.ABNORMAL;
				}
				if (NEGATIVE_VALUES.contains(key)) {
					return Reading.NORMAL;
				}
			}
		}
		Reading written = written();
		if (written != Reading.UNKNOWN) {
			return written;
		}
		if (value != null) {
			for (ReferenceRange range : referenceRanges) {
				Boolean inside = range.contains(value);
				if (inside != null) {
					return inside ? Reading.NORMAL : Reading.ABNORMAL;
				}
			}
		}
		return Reading.UNKNOWN;
	}

	private static final java.util.regex.Pattern NEGATIVE_WORDS = java.util.regex.Pattern.compile(
			"\\b(negative|neg|not detected|none detected|undetected|not present|non-?reactive|absent|normal)\\b",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	private static final java.util.regex.Pattern POSITIVE_WORDS = java.util.regex.Pattern.compile(
			"\\b(positive|pos|detected|reactive|present|abnormal)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

	private static final int SAYS_NEGATIVE = 1;

	private static final int SAYS_POSITIVE = 2;

	/** At most this many value texts are remembered: results repeat a few hundred ("Negative", "Not detected"). */
	private static final int REMEMBERED = 10_000;

	/** What each value text read so far says, as {@link #SAYS_NEGATIVE} and {@link #SAYS_POSITIVE} bits. */
	private static final java.util.Map<String, Integer> WRITTEN = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * How a result written in words reads: a string value, or a coded value that carries only text or a local code
	 * ("Positive", "DETECTED", "Not detected", "Non-reactive"), as laboratory interfaces send qualitative results. A
	 * text that says both (or neither) tells nothing.
	 */
	private Reading written() {
		List<String> texts = new java.util.ArrayList<>();
		if (valueText != null) {
			texts.add(valueText);
		}
		if (valueCode != null) {
			texts.addAll(valueCode.words());
		}
		boolean negative = false;
		boolean positive = false;
		for (String text : texts) {
			int says = WRITTEN.getOrDefault(text, -1);
			if (says < 0) {
				java.util.regex.Matcher no = NEGATIVE_WORDS.matcher(text);
				says = (no.find() ? SAYS_NEGATIVE : 0)
						| (POSITIVE_WORDS.matcher(no.replaceAll(" ")).find() ? SAYS_POSITIVE : 0);
				if (WRITTEN.size() < REMEMBERED) {
					WRITTEN.put(text, says);
				}
			}
			negative |= (says & SAYS_NEGATIVE) != 0;
			positive |= (says & SAYS_POSITIVE) != 0;
		}
		return negative == positive ? Reading.UNKNOWN : negative ? Reading.NORMAL : Reading.ABNORMAL;
	}

	/** Whether the result reads low: an L/LL/LU interpretation or a value under the range's low bound. */
	public boolean readsLow() {
		boolean coded = interpretations.stream()
			.flatMap(i -> i.codings().stream())
			.anyMatch(c -> Set.of("L", "LL", "LU", "<").contains(c.code()));
		return coded || (value != null && referenceRanges.stream()
			.map(ReferenceRange::stated)
			.anyMatch(r -> r.low() != null && Boolean.FALSE.equals(r.contains(value))
					&& value.value().compareTo(r.low().value()) < 0));
	}

	/** Whether the result reads high: an H/HH/HU interpretation or a value over the range's high bound. */
	public boolean readsHigh() {
		boolean coded = interpretations.stream()
			.flatMap(i -> i.codings().stream())
			.anyMatch(c -> Set.of("H", "HH", "HU", ">").contains(c.code()));
		return coded || (value != null && referenceRanges.stream()
			.map(ReferenceRange::stated)
			.anyMatch(r -> r.high() != null && Boolean.FALSE.equals(r.contains(value))
					&& value.value().compareTo(r.high().value()) > 0));
	}

	/** Whether the result has something to read it against: an interpretation or a reference range. */
	public boolean isInterpretable() {
		return !interpretations.isEmpty() || !referenceRanges.isEmpty() || reading() != Reading.UNKNOWN;
	}

	/**
	 * Whether the observation is social history (FHIR observation category {@code social-history}: exposures,
	 * occupation, tobacco and alcohol use, living situation): what the patient has been through, not a test of the body.
	 */
	public boolean isSocialHistory() {
		return categories.stream()
			.flatMap(c -> c.codings().stream())
			.anyMatch(c -> OBSERVATION_CATEGORY.equals(c.system()) && "social-history".equals(c.code()));
	}

	public String display() {
		return code.display();
	}

}
