package org.secondopinion.assessment.criteria;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.assessment.picture.CarePlanEntry;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.MedicationOrder;
import org.secondopinion.assessment.picture.ObservationResult;
import org.secondopinion.assessment.picture.PerformedProcedure;
import org.secondopinion.assessment.picture.RecordedCondition;
import org.secondopinion.events.CriterionCode;
import org.springframework.stereotype.Component;

/**
 * Worse despite months of treatment: a monitored measure whose least-squares trend over at least 90 days and three
 * values is worse by at least its MCID (and its relative MCID, for a measure that has one), while a treatment for a condition it monitors (an active MedicationRequest
 * or CarePlan, or a course of prescriptions each replacing the last, as dose changes, renewals and switches are
 * written, the one replaced often {@code stopped} with no end) was active from the first value to the last.
 */
@Component
class WorseningDespiteTreatment implements Criterion {

	static final CriterionCode CODE = CriterionCode.WORSENING_DESPITE_TREATMENT;

	/** Prescriptions that ran and ended: one whose recorded end is after the last value ran throughout. */
	private static final Set<String> ENDED = Set.of("completed", "stopped");


	private final MeasureTable table;

	private final WorseningSettings settings;

	private final TreatmentCourses courses;

	private final AssessmentSettings.Dates dates;

	/** Which measures each observation code is a value of, so that a record's results are read once, not per measure. */
	private final MeasureIndex index;

	WorseningDespiteTreatment(ValueSetFiles files, WorseningSettings settings, AssessmentSettings assessment,
			TreatmentCourses courses) {
		this.table = MeasureTable.load(files, settings.measures());
		this.settings = settings;
		this.courses = courses;
		this.dates = assessment.dates();
		this.index = new MeasureIndex(table.measures().stream().<Predicate<Concept>>map(m -> m::measures).toList());
	}

	@Override
	public CriterionCode code() {
		return CODE;
	}

	@Override
	public String summary() {
		return "A monitored measure whose least-squares trend over at least " + settings.minimumSpan().toDays()
				+ " days and " + settings.minimumValues() + " values is worse by its MCID while treatment for the "
				+ "related condition was active throughout.";
	}

	@Override
	public List<CodeSet> valueSets() {
		return table.conditionSets();
	}

	@Override
	public Map<String, String> parameters() {
		String conditions = table.measures()
			.stream()
			.map(m -> m.name() + ": " + (m.conditions() == null ? "any condition" : m.conditions().describe()))
			.collect(Collectors.joining("; "));
		return Map.of("worsening.measures", table.describe(), "worsening.conditions", conditions,
				"worsening.lookback", settings.lookback().toString(),
				"worsening.minimum-span", settings.minimumSpan().toString(), "worsening.minimum-values",
				String.valueOf(settings.minimumValues()), "worsening.start-grace", settings.startGrace().toString(),
				"worsening.replacement-gap", settings.replacementGap().toString(), "worsening.longest-prescription",
				settings.longestPrescription().toString(), "courses", courses.describe());
	}

	/** Each measure's trend for this patient, including those with too little data to tell. */
	List<Trend.Outcome> trends(ClinicalPicture picture, Instant now) {
		List<MonitoredMeasure> measures = table.measures();
		List<List<ObservationResult>> values = index.values(picture.observations());
		List<Trend.Outcome> trends = new ArrayList<>();
		for (int m = 0; m < measures.size(); m++) {
			trends.addAll(Trend.bySide(measures.get(m), values.get(m), now, settings.lookback(), settings.minimumSpan(),
					settings.minimumValues()));
		}
		return List.copyOf(trends);
	}

	@Override
	public Optional<Finding> evaluate(ClinicalPicture picture, Instant now) {
		return evaluate(picture, now, gap -> {
		});
	}

