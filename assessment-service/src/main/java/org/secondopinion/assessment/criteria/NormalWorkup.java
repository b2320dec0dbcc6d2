package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.ObservationResult;
import org.secondopinion.assessment.picture.RecordedCondition;

/**
 * A symptom recorded on at least three dates over at least eight weeks and still recorded lately (or still an active
 * problem at a recent visit), every diagnostic
 * test since it was first recorded normal (at least one), and no diagnosis that explains it: active, or made since.
 * Social history (an exposure screening "positive" for burn pits, a smoking status) is not a test of the body and does
 * not count either way.
 */
final class NormalWorkup {

	private final SymptomRecords symptoms;

	private final Explanations explanations;

	private final PersistentSymptomsSettings settings;

	NormalWorkup(SymptomRecords symptoms, Explanations explanations, PersistentSymptomsSettings settings) {
		this.symptoms = symptoms;
		this.explanations = explanations;
		this.settings = settings;
	}

	List<Part> find(ClinicalPicture picture, Instant now) {
		List<Part> parts = new ArrayList<>();
		for (List<SymptomRecords.SymptomRecord> group : SymptomRecords.bySymptom(symptoms.of(picture))) {
			SymptomRecords.SymptomRecord first = group.get(0);
			SymptomRecords.SymptomRecord last = group.get(group.size() - 1);
			long dates = group.stream().map(r -> LocalDate.ofInstant(r.at(), ZoneOffset.UTC)).distinct().count();
			Duration span = Duration.between(first.at(), last.at());
			if (dates < settings.minimumDates() || span.compareTo(settings.minimumSpan()) < 0 || !last.active()
					|| !ongoing(picture, group, now, settings.ongoingWithin())) {
				continue;
			}
			List<ObservationResult> tests = picture.observations()
				.stream()
				.filter(o -> o.isResult() && o.effective() != null && !o.effective().isBefore(first.at())
						&& !o.effective().isAfter(now) && !symptoms.recordsSymptom(picture, o) && !o.isSocialHistory()
						&& o.isInterpretable())
				.toList();
			boolean abnormal = tests.stream().anyMatch(o -> o.reading() == ObservationResult.Reading.ABNORMAL);
			List<ObservationResult> normal = tests.stream()
				.filter(o -> o.reading() == ObservationResult.Reading.NORMAL)
				.toList();
			if (abnormal || normal.size() < settings.minimumNormalTests() || explained(picture, group, first.at())) {
				continue;
			}
			parts.add(part(group, dates, span, normal));
		}
		return parts;
	}

	/**
	 * Still going on: recorded within {@code ongoing-within}, or still an active problem on the list when the patient
	 * was last seen, within that time (the episodes "continue" at a visit typed "Persistent episodes", the problem
	 * "Numbness" still active).
	 */
	private static boolean ongoing(ClinicalPicture picture, List<SymptomRecords.SymptomRecord> group, Instant now,
			Duration within) {
		Instant since = now.minus(within);
		if (!group.get(group.size() - 1).at().isBefore(since)) {
			return true;
		}
		boolean listed = group.stream().anyMatch(r -> r.active() && r.reference().startsWith("Condition/"));
		return listed && picture.visits()
			.stream()
			.anyMatch(v -> v.tookPlace() && v.start() != null && !v.start().isBefore(since) && !v.start().isAfter(now));
	}

	/**
	 * Explained by a diagnosis that is active, or was made since the symptom began, and that explains the symptom as
	 * any of its records codes it. A condition coded as a symptom is a diagnosis through its other codings only: "low
	 * back pain" sent with M47.816 lumbar spondylosis is explained by the spondylosis it names.
	 */
	private boolean explained(ClinicalPicture picture, List<SymptomRecords.SymptomRecord> group, Instant began) {
		for (RecordedCondition condition : picture.conditions()) {
			Instant noted = condition.firstNoted();
			boolean current = condition.isActive() || (noted != null && !noted.isBefore(began));
			Concept diagnosis = symptoms.isSymptom(condition.code()) ? diagnosisCodings(condition.code())
					: condition.code();
			if (!condition.refuted() && current && !diagnosis.codings().isEmpty()
					&& group.stream().anyMatch(r -> explanations.explains(diagnosis, r.symptom()))) {
				return true;
			}
		}
		return false;
	}

	/** The codings of a concept that are no symptom, without its text. */
	private Concept diagnosisCodings(Concept concept) {
		return new Concept(concept.codings()
			.stream()
			.filter(coding -> !symptoms.isSymptom(new Concept(List.of(coding), null)))
			.toList(), null);
	}

	private static Part part(List<SymptomRecords.SymptomRecord> group, long dates, Duration span,
			List<ObservationResult> normal) {
		String name = group.get(group.size() - 1).name();
		String clause = "the symptom " + Wording.lower(name) + " was recorded on " + dates + " dates over " + span.toDays() / 7 + " weeks (since "
				+ Wording.day(group.get(0).at()) + "), " + (normal.size() == 1 ? "the only test" : "all "
						+ normal.size() + " tests")
				+ " since " + (normal.size() == 1 ? "was" : "were") + " normal and no diagnosis explains it";
		List<Evidence> evidence = new ArrayList<>();
		group.forEach(r -> add(evidence, r.reference(), r.name()));
		normal.forEach(o -> add(evidence, o.reference(), o.display() + " normal"));
		List<String> problems = new ArrayList<>();
		group.forEach(r -> r.symptom().codings().forEach(c -> problems.add(c.system() + "|" + c.code())));
		return new Part(clause, evidence, problems.stream().distinct().toList());
	}

	static void add(List<Evidence> evidence, String reference, String display) {
		if (evidence.stream().noneMatch(e -> e.reference().equals(reference))) {
			evidence.add(new Evidence(reference, display));
		}
	}

}
