package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.ObservationResult;
import org.secondopinion.assessment.picture.RecordedCondition;
import org.secondopinion.assessment.picture.Visit;

/**
 * The symptom records of a picture: Conditions, Encounter reasons and Observations coded with a symptom, and
 * Observations whose code says they record a symptom (LOINC 75325-1), whatever their value; and a visit whose
 * reasonReference or diagnosis points to such a Condition or Observation, which records that symptom again on the
 * visit's date (EHRs that keep one problem-list entry for a symptom link each visit for it to that entry, with no
 * reason code of its own). A code the record itself
 * gives alongside a symptom code (a Condition coded SNOMED CT 91019004 and ICD-10-CM R20.2) is a symptom code on the
 * patient's other records too, which then carry both codings.
 * <p>
 * When it reads text ({@code readsText}), a concept with no code in a system the symptom set lists (text alone, or
 * local codes) that states symptoms by name ({@link StatedSymptoms}: "Palpitations", "Palpitations, dizziness") is a
 * record of each, carrying the codes the set gives that name; and a coded symptom whose words state one symptom
 * carries that name's codes too, so that an ICD-10-CM R00.2 "Palpitations", a SNOMED CT 80313002 and a visit reason
 * typed "Palpitations" are one symptom.
 */
final class SymptomRecords {

	/** One time a symptom was recorded. {@code active} is false for a symptom Condition no longer active. */
	record SymptomRecord(String reference, Concept symptom, Instant at, boolean active) {

		String name() {
			return symptom.display();
		}

		/** Same symptom: a shared (system, code), or the same words when neither is coded. */
		boolean sameSymptomAs(SymptomRecord other) {
			if (symptom.sharesCodeWith(other.symptom)) {
				return true;
			}
			return symptom.codings().isEmpty() && other.symptom.codings().isEmpty() && symptom.text() != null
					&& other.symptom.text() != null
					&& Phrases.normalise(symptom.text()).equals(Phrases.normalise(other.symptom.text()));
		}

	}

	private final CodeSet symptoms;

	private final List<String> symptomObservationCodes;

	private static final ThreadLocal<@Nullable Memo> LAST = new ThreadLocal<>();

	private final String definition;

	private final @Nullable StatedSymptoms stated;

	SymptomRecords(CodeSet symptoms, List<String> symptomObservationCodes) {
		this(symptoms, symptomObservationCodes, false);
	}

	SymptomRecords(CodeSet symptoms, List<String> symptomObservationCodes, boolean readsText) {
		this.symptoms = symptoms;
		this.symptomObservationCodes = List.copyOf(symptomObservationCodes);
		this.stated = readsText ? new StatedSymptoms(symptoms.namedConcepts()) : null;
		this.definition = symptoms.describe() + " " + this.symptomObservationCodes + (readsText ? " text" : "");
	}

	boolean isSymptom(Concept concept) {
		return symptoms.matches(concept);
	}

	/**
	 * The symptom records of the picture. Two rules read them from the same picture one after the other: the last
	 * result is kept per thread and reused when the picture and the definition (value set content and observation
	 * codes) are the same.
	 */
	List<SymptomRecord> of(ClinicalPicture picture) {
		return memo(picture).records();
	}

	private Memo memo(ClinicalPicture picture) {
		Memo memo = LAST.get();
		if (memo != null && memo.picture() == picture && memo.definition().equals(definition)) {
			return memo;
		}
		Map<String, List<CodedConcept>> alongside = alongsideSymptoms(picture);
		memo = new Memo(picture, definition, List.copyOf(collect(picture, alongside)), alongside);
		LAST.set(memo);
		return memo;
	}

	private record Memo(ClinicalPicture picture, String definition, List<SymptomRecord> records,
			Map<String, List<CodedConcept>> alongside) {
	}

	/**
	 * Every coding the picture's records give together with a symptom code, with the codings given with it: the EHR's
	 * own statement that, for instance, SNOMED CT 91019004 is the symptom ICD-10-CM R20.2.
	 */
	private Map<String, List<CodedConcept>> alongsideSymptoms(ClinicalPicture picture) {
		List<Concept> concepts = new ArrayList<>();
		picture.conditions().stream().filter(c -> !c.refuted()).forEach(c -> concepts.add(c.code()));
		picture.observations().forEach(o -> concepts.add(o.code()));
		picture.visits().forEach(v -> concepts.addAll(v.reasonCodes()));
		Map<String, Set<CodedConcept>> alongside = new HashMap<>();
		for (Concept concept : concepts) {
			if (concept.codings().size() > 1 && symptoms.matches(concept)) {
				for (CodedConcept coding : concept.codings()) {
					alongside.computeIfAbsent(key(coding), k -> new LinkedHashSet<>()).addAll(concept.codings());
				}
			}
		}
		Map<String, List<CodedConcept>> lists = new HashMap<>();
		alongside.forEach((code, codings) -> lists.put(code, List.copyOf(codings)));
		return lists;
	}

