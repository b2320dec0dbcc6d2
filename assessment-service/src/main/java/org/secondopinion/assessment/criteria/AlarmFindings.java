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
import java.util.Set;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.ValueSet;
import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
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
			"(?<![\\p{L}])(none|nil|absent|not (seen|present|elicited|found)|negative|normal|no|denies|denied|resolved|free)(?![\\p{L}])");

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
		if (value != null && codes.matches(value)) {
			return value;
		}
		if (observation.reading() == ObservationResult.Reading.NORMAL || denies(observation.valueText())) {
			return null;
		}
		if (codes.matches(observation.code())) {
			return observation.code();
		}
		if (standardCoded(observation.code())) {
			return null;
		}
		if (named(observation.code().text()) || observation.code().codings().stream().map(CodedConcept::display)
			.anyMatch(this::named)) {
			return observation.code();
		}
		if (named(observation.valueText())) {
			return new Concept(List.of(), observation.valueText());
		}
		return null;
	}

	/**
	 * The concept with the code of the finding its words name added, when it carries none the map reads ("Slurred
	 * speech" becomes SNOMED CT 8011004 Dysarthria, which a motor neurone disease explains).
	 */
	private Concept coded(Concept concept) {
		if (codes.matches(concept)) {
			return concept;
		}
		List<String> texts = new ArrayList<>();
		if (concept.text() != null) {
			texts.add(concept.text());
		}
		concept.codings().stream().map(CodedConcept::display).filter(d -> d != null).forEach(texts::add);
		for (var entry : named.entrySet()) {
			if (texts.stream().anyMatch(t -> entry.getValue().find(t).isPresent())) {
				List<CodedConcept> codings = new ArrayList<>(concept.codings());
				codings.add(entry.getKey());
				return new Concept(codings, concept.text());
			}
		}
		return concept;
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
