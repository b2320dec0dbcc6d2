package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.ObservationResult;
import org.secondopinion.assessment.picture.RecordedCondition;
import org.secondopinion.assessment.picture.Visit;

/**
 * The symptom records of a picture: Conditions, Encounter reasons and Observations coded with a symptom, and
 * Observations whose code says they record a symptom (LOINC 75325-1), whatever their value.
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

	SymptomRecords(CodeSet symptoms, List<String> symptomObservationCodes) {
		this.symptoms = symptoms;
		this.symptomObservationCodes = List.copyOf(symptomObservationCodes);
		this.definition = symptoms.describe() + " " + this.symptomObservationCodes;
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
		Memo memo = LAST.get();
		if (memo != null && memo.picture() == picture && memo.definition().equals(definition)) {
			return memo.records();
		}
		List<SymptomRecord> records = List.copyOf(collect(picture));
		LAST.set(new Memo(picture, definition, records));
		return records;
	}

	private record Memo(ClinicalPicture picture, String definition, List<SymptomRecord> records) {
	}

	private List<SymptomRecord> collect(ClinicalPicture picture) {
		List<SymptomRecord> records = new ArrayList<>();
		for (RecordedCondition condition : picture.conditions()) {
			Instant at = condition.recorded() != null ? condition.recorded() : condition.onset();
			if (at != null && !condition.refuted() && symptoms.matches(condition.code())) {
				records.add(new SymptomRecord(condition.reference(), condition.code(), at, condition.isActive()));
			}
		}
		for (ObservationResult observation : picture.observations()) {
			Concept symptom = symptomOf(observation);
			if (symptom != null && observation.isResult() && observation.effective() != null) {
				records.add(new SymptomRecord(observation.reference(), symptom, observation.effective(), true));
			}
		}
		for (Visit visit : picture.visits()) {
			if (visit.tookPlace() && visit.start() != null) {
				visit.reasonCodes()
					.stream()
					.filter(symptoms::matches)
					.forEach(reason -> records.add(new SymptomRecord(visit.reference(), reason, visit.start(), true)));
			}
		}
		records.sort(Comparator.comparing(SymptomRecord::at));
		return records;
	}

	/** Whether the observation records a symptom rather than measuring something. */
	boolean recordsSymptom(ObservationResult observation) {
		return symptomOf(observation) != null;
	}

	private @Nullable Concept symptomOf(ObservationResult observation) {
		if (symptoms.matches(observation.code())) {
			return observation.code();
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