	@Override
	public Optional<Finding> evaluate(ClinicalPicture picture, Instant now, Consumer<DataGap> gaps) {
		List<String> sentences = new ArrayList<>();
		List<Evidence> evidence = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Trend.Outcome outcome : trends(picture, now)) {
			if (outcome instanceof Trend.InsufficientData insufficient && insufficient.hasValues()) {
				gaps.accept(new DataGap(CODE, insufficient.reason(),
						insufficient.measure().name() + ": " + insufficient.why()));
			}
			if (!(outcome instanceof Trend.Worsening worsening)) {
				continue;
			}
			Instant from = worsening.first().at();
			Instant to = worsening.last().at();
			List<Treatment> treatments = treatmentsThroughout(picture, worsening.measure(), from, to);
			if (treatments.isEmpty()) {
				continue;
			}
			sentences.add(sentence(worsening, treatments));
			worsening.points().forEach(p -> evidence.add(new Evidence(p.result().reference(),
					worsening.name() + " " + value(p.value(), worsening.measure()))));
			for (Treatment treatment : treatments) {
				evidence.add(new Evidence(treatment.reference(), treatment.name()));
				treatment.conditions().forEach(c -> {
					problems.add(c.plainReference());
					c.code().codings().forEach(code -> problems.add(code.system() + "|" + code.code()));
				});
			}
		}
		if (sentences.isEmpty()) {
			return Optional.empty();
		}
		String reason = Wording.capitalise(String.join("; ", sentences))
				+ "; a second opinion can look at why the treatment is not working.";
		return Optional.of(new Finding(CODE, reason, evidence.stream().distinct().toList(), false, problems));
	}

	private record Treatment(String reference, String name, List<RecordedCondition> conditions) {
	}

	private List<Treatment> treatmentsThroughout(ClinicalPicture picture, MonitoredMeasure measure, Instant from,
			Instant to) {
		Instant latestStart = from.plus(settings.startGrace());
		List<Treatment> found = new ArrayList<>();
		for (MedicationOrder medication : picture.medications()) {
			Instant start = medication.start();
			Instant stopped = start == null || !"active".equals(medication.status()) ? null
					: PrescriptionCourse.stoppedBy(medication, start, picture.medications());
			boolean running = "active".equals(medication.status()) && (stopped == null || !stopped.isBefore(to))
					|| ("completed".equals(medication.status())
					&& medication.validity().end() != null && !medication.validity().end().isBefore(to))
					|| (ENDED.contains(medication.status()) && medication.taken().end() != null
							&& !medication.taken().end().isBefore(to));
			if (!running || start == null || start.isAfter(latestStart)) {
				continue;
			}
			List<RecordedCondition> conditions = related(picture, measure, medication);
			if (conditions != null) {
				found.add(new Treatment(medication.reference(), medication.display(), conditions));
			}
		}
		if (found.isEmpty()) {
			PrescriptionCourse.find(picture.medications(), medication -> related(picture, measure, medication),
					latestStart, to, settings.replacementGap(), settings.longestPrescription())
				.forEach(o -> found.add(new Treatment(o.order().reference(), o.order().display(), o.conditions())));
		}
		for (TreatmentCourses.Course course : courses.find(picture.performedProcedures(),
				p -> related(picture, measure, p) != null, to, dates.zone())) {
			if (!course.start().isAfter(latestStart) && course.underWayAt(to)) {
				PerformedProcedure latest = course.latest();
				List<RecordedCondition> conditions = course.sessions()
					.stream()
					.flatMap(p -> related(picture, measure, p.reasonReferences()).stream())
					.distinct()
					.toList();
				found.add(new Treatment(latest.reference(), latest.display(), conditions));
			}
		}
		for (PerformedProcedure procedure : picture.performedProcedures()) {
			// a treatment recorded once as under way ("in-progress", weekly psychotherapy since April), not session
			// by session: it runs from its start until the record says otherwise
			Instant start = procedure.performedAt();
			if ("in-progress".equals(procedure.status()) && start != null && !start.isAfter(latestStart)) {
				List<RecordedCondition> conditions = related(picture, measure, procedure.reasonReferences());
				if (!conditions.isEmpty()) {
					found.add(new Treatment(procedure.reference(), procedure.display(), conditions));
				}
			}
		}
		for (CarePlanEntry plan : picture.carePlans()) {
			Instant start = plan.period().start();
			if ("active".equals(plan.status()) && start != null && !start.isAfter(latestStart)
					&& (plan.period().end() == null || !plan.period().end().isBefore(to))) {
				List<RecordedCondition> conditions = related(picture, measure, plan.addresses());
				if (!conditions.isEmpty()) {
					found.add(new Treatment(plan.reference(), plan.display(), conditions));
				}
			}
		}
		return found;
	}

	/**
	 * The monitored conditions a prescription is for, or {@code null} when it is for none the measure monitors or is
	 * taken only as needed (rescue medicine is no treatment running throughout). A
	 * prescription that names no reason, of a medicine prescribed for the family's conditions alone (glaucoma drops),
	 * is for the family's active conditions on record, if the patient has any.
	 */
	private static @Nullable List<RecordedCondition> related(ClinicalPicture picture, MonitoredMeasure measure,
			MedicationOrder medication) {
		if (medication.asNeeded()) {
			// rescue medicine taken when symptoms come (an albuterol inhaler "q4h prn"): not treatment that runs
			return null;
		}
		List<RecordedCondition> conditions = related(picture, measure, medication.reasonReferences(),
				medication.reasonCodes());
		boolean codedReason = medication.reasonCodes()
			.stream()
			.anyMatch(measure::monitorsCoded);
		if (!conditions.isEmpty() || codedReason) {
			return conditions;
		}
		if (medication.reasonReferences().isEmpty() && medication.reasonCodes().isEmpty()
				&& measure.treatsOnly(medication.medication())) {
			List<RecordedCondition> family = picture.conditions()
				.stream()
				.filter(RecordedCondition::isActive)
				.filter(c -> measure.monitorsCoded(c.code()))
				.toList();
			return family.isEmpty() ? null : family;
		}
		return null;
	}

	/** The monitored conditions a session was for, or {@code null} when it was for none the measure monitors. */
	private static @Nullable List<RecordedCondition> related(ClinicalPicture picture, MonitoredMeasure measure,
			PerformedProcedure session) {
		List<RecordedCondition> conditions = related(picture, measure, session.reasonReferences(), session.reasonCodes());
		boolean codedReason = session.reasonCodes().stream().anyMatch(measure::monitorsCoded);
		return !conditions.isEmpty() || codedReason ? conditions : null;
	}

	/**
	 * The monitored conditions a treatment points at, or names: a reason written in words alone ("Lumbar
	 * radiculopathy") that is the text or a coding's display of one of the patient's recorded conditions, case and
	 * spacing aside, is that condition, as a clinician reading the order would take it; one that is a name of the
	 * measure's family as a whole ("DM2", "HFrEF", "RA") is each active condition of that family.
	 */
	private static List<RecordedCondition> related(ClinicalPicture picture, MonitoredMeasure measure,
			List<String> references, List<Concept> reasons) {
		List<RecordedCondition> conditions = new ArrayList<>(related(picture, measure, references));
		for (Concept reason : reasons) {
			String words = reason.codings().isEmpty() ? Phrases.normalise(reason.text() == null ? "" : reason.text()) : "";
			if (words.isBlank()) {
				continue;
			}
			boolean family = measure.namesTheFamily(words);
			picture.conditions()
				.stream()
				.filter(ConditionStatus::notEnded)
				.filter(c -> measure.monitors(c.code()) && (family || names(c.code(), words)))
				.filter(c -> !conditions.contains(c))
				.forEach(conditions::add);
		}
		return conditions;
	}

	private static boolean names(Concept condition, String words) {
		return (condition.text() != null && Phrases.normalise(condition.text()).equals(words))
				|| condition.codings()
					.stream()
					.anyMatch(c -> c.display() != null && Phrases.normalise(c.display()).equals(words));
	}

	private static List<RecordedCondition> related(ClinicalPicture picture, MonitoredMeasure measure,
			List<String> references) {
		// a condition the prescription points at and nobody closed is the one treated, status sent or not
		return references.stream()
			.map(picture::condition)
			.flatMap(Optional::stream)
			.filter(ConditionStatus::notEnded)
			.filter(c -> measure.monitors(c.code()))
			.toList();
	}

	private static String sentence(Trend.Worsening worsening, List<Treatment> treatments) {
		MonitoredMeasure measure = worsening.measure();
		boolean rose = worsening.last().value().compareTo(worsening.first().value()) > 0;
		long days = Duration.between(worsening.first().at(), worsening.last().at()).toDays();
		String change = (worsening.change().signum() > 0 ? "+" : "") + plain(worsening.change());
		return worsening.name() + " " + (rose ? "rose" : "fell") + " from " + value(worsening.first().value(), measure)
				+ " to " + value(worsening.last().value(), measure) + " over " + days + " days ("
				+ worsening.points().size() + " values, trend " + change + " where " + plain(measure.mcid())
				+ (measure.mcidPercent() == null ? " matters" : " and " + plain(measure.mcidPercent()) + "% matter")
				+ ") despite " + Wording.list(treatments.stream().map(t -> Wording.lower(t.name())).distinct().toList())
				+ " throughout";
	}

	private static String value(BigDecimal value, MonitoredMeasure measure) {
		// litres (FEV1) are read to the decilitre and below: 1.85 L is not 1.9 L; so is an index whose MCID is a fraction
		// of one (an ankle-brachial index of 0.74 is not 0.7)
		boolean fine = "L".equals(measure.unit())
				|| ("1".equals(measure.unit()) && measure.mcid().compareTo(java.math.BigDecimal.ONE) < 0);
		String number = plain(value.setScale(fine ? 2 : 1, java.math.RoundingMode.HALF_UP));
		return switch (measure.unit()) {
			case "%" -> number + "%";
			case "{score}", "1", "{count}" -> number;
			case "{days}" -> number + " days";
			case "{letters}" -> number + " letters";
			case "{logMAR}" -> number + " logMAR";
			case "/mo" -> number + " a month";
			case "um" -> number + " µm";
			case "ug/g" -> number + " µg/g";
			case "/10" -> number + "/10";
			case "mm[Hg]" -> number + " mmHg";
			default -> number + " " + measure.unit();
		};
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
