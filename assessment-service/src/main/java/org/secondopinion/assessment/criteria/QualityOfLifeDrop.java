package org.secondopinion.assessment.criteria;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.ObservationResult;

/**
 * A patient-reported quality-of-life score that fell by at least its MCID after a high-impact treatment began:
 * the last score before the treatment or on the day it began (taken within the baseline window) against the latest
 * score of a later day (for a treatment watched for quality of life only, the latest score taken while it ran; for a
 * major operation, the latest score taken once its recovery was over).
 */
final class QualityOfLifeDrop {

	private final List<QualityOfLifeTable.Measure> measures;

	private final List<Phrases> texts;

	/** Which measures each observation code is a score of, so that a record's results are read once, not per measure. */
	private final MeasureIndex index;

	private final Duration baselineWithin;

	QualityOfLifeDrop(QualityOfLifeTable table, Duration baselineWithin) {
		this.measures = table.measures();
		this.texts = measures.stream().map(m -> new Phrases(m.texts())).toList();
		List<Predicate<Concept>> scores = new ArrayList<>();
		for (int m = 0; m < measures.size(); m++) {
			QualityOfLifeTable.Measure measure = measures.get(m);
			Phrases words = texts.get(m);
			scores.add(code -> QualityOfLifeTable.scores(code, measure, words));
		}
		this.index = new MeasureIndex(scores);
		this.baselineWithin = baselineWithin;
	}

	record Drop(QualityOfLifeTable.Measure measure, HighImpactTreatment.Treatment treatment,
			ObservationResult before, ObservationResult after, BigDecimal fall) {

		String sentence() {
			return Wording.capitalise(measure.name()) + " fell from " + plain(MeasuredValues.of(before).value()) + " to "
					+ plain(MeasuredValues.of(after).value()) + " after " + Wording.lower(treatment.name())
					+ (treatment.recovery() == null ? " began on " : " on ") + Wording.day(treatment.start())
					+ (treatment.recovery() == null ? "" : " (past its recovery)") + ", a change of " + plain(fall) + " where "
					+ plain(measure.mcid()) + " already matters to patients; a second opinion can review whether the "
					+ "treatment is still the right one.";
		}

		private static String plain(BigDecimal value) {
			return value.stripTrailingZeros().toPlainString();
		}

	}

	/** The largest fall after any of the treatments, if one reaches its measure's MCID. */
	Optional<Drop> find(ClinicalPicture picture, List<HighImpactTreatment.Treatment> treatments) {
		Optional<Drop> largest = Optional.empty();
		List<List<ObservationResult>> values = index.values(picture.observations());
		for (int m = 0; m < measures.size(); m++) {
			QualityOfLifeTable.Measure measure = measures.get(m);
			List<ObservationResult> scores = new ArrayList<>();
			for (ObservationResult o : values.get(m)) {
				if (o.isResult() && o.effective() != null && MeasuredValues.of(o) != null) {
					scores.add(o);
				}
			}
			if (scores.isEmpty()) {
				continue;
			}
			scores.sort(Comparator.comparing(ObservationResult::effective));
			for (HighImpactTreatment.Treatment treatment : treatments) {
				if (treatment.start() == null || treatment.stage() == HighImpactTreatment.Stage.PLANNED) {
					continue;
				}
				Instant began = treatment.start();
				// a score taken on the day the treatment began is its baseline: the visit that started it measured it
				Instant dayAfter = began.truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofDays(1));
				Optional<ObservationResult> before = scores.stream()
					.filter(o -> o.effective().isBefore(dayAfter) && !o.effective().isBefore(began.minus(baselineWithin)))
					.reduce((a, b) -> b);
				Instant until = treatment.until();
				Instant from = treatment.recovery() == null ? dayAfter : began.plus(treatment.recovery());
				Optional<ObservationResult> after = scores.stream()
					.filter(o -> !o.effective().isBefore(dayAfter) && !o.effective().isBefore(from)
							&& (until == null || !o.effective().isAfter(until)))
					.reduce((a, b) -> b);
				if (before.isEmpty() || after.isEmpty()) {
					continue;
				}
				BigDecimal change = MeasuredValues.of(after.get()).value().subtract(MeasuredValues.of(before.get()).value());
				BigDecimal fall = measure.higherIsBetter() ? change.negate() : change;
				if (fall.compareTo(measure.mcid()) >= 0
						&& (largest.isEmpty() || fall.compareTo(largest.get().fall()) > 0)) {
					largest = Optional.of(new Drop(measure, treatment, before.get(), after.get(), fall));
				}
			}
		}
		return largest;
	}

}
