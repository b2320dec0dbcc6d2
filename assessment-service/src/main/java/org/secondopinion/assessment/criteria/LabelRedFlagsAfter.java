package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.ObservationResult;
import org.secondopinion.assessment.picture.RecordedCondition;

/**
 * The red flags that followed a label given by exclusion (growing pains, then a limp and low counts; irritable bowel,
 * then a raised calprotectin), for DIAGNOSIS_SYMPTOM_MISMATCH.
 */
final class LabelRedFlagsAfter {

	private final MismatchSettings settings;

	private final Explanations explanations;

	private final AlarmFindings alarmFindings;

	private final MismatchDiagnoses diagnoses;

	LabelRedFlagsAfter(MismatchSettings settings, Explanations explanations, AlarmFindings alarmFindings,
			MismatchDiagnoses diagnoses) {
		this.settings = settings;
		this.explanations = explanations;
		this.alarmFindings = alarmFindings;
		this.diagnoses = diagnoses;
	}

	/**
	 * The red flags of a label given by exclusion that followed it (after the day it was given, within
	 * {@code recent-within}, or earlier but within {@code diagnosed-within} when the label was carried on at a visit
	 * for it after the red flag and within {@code recent-within}, the red flag not having cleared since: a finding
	 * still active, a test not read normal on a later day): its own findings and the red-flag findings of every label,
	 * and the abnormal results the table lists for it, at least the label's minimum of different ones. Left alone when
	 * an active diagnosis explains the finding or the result (by the map, or the table's diagnoses for that test),
	 * when a malignancy is active, or when a diagnosis (other than a catch-all, another label or one of this label's
	 * red-flag findings) was made after the label: the work-up may have found the cause. A test the table marks
	 * {@code weak} (a raised CRP after a chronic fatigue label) counts towards the minimum but is never enough alone;
	 * the table's age at the label (dyspepsia new at 60 or over) counts as one more red flag, never alone.
	 */
	Optional<Part> labelRedFlagsSince(ClinicalPicture picture, RecordedCondition diagnosis, Instant made,
			LabelRedFlags.Label label, List<RecordedCondition> active, List<SymptomRecords.SymptomRecord> alarms,
			List<NoteRedFlags.NoteFinding> notes, Instant now) {
		if (active.stream().anyMatch(c -> MismatchDiagnoses.malignant(c.code()))) {
			return Optional.empty();
		}
		Instant after = made.plus(Duration.ofDays(1));
		Instant recent = now.minus(settings.recentWithin());
		Instant carriedOn = now.minus(settings.diagnosedWithin());
		List<Evidence> evidence = new ArrayList<>();
		List<String> names = new ArrayList<>();
		java.util.Set<String> weak = new java.util.HashSet<>();
		List<SymptomRecords.SymptomRecord> counted = new ArrayList<>();
		List<Instant> seen = new ArrayList<>();
		for (SymptomRecords.SymptomRecord record : UnexplainedFindings.union(label.findings().of(picture), alarms)) {
			if (!record.at().isBefore(after) && !label.tooLateAfter(made, record.at())
					&& (!record.at().isBefore(recent) || record.active() && !record.at().isBefore(carriedOn)
							&& carriedOnAfter(picture, diagnosis, label, record.at(), recent))
					&& !record.reference().equals(diagnosis.reference())
					&& active.stream().noneMatch(c -> explanations.explains(c.code(), record.symptom()))) {
				NormalWorkup.add(evidence, record.reference(), record.name());
				names.add(MismatchWording.findingName(record.symptom(), label.findings(), alarmFindings));
				counted.add(record);
				seen.add(record.at());
			}
		}
		for (NoteRedFlags.NoteFinding note : notes) {
			Instant at = note.at();
			if (notFor(note.entry(), label) || !(label.findings().codes().matches(note.finding())
					|| alarmFindings.codes().matches(note.finding())) || at.isBefore(after) || label.tooLateAfter(made, at)
					|| at.isBefore(recent) && (at.isBefore(carriedOn) || !carriedOnAfter(picture, diagnosis, label, at, recent))
					|| active.stream().anyMatch(c -> explanations.explains(c.code(), note.finding()))) {
				continue;
			}
			NormalWorkup.add(evidence, note.reference(), note.excerpt());
			seen.add(at);
			// written and coded, it is one red flag: named as the coded record is
			names.add(counted.stream()
				.filter(r -> sameFinding(note.entry(), r.symptom()))
				.findFirst()
				.map(r -> MismatchWording.findingName(r.symptom(), label.findings(), alarmFindings))
				.orElseGet(() -> MismatchWording.plain(note.finding())));
		}
		for (ObservationResult result : picture.observations()) {
			Instant at = result.effective();
			if (at == null || at.isBefore(after) || at.isBefore(carriedOn) || label.tooLateAfter(made, at)) {
				continue;
			}
			label.results()
				.stream()
				.filter(r -> r.row().flags(result) && r.row().appliesAt(picture, at))
				.filter(r -> !at.isBefore(recent) || carriedOnAfter(picture, diagnosis, label, at, recent)
						&& !readNormalLater(picture, r.row(), at))
				.filter(r -> active.stream()
					.noneMatch(c -> r.accountedForBy(c.code()) || explanations.explains(c.code(), result.code())))
				.findFirst()
				.ifPresent(r -> {
					LabelRedFlags.ResultRow row = r.row();
					NormalWorkup.add(evidence, result.reference(),
							result.display() + (result.value() == null ? "" : " " + result.value()));
					String named = (result.readsLow() ? "low " : result.readsHigh() || !"abnormal".equals(row.reads()) ? "high "
							: "abnormal ") + row.name();
					names.add(named);
					seen.add(at);
					if (row.isWeak()) {
						weak.add(named);
					}
				});
		}
		List<String> distinct = names.stream().distinct().toList();
		// the age at the label counts as one red flag, never alone (the table asks two or more of such a label)
		OptionalInt age = label.ageAtLabel() == null ? OptionalInt.empty() : LabelRedFlags.ageAt(picture, made);
		boolean old = age.isPresent() && age.getAsInt() >= label.ageAtLabel().atLeast();
		int count = distinct.size() + (old ? 1 : 0);
		boolean strong = distinct.stream().anyMatch(n -> !weak.contains(n));
		if (distinct.isEmpty() || count < label.minimumRedFlags() || !strong && count < 2
				|| diagnoses.laterCause(picture, diagnosis, made, label, java.util.Collections.min(seen))) {
			return Optional.empty();
		}
		evidence.add(0, new Evidence(diagnosis.reference(), diagnosis.display()));
		String clause = Wording.list(distinct) + " followed " + MismatchWording.plain(diagnosis.code()) + ", diagnosed on "
				+ Wording.day(made) + (old ? " at the age of " + age.getAsInt() : "") + ", which does not explain "
				+ (distinct.size() == 1 ? "it" : "them") + " (" + label.rests()
				+ (old ? ", and " + label.ageAtLabel().name() + " is a red flag of its own" : "") + ")";
		return Optional.of(new Part(clause, evidence, MismatchWording.problems(diagnosis)));
	}