	private static String key(CodedConcept coding) {
		return coding.system() + "|" + coding.code();
	}

	/**
	 * The concept as a symptom: itself when the value set has it, else with the codings given alongside a symptom
	 * code elsewhere in the record added, else {@code null}.
	 */
	private @Nullable Concept asSymptom(Concept concept, Map<String, List<CodedConcept>> alongside) {
		List<Concept> found = asSymptoms(concept, alongside);
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * The symptoms the concept records: itself when the value set has it (with the codes of the one symptom its
	 * words state, when text is read), else with the codings given alongside a symptom code elsewhere in the record
	 * added, else, when text is read and no code of it is one the set judges, each symptom its words state.
	 */
	private List<Concept> asSymptoms(Concept concept, Map<String, List<CodedConcept>> alongside) {
		if (symptoms.matches(concept)) {
			if (stated != null) {
				List<String> names = statedIn(concept);
				if (names.size() == 1) {
					return List.of(withCodings(concept, stated.codings(names.get(0)), alongside));
				}
			}
			return List.of(concept);
		}
		// with nothing given alongside a symptom code in the record, no coding can be added
		Concept paired = alongside.isEmpty() ? concept : withCodings(concept, List.of(), alongside);
		if (paired.codings().size() > concept.codings().size()) {
			return List.of(paired);
		}
		if (stated == null || symptoms.judgesByCode(concept)) {
			return List.of();
		}
		List<Concept> found = new ArrayList<>();
		for (String name : statedIn(concept)) {
			List<CodedConcept> codings = new ArrayList<>(concept.codings());
			codings.addAll(stated.codings(name));
			found.add(withCodings(new Concept(codings, concept.text() != null ? concept.text() : stated.written(name)),
					List.of(), alongside));
		}
		return found;
	}

	/** The names of the symptoms the concept's text states, else its displays. */
	private List<String> statedIn(Concept concept) {
		StatedSymptoms reader = stated;
		if (reader == null) {
			return List.of();
		}
		for (String words : concept.words()) {
			List<String> names = reader.in(words);
			if (!names.isEmpty()) {
				return names;
			}
		}
		return List.of();
	}

	/** The concept with the codings added, and every coding the record gives alongside one of them. */
	private static Concept withCodings(Concept concept, List<CodedConcept> more,
			Map<String, List<CodedConcept>> alongside) {
		Set<CodedConcept> codings = new LinkedHashSet<>(concept.codings());
		codings.addAll(more);
		for (CodedConcept coding : List.copyOf(codings)) {
			codings.addAll(alongside.getOrDefault(key(coding), List.of()));
		}
		return codings.size() == concept.codings().size() ? concept : new Concept(List.copyOf(codings), concept.text());
	}

	private List<SymptomRecord> collect(ClinicalPicture picture, Map<String, List<CodedConcept>> alongside) {
		List<SymptomRecord> records = new ArrayList<>();
		for (RecordedCondition condition : picture.conditions()) {
			Instant at = condition.recorded() != null ? condition.recorded() : condition.onset();
			if (at != null && !condition.refuted()) {
				for (Concept symptom : asSymptoms(condition.code(), alongside)) {
					records.add(new SymptomRecord(condition.reference(), symptom, at, condition.isActive()));
				}
			}
		}
		for (ObservationResult observation : picture.observations()) {
			Concept symptom = symptomOf(observation, alongside);
			if (symptom != null && observation.isResult() && observation.effective() != null) {
				records.add(new SymptomRecord(observation.reference(), symptom, observation.effective(), true));
			}
		}
		StatedSymptoms own = ownNames(records);
		if (own != null) {
			for (RecordedCondition condition : picture.conditions()) {
				Instant at = condition.recorded() != null ? condition.recorded() : condition.onset();
				if (at != null && !condition.refuted() && asSymptoms(condition.code(), alongside).isEmpty()) {
					for (Concept symptom : namedBy(own, condition.code())) {
						records.add(new SymptomRecord(condition.reference(), symptom, at, condition.isActive()));
					}
				}
			}
		}
		Map<String, List<SymptomRecord>> referenced = referencedSymptoms(records, picture);
		for (Visit visit : picture.visits()) {
			if (visit.tookPlace() && visit.start() != null) {
				for (Concept reason : visit.reasonCodes()) {
					List<Concept> symptoms = asSymptoms(reason, alongside);
					for (Concept symptom : symptoms.isEmpty() && own != null ? namedBy(own, reason) : symptoms) {
						records.add(new SymptomRecord(visit.reference(), symptom, visit.start(), true));
					}
				}
				visit.reasonReferences()
					.stream()
					.distinct()
					.flatMap(r -> referenced.getOrDefault(r, List.of()).stream())
					.forEach(r -> records.add(new SymptomRecord(visit.reference(), r.symptom(), visit.start(),
							r.active())));
			}
		}
		records.sort(Comparator.comparing(SymptomRecord::at));
		return records;
	}

	/**
	 * The names the record's own coded symptoms go by (their displays and texts: "Hip pain" for a Condition coded
	 * ICD-10-CM M25.552 and SNOMED CT 49218002), read as {@link StatedSymptoms} reads the value set's names, so that a
	 * visit reason or a problem typed "Left hip pain" is that symptom again although the value set gives no such name;
	 * {@code null} when reading text is off or the record codes no symptom.
	 */
	private @Nullable StatedSymptoms ownNames(List<SymptomRecord> records) {
		if (stated == null) {
			return null;
		}
		Map<String, List<CodedConcept>> names = new HashMap<>();
		for (SymptomRecord record : records) {
			if (!record.symptom().codings().isEmpty()) {
				for (String words : record.symptom().words()) {
					names.computeIfAbsent(words, w -> new ArrayList<>()).addAll(record.symptom().codings());
				}
			}
		}
		return names.isEmpty() ? null : new StatedSymptoms(names);
	}

	/** The symptoms the concept's words name among the record's own symptoms, with their codes; none when coded. */
	private List<Concept> namedBy(StatedSymptoms own, Concept concept) {
		if (symptoms.judgesByCode(concept)) {
			return List.of();
		}
		List<Concept> found = new ArrayList<>();
		for (String words : concept.words()) {
			for (String name : own.in(words)) {
				List<CodedConcept> codings = new ArrayList<>(concept.codings());
				own.codings(name).stream().filter(c -> !codings.contains(c)).forEach(codings::add);
				found.add(new Concept(codings, concept.text() != null ? concept.text() : own.written(name)));
			}
			if (!found.isEmpty()) {
				break;
			}
		}
		return found;
	}

	/**
	 * The symptom records of Conditions and Observations by their unversioned reference ({@code Condition/7}), as a
	 * visit points to what it was for (reasonReference) or what it diagnosed (diagnosis.condition): a visit for a
	 * symptom Condition records that symptom on the visit's date, active as long as the Condition is.
	 */
	private static Map<String, List<SymptomRecord>> referencedSymptoms(List<SymptomRecord> records,
			ClinicalPicture picture) {
		// only the records' own references are looked up: not a string for each of the picture's results
		Set<String> recorded = new HashSet<>();
		records.forEach(r -> recorded.add(r.reference()));
		Map<String, String> plain = new HashMap<>();
		picture.conditions().forEach(c -> {
			if (recorded.contains(c.reference())) {
				plain.put(c.reference(), c.plainReference());
			}
		});
		picture.observations().forEach(o -> {
			if (recorded.contains(o.reference())) {
				plain.put(o.reference(), "Observation/" + o.id());
			}
		});
		Map<String, List<SymptomRecord>> referenced = new HashMap<>();
		for (SymptomRecord record : records) {
			String reference = plain.get(record.reference());
			if (reference != null) {
				referenced.computeIfAbsent(reference, k -> new ArrayList<>()).add(record);
			}
		}
		return referenced;
	}

	/** Whether the observation, in this picture, records a symptom rather than measuring something. */
	boolean recordsSymptom(ClinicalPicture picture, ObservationResult observation) {
		return symptomOf(observation, memo(picture).alongside()) != null;
	}

	private @Nullable Concept symptomOf(ObservationResult observation, Map<String, List<CodedConcept>> alongside) {
		Concept symptom = asSymptom(observation.code(), alongside);
		if (symptom != null) {
			return symptom;
		}
		if (!Codes.listed(observation.code(), symptomObservationCodes)) {
			return null;
		}
		if (observation.valueCode() != null && !observation.valueCode().isEmpty()) {
			return observation.valueCode();
		}
		return observation.valueText() == null ? observation.code() : new Concept(List.of(), observation.valueText());
	}

	/** Groups the records by symptom, each group in time order. */
	static List<List<SymptomRecord>> bySymptom(List<SymptomRecord> records) {
		List<List<SymptomRecord>> groups = new ArrayList<>();
		for (SymptomRecord record : records) {
			List<SymptomRecord> group = groups.stream()
				.filter(g -> g.stream().anyMatch(r -> r.sameSymptomAs(record)))
				.findFirst()
				.orElse(null);
			if (group == null) {
				group = new ArrayList<>();
				groups.add(group);
			}
			group.add(record);
		}
		return groups;
	}

}
