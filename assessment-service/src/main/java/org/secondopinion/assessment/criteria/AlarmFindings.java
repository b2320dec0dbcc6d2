package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.ValueSet;
import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.DiagnosticFinding;
import org.secondopinion.assessment.picture.ObservationResult;
import org.secondopinion.assessment.picture.RecordedCondition;
import org.secondopinion.assessment.picture.Visit;
import org.springframework.core.io.Resource;

/**
 * Red-flag findings: those a localised or minor diagnosis cannot explain (bulbar symptoms, upper motor neurone
 * signs, unintended weight loss, haematemesis…), read from one value set. A record is such a finding when its code
 * is in the set, or, when it carries no code of a standard terminology, when its text names one of the set's
 * concepts (their displays and designations), not negated: an uncoded Condition or visit reason ("Slurred speech"), an
 * examination Observation whose name or value says it ("Fasciculations", "visible in both forearms").
 */
final class AlarmFindings {

	private static final Set<String> STANDARD_SYSTEMS = Set.of("http://snomed.info/sct", CodePrefix.ICD10_CM,
			"http://hl7.org/fhir/sid/icd-10", "http://loinc.org");

	/** A value or clause saying the finding is not there: "none", "absent", "not seen", "negative"… */
	private static final Pattern ABSENT = Pattern.compile(
			"(?<![\\p{L}])(none|nil|absent|not (seen|present|elicited|found)|negative|normal|no|denies|denied|resolved|unchanged|free)(?![\\p{L}])");

	private static final Pattern CLAUSES = Pattern.compile("[.;,:]|\\bbut\\b");

	private final CodeSet codes;

	private final Phrases words;

	/** Each listed concept with the words that name it, to give an uncoded record the code the map reads. */
	private final java.util.Map<CodedConcept, Phrases> named;

	private AlarmFindings(CodeSet codes, Phrases words, java.util.Map<CodedConcept, Phrases> named) {
		this.codes = codes;
		this.words = words;
		this.named = named;
	}

