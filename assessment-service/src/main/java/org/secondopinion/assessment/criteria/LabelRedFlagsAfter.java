package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
	 * when a malignancy is active, or when a diagnosis (other than a catch-all or another label) was made after the
	 * label: the work-up may have found the cause.
	 */
	Optional<Part> labelRedFlagsSince(ClinicalPicture picture, RecordedCondition diagnosis, Instant made,
			LabelRedFlags.Label label, List<RecordedCondition> active, List<SymptomRecords.SymptomRecord> alarms,
			Instant now) {
		if (active.stream().anyMatch(c -> MismatchDiagnoses.malignant(c.code())) || diagnoses.laterCause(picture, diagnosis, made)) {
			return Optional.empty();
		}
		Instant after = made.plus(Duration.ofDays(1));
		Instant recent = now.minus(settings.recentWithin());
		Instant carriedOn = now.minus(settings.diagnosedWithin());
		List<Evidence> evidence = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (SymptomRecords.SymptomRecord record : UnexplainedFindings.union(label.findings().of(picture), alarms)) {
			if (!record.at().isBefore(after)
					&& (!record.at().isBefore(recent) || record.active() && !record.at().isBefore(carriedOn)
							&& carriedOnAfter(picture, diagnosis, label, record.at(), recent))
					&& !record.reference().equals(diagnosis.reference())
					&& active.stream().noneMatch(c -> explanations.explains(c.code(), record.symptom()))) {
				NormalWorkup.add(evidence, record.reference(), record.name());
				names.add(MismatchWording.findingName(record.symptom(), label.findings(), alarmFindings));
			}
		}
		for (ObservationResult result : picture.observations()) {
			Instant at = result.effective();
			if (at == null || at.isBefore(after) || at.isBefore(carriedOn)) {
				continue;
			}
			label.results()
				.stream()
				.filter(r -> r.row().flags(result))
				.filter(r -> !at.isBefore(recent) || carriedOnAfter(picture, diagnosis, label, at, recent)
						&& !readNormalLater(picture, r.row(), at))
				.filter(r -> active.stream()
					.noneMatch(c -> r.accountedForBy(c.code()) || explanations.explains(c.code(), result.code())))
				.findFirst()
				.ifPresent(r -> {
					LabelRedFlags.ResultRow row = r.row();
					NormalWorkup.add(evidence, result.reference(),
							result.display() + (result.value() == null ? "" : " " + result.value()));
					names.add((result.readsLow() ? "low " : result.readsHigh() || !"abnormal".equals(row.reads()) ? "high "
							: "abnormal ") + row.name());
				});
		}
		List<String> distinct = names.stream().distinct().toList();
		if (distinct.isEmpty() || distinct.size() < label.minimumRedFlags()) {
			return Optional.empty();
		}
		evidence.add(0, new Evidence(diagnosis.reference(), diagnosis.display()));
		String clause = Wording.list(distinct) + " followed " + MismatchWording.plain(diagnosis.code()) + ", diagnosed on "
				+ Wording.day(made) + ", which does not explain " + (distinct.size() == 1 ? "it" : "them") + " (" + label.name()
				+ " is a diagnosis of exclusion)";
		return Optional.of(new Part(clause, evidence, MismatchWording.problems(diagnosis)));
	}

	/**
	 * Whether the label was carried on after a red flag: a visit for it (by reference, by code, or uncoded by its
	 * name) took place after the red flag's day and within {@code recent-within}.
	 */
	static boolean carriedOnAfter(ClinicalPicture picture, RecordedCondition diagnosis, LabelRedFlags.Label label,
			Instant redFlag, Instant recent) {
		Instant dayAfter = redFlag.plus(Duration.ofDays(1));
		return picture.visits()
			.stream()
			.filter(v -> v.tookPlace() && v.start() != null && !v.start().isBefore(recent) && !v.start().isBefore(dayAfter))
			.anyMatch(v -> v.reasonReferences().contains(diagnosis.plainReference())
					|| v.reasonCodes().stream().anyMatch(r -> r.sharesCodeWith(diagnosis.code())
							|| (r.codings().isEmpty() && label.labels().matches(r))));
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