	private static boolean notFor(NoteRedFlags.Entry entry, LabelRedFlags.Label label) {
		return entry.notFor() != null && entry.notFor().contains(label.name());
	}

	/** Whether a coded record is the finding a note states: one of its codes, an ICD-10-CM code by its prefix. */
	static boolean sameFinding(NoteRedFlags.Entry entry, org.secondopinion.assessment.picture.Concept coded) {
		List<String> same = entry.sameAs() == null ? List.of(entry.code()) : entry.sameAs();
		return coded.codings().stream().anyMatch(c -> same.stream().anyMatch(s -> {
			int bar = s.indexOf('|');
			String system = s.substring(0, bar);
			String code = s.substring(bar + 1);
			return system.equals(c.system()) && (code.equals(c.code())
					|| CodePrefix.ICD10_CM.equals(system) && c.code() != null && c.code().startsWith(code));
		}));
	}

	/**
	 * Whether the label was carried on after a red flag: a visit for it (by reference, by code, or uncoded by its
	 * name) took place, or a current note restated it, after the red flag's day and within {@code recent-within}.
	 */
	private boolean carriedOnAfter(ClinicalPicture picture, RecordedCondition diagnosis, LabelRedFlags.Label label,
			Instant redFlag, Instant recent) {
		Instant dayAfter = redFlag.plus(Duration.ofDays(1));
		Instant from = dayAfter.isAfter(recent) ? dayAfter : recent;
		return picture.visits()
			.stream()
			.filter(v -> v.tookPlace() && v.start() != null && !v.start().isBefore(from))
			.anyMatch(v -> v.reasonReferences().contains(diagnosis.plainReference())
					|| v.reasonCodes().stream().anyMatch(r -> r.sharesCodeWith(diagnosis.code())
							|| (r.codings().isEmpty() && label.labels().matches(r))))
				|| diagnoses.namedInANote(picture, diagnosis, label, from);
	}

	/** Whether the same test read normal on a later day than a red-flag result: the red flag has cleared. */
	static boolean readNormalLater(ClinicalPicture picture, LabelRedFlags.ResultRow row, Instant at) {
		Instant dayAfter = at.plus(Duration.ofDays(1));
		return picture.observations()
			.stream()
			.anyMatch(o -> o.effective() != null && !o.effective().isBefore(dayAfter) && row.measures(o)
					&& o.reading() == ObservationResult.Reading.NORMAL);
	}

}