	static AlarmFindings load(FhirContext fhir, Resource file) {
		CodeSet codes = CodeSet.load(fhir, file);
		try (InputStream in = file.getInputStream()) {
			ValueSet valueSet = fhir.newJsonParser()
				.parseResource(ValueSet.class, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			Set<String> terms = new LinkedHashSet<>();
			java.util.Map<CodedConcept, Phrases> named = new java.util.LinkedHashMap<>();
			for (ValueSet.ConceptSetComponent include : valueSet.getCompose().getInclude()) {
				for (ValueSet.ConceptReferenceComponent concept : include.getConcept()) {
					Set<String> own = new LinkedHashSet<>();
					if (concept.hasDisplay()) {
						own.add(concept.getDisplay());
					}
					concept.getDesignation().forEach(d -> own.add(d.getValue()));
					terms.addAll(own);
					named.put(new CodedConcept(include.getSystem(), concept.getCode(), concept.getDisplay()),
							new Phrases(List.copyOf(own)));
				}
			}
			return new AlarmFindings(codes, new Phrases(List.copyOf(terms)), named);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read value set " + file.getDescription(), ex);
		}
	}

	CodeSet codes() {
		return codes;
	}

	/** Whether the concept is a red-flag finding: by its code, or, uncoded, by its words. */
	boolean isAlarm(Concept concept) {
		if (codes.matches(concept)) {
			return true;
		}
		return !standardCoded(concept) && named(concept.text());
	}

	/** Every red-flag finding of the picture, in time order, whoever recorded it. */
	List<SymptomRecords.SymptomRecord> of(ClinicalPicture picture) {
		List<SymptomRecords.SymptomRecord> records = new ArrayList<>();
		for (RecordedCondition condition : picture.conditions()) {
			Instant at = condition.recorded() != null ? condition.recorded() : condition.onset();
			if (at != null && !condition.refuted() && isAlarm(condition.code())) {
				records.add(new SymptomRecords.SymptomRecord(condition.reference(), coded(condition.code()), at,
						condition.isActive()));
			}
		}
		for (Visit visit : picture.visits()) {
			if (visit.tookPlace() && visit.start() != null) {
				visit.reasonCodes()
					.stream()
					.filter(this::isAlarm)
					.forEach(r -> records.add(new SymptomRecords.SymptomRecord(visit.reference(), coded(r), visit.start(),
							true)));
			}
		}
		for (DiagnosticFinding report : picture.reports()) {
			if (report.isReport() && report.effective() != null) {
				Concept finding = concluded(report);
				if (finding != null) {
					records.add(new SymptomRecords.SymptomRecord(report.reference(), coded(finding), report.effective(),
							true));
				}
			}
		}
		for (ObservationResult observation : picture.observations()) {
			if (observation.isResult() && observation.effective() != null) {
				Concept finding = observed(observation);
				if (finding != null) {
					records.add(new SymptomRecords.SymptomRecord(observation.reference(), coded(finding),
							observation.effective(), true));
				}
			}
		}
		records.sort(Comparator.comparing(SymptomRecords.SymptomRecord::at));
		return records;
	}

	/**
	 * The finding an Observation records as present: its coded value (a LOINC 75325-1 symptom, say), its own code with
	 * a value that does not deny it, or for an uncoded examination its name or value text; else {@code null}.
	 */
	private @Nullable Concept observed(ObservationResult observation) {
		Concept value = observation.valueCode();
		if (value != null && !value.codings().isEmpty() && codes.matches(value)) {
			return value;
		}
		// a value in words alone (a string, or a CodeableConcept with text only) is read clause by clause
		String words = observation.valueText() != null ? observation.valueText()
				: value != null && value.codings().isEmpty() ? value.text() : null;
		// the reading, which takes longer, only for a result that would record a finding: most record none
		Concept finding = named(observation, words);
		if (finding == null || observation.reading() == ObservationResult.Reading.NORMAL
				|| denies(observation.valueText())) {
			return null;
		}
		return finding;
	}

	/** The finding an Observation's code or words name, whatever its value reads. */
	private @Nullable Concept named(ObservationResult observation, @Nullable String words) {
		if (codes.matches(observation.code())) {
			return observation.code();
		}
		if (standardCoded(observation.code())) {
			// an ECG or imaging study coded in LOINC reports its findings in words: "new 1 mm ST depression V4-V6"
			return words != null && reportLike(observation) && named(words) ? new Concept(List.of(), words) : null;
		}
		if (named(observation.code().text()) || observation.code().codings().stream().map(CodedConcept::display)
			.anyMatch(this::named)) {
			return observation.code();
		}
		if (named(words)) {
			return new Concept(List.of(), words);
		}
		return null;
	}

	/**
	 * The finding a DiagnosticReport concludes: a coded conclusion in the set, else its conclusion text when a clause
	 * names a finding and does not deny it ("Mild pancytopenia. Smear pending."); else {@code null}.
	 */
	private @Nullable Concept concluded(DiagnosticFinding report) {
		for (Concept code : report.conclusionCodes()) {
			if (codes.matches(code)) {
				return code;
			}
		}
		return named(report.conclusion()) ? new Concept(List.of(), report.conclusion()) : null;
	}

	/**
	 * Whether an Observation is an examination or study that reports in words (an ECG, an imaging study, an
	 * examination): its category says so (imaging, procedure, exam), or its name does.
	 */
	private static boolean reportLike(ObservationResult observation) {
		boolean category = observation.categories()
			.stream()
			.flatMap(c -> c.codings().stream())
			.anyMatch(c -> REPORT_CATEGORIES.contains(c.code()));
		return category || observation.code().words().stream().anyMatch(AlarmFindings::namesReport);
	}

	/** Whether the words name an examination or study; remembered, as results repeat a few hundred code names. */
	private static boolean namesReport(String words) {
		Boolean names = REPORT_WORDS.get(words);
		if (names == null) {
			names = REPORT_NAMES.matcher(words).find();
			if (REPORT_WORDS.size() < 10_000) {
				REPORT_WORDS.put(words, names);
			}
		}
		return names;
	}

	private static final java.util.Map<String, Boolean> REPORT_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

	private static final Set<String> REPORT_CATEGORIES = Set.of("imaging", "procedure", "exam");

	private static final Pattern REPORT_NAMES = Pattern.compile(
			"\\b(ecg|ekg|electrocardiogra\\w*|echocardiogra\\w*|x-?ray|radiograph\\w*|ct|computed tomography|mri|"
					+ "magnetic resonance|ultraso\\w*|sonogra\\w*|mammogra\\w*|scan|imaging|impression|narrative)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The concept with the code of the finding its words name added, when it carries none the map reads ("Slurred
	 * speech" becomes SNOMED CT 8011004 Dysarthria, which a motor neurone disease explains).
	 */
	private Concept coded(Concept concept) {
		if (codes.firstMatch(concept.codings()).isPresent()) {
			return concept;
		}
		// a concept the set's names already match keeps its own words as its name ("Slurred speech")
		boolean byName = codes.matches(concept);
		List<String> texts = new ArrayList<>();
		if (concept.text() != null) {
			texts.add(concept.text());
		}
		concept.codings().stream().map(CodedConcept::display).filter(d -> d != null).forEach(texts::add);
		for (var entry : named.entrySet()) {
			if (texts.stream().anyMatch(t -> entry.getValue().find(t).isPresent())) {
				List<CodedConcept> codings = new ArrayList<>(concept.codings());
				// the code the words name, so that the map can explain it
				codings.add(byName ? new CodedConcept(entry.getKey().system(), entry.getKey().code(), null) : entry.getKey());
				return new Concept(codings, concept.text());
			}
		}
		return concept;
	}

	/**
	 * Whether the concept is one this reader gave a code from its words: its text, and that one code alone, without a
	 * display.
	 */
	boolean fromWords(Concept concept) {
		return concept.text() != null && concept.codings().size() == 1 && concept.codings().get(0).display() == null
				&& named.keySet().stream().anyMatch(k -> k.sameCodeAs(concept.codings().get(0)));
	}

	/** A clause of the text names a finding and says nothing of its absence ("fasciculations absent"). */
	private boolean named(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		for (String clause : CLAUSES.split(Phrases.normalise(text))) {
			if (words.find(clause).isPresent() && !ABSENT.matcher(clause).find()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The words of a red-flag finding that an uncoded concept's text names in a clause that does not deny it ("fever"
	 * in "Leg pain, fever"), to name the finding rather than the whole text.
	 */
	Optional<String> phrase(Concept concept) {
		if (concept.text() == null || concept.text().isBlank()) {
			return Optional.empty();
		}
		for (String clause : CLAUSES.split(Phrases.normalise(concept.text()))) {
			if (ABSENT.matcher(clause).find()) {
				continue;
			}
			for (var entry : named.entrySet()) {
				if (entry.getValue().find(clause).isPresent()) {
					return Optional.ofNullable(entry.getKey().display());
				}
			}
		}
		return Optional.empty();
	}

	private static boolean denies(@Nullable String value) {
		return value != null && !value.isBlank() && ABSENT.matcher(CLAUSES.split(Phrases.normalise(value))[0]).find();
	}

	private static boolean standardCoded(Concept concept) {
		return concept.codings().stream().anyMatch(c -> STANDARD_SYSTEMS.contains(c.system()));
	}

	String describe() {
		return codes.describe();
	}

}
