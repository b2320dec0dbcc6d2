package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.assessment.picture.CarePlanEntry;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.MedicationOrder;
import org.secondopinion.assessment.picture.PerformedProcedure;
import org.secondopinion.assessment.picture.PlannedProcedure;
import org.secondopinion.assessment.picture.ServiceOrder;
import org.secondopinion.events.CriterionCode;
import org.springframework.stereotype.Component;

/**
 * A treatment that severely affects quality of life is planned or under way (a ServiceRequest, a Procedure in
 * preparation or in progress, an active MedicationRequest, an active CarePlan activity, for a code in the
 * high-impact value set); or, after such a treatment began, a patient-reported quality-of-life score fell by at least
 * its MCID. Urgent when the treatment is planned to start today or on a day within the configured window; a planned
 * treatment whose day has passed with nothing recorded as started is reported as such (never urgent by its date),
 * and after {@code unconfirmed-for} not at all.
 */
@Component
class HighImpactTreatment implements Criterion {

	static final CriterionCode CODE = CriterionCode.HIGH_IMPACT_TREATMENT;

	private static final Set<String> OPEN_REQUESTS = Set.of("draft", "active", "on-hold");

	private static final Set<String> OPEN_ACTIVITIES = Set.of("not-started", "scheduled", "in-progress", "on-hold");

	private final CodeSet treatments;

	private final HighImpactSettings settings;

	private final QualityOfLifeTable qualityOfLifeTable;

	private final QualityOfLifeDrop qualityOfLife;

	private final AssessmentSettings.Dates dates;

	private final Schedule schedule;

	private final TreatmentCourses courses;

	private final LongTermTreatments longTerm;

	private final CodeSet operations;

	HighImpactTreatment(ValueSetFiles files, HighImpactSettings settings, AssessmentSettings assessment,
			TreatmentCourses courses) {
		this.treatments = files.valueSet(settings.treatments());
		this.settings = settings;
		this.qualityOfLifeTable = QualityOfLifeTable.load(settings.qualityOfLife());
		this.qualityOfLife = new QualityOfLifeDrop(qualityOfLifeTable, settings.baselineWithin());
		this.dates = assessment.dates();
		this.schedule = new Schedule(dates, settings.urgentWithin());
		this.courses = courses;
		this.longTerm = new LongTermTreatments(files.valueSet(settings.qualityOfLifeTreatments()));
		this.operations = files.valueSet(settings.operations());
	}

	@Override
	public CriterionCode code() {
		return CODE;
	}

	@Override
	public String summary() {
		return "A planned or started treatment in the high-impact value set, or a patient-reported quality-of-life "
				+ "score falling by at least its MCID after such a treatment began.";
	}

	@Override
	public List<CodeSet> valueSets() {
		return List.of(treatments, courses.sessions(), longTerm.medicines(), operations);
	}

	@Override
	public Map<String, String> parameters() {
		return Map.ofEntries(Map.entry("high-impact.treatments", treatments.describe()),
				Map.entry("high-impact.urgent-within", settings.urgentWithin().toString()),
				Map.entry("high-impact.started-within", settings.startedWithin().toString()),
				Map.entry("high-impact.baseline-within", settings.baselineWithin().toString()),
				Map.entry("high-impact.quality-of-life", qualityOfLifeTable.describe() + ": " + qualityOfLifeTable.measures()),
				Map.entry("dates.zone", dates.zone().getId()),
				Map.entry("dates.unconfirmed-for", dates.unconfirmedFor().toString()),
				Map.entry("courses", courses.describe()),
				Map.entry("high-impact.quality-of-life-treatments", longTerm.medicines().describe()),
				Map.entry("high-impact.operations", operations.describe()),
				Map.entry("high-impact.operation-recovery", settings.operationRecovery().toString()));
	}

	/** Major operations done, watched for quality of life from the end of their recovery. */
	private List<Treatment> operations(ClinicalPicture picture, Instant now) {
		List<Treatment> done = new ArrayList<>();
		for (PerformedProcedure procedure : picture.performedProcedures()) {
			Instant at = procedure.performedAt();
			Concept code = new Concept(procedure.codes(), procedure.text());
			if ("completed".equals(procedure.status()) && at != null && !at.isAfter(now) && operations.matches(code)) {
				String name = procedure.text() != null ? procedure.text() : code.display();
				done.add(new Treatment(procedure.reference(), name, code, Stage.DONE, at, procedure.reasonReferences(),
						null, null, null, settings.operationRecovery()));
			}
		}
		return done;
	}

	/**
	 * A drug of the high-impact set given where it acts locally (5% fluorouracil cream for actinic keratoses,
	 * intravitreal bevacizumab, intravesical mitomycin) by the dose form or route its name states: not the systemic
	 * treatment the set means.
	 */
	static boolean appliedLocally(Concept medication) {
		return medication.words().stream().anyMatch(w -> LOCAL_FORMS.matcher(w).find());
	}

	private static final java.util.regex.Pattern LOCAL_FORMS = java.util.regex.Pattern.compile(
			"\\b(topical|cream|ointment|gel|lotion|cutaneous|transdermal|ophthalmic|eye drops?|otic|intravitreal|intravesical|mouthwash|inhaled|inhalation|inhaler|nasal|intra-?articular|rectal|enema|suppositor(y|ies)|vaginal)\\b",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	/**
	 * A treatment from the value set, and where it stands.
	 * @param rhythm for a course of sessions under way, how often they come ("three times a week")
	 * @param firstSession for a course of sessions, the first one's reference (cited beside the latest)
	 * @param until for a treatment watched for quality of life only, where it ran to: scores after it do not count;
	 * {@code null} for a high-impact treatment, whose effect lasts
	 * @param recovery for an operation watched for quality of life, how long after it scores are the ordinary recovery
	 * and do not count; {@code null} for a treatment
	 */
	record Treatment(String reference, String name, Concept code, Stage stage, @Nullable Instant start,
			List<String> problems, @Nullable String rhythm, @Nullable String firstSession, @Nullable Instant until,
			@Nullable Duration recovery) {

		Treatment(String reference, String name, Concept code, Stage stage, @Nullable Instant start,
				List<String> problems) {
			this(reference, name, code, stage, start, problems, null, null, null);
		}

		Treatment(String reference, String name, Concept code, Stage stage, @Nullable Instant start,
				List<String> problems, @Nullable String rhythm, @Nullable String firstSession, @Nullable Instant until) {
			this(reference, name, code, stage, start, problems, rhythm, firstSession, until, null);
		}

	}

	enum Stage {

		PLANNED, ONGOING, DONE

	}

	@Override
	public Optional<Finding> evaluate(ClinicalPicture picture, Instant now) {
		List<Treatment> all = treatments(picture, now);
		List<Treatment> current = all.stream()
			.filter(t -> t.stage() != Stage.DONE && standing(t, now) != Schedule.Standing.LAPSED
					&& !established(t, now))
			.toList();
		List<Treatment> watched = new ArrayList<>(all);
		watched.addAll(longTerm.find(picture.medications(), now));
		watched.addAll(longTerm.implanted(picture.performedProcedures(), now));
		watched.addAll(operations(picture, now));
		Optional<QualityOfLifeDrop.Drop> drop = qualityOfLife.find(picture, watched);
		if (current.isEmpty() && drop.isEmpty()) {
			return Optional.empty();
		}
		List<Evidence> evidence = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		current.forEach(t -> {
			if (t.firstSession() != null) {
				evidence.add(new Evidence(t.firstSession(), t.name() + " (first session)"));
			}
			evidence.add(new Evidence(t.reference(), t.name()));
			problems.addAll(t.problems());
		});
		String reason;
		if (drop.isPresent()) {
			QualityOfLifeDrop.Drop d = drop.get();
			if (current.stream().noneMatch(t -> t.reference().equals(d.treatment().reference()))) {
				evidence.add(new Evidence(d.treatment().reference(), d.treatment().name()));
				problems.addAll(d.treatment().problems());
			}
			evidence.add(new Evidence(d.before().reference(), d.measure().name() + " " + MeasuredValues.of(d.before())));
			evidence.add(new Evidence(d.after().reference(), d.measure().name() + " " + MeasuredValues.of(d.after())));
			reason = d.sentence();
		}
		else {
			reason = reason(current, now);
		}
		boolean urgent = current.stream().anyMatch(t -> standing(t, now) == Schedule.Standing.URGENT);
		Instant earliest = current.stream()
			.filter(t -> standing(t, now) != null)
			.map(Treatment::start)
			.min(Instant::compareTo)
			.orElse(null);
		Due due = earliest == null ? null
				: new Due(schedule.day(earliest), schedule.daysUntil(earliest, now) < 0);
		Instant changesAt = all.stream()
			.filter(t -> standing(t, now) != null)
			.map(t -> schedule.nextChange(t.start(), now))
			.filter(Objects::nonNull)
			.min(Instant::compareTo)
			.orElse(null);
		return Optional.of(new Finding(CODE, reason, evidence, urgent, problems, due, changesAt));
	}

	/**
	 * Whether an ongoing treatment began longer than {@code started-within} ago: the patient's established care (seven
	 * years of androgen deprivation, dialysis since 2019), not a plan a second opinion can still weigh in on; a fall in
	 * quality of life on it still counts.
	 */
	private boolean established(Treatment treatment, Instant now) {
		return treatment.stage() == Stage.ONGOING && treatment.start() != null
				&& treatment.start().isBefore(now.minus(settings.startedWithin()));
	}

	/**
	 * Where a treatment planned for a date stands; {@code null} for one that is not planned or has no date to keep
	 * (a draft prescription's date is when it was written, not when treatment starts).
	 */
	private Schedule.@Nullable Standing standing(Treatment treatment, Instant now) {
		if (treatment.stage() != Stage.PLANNED || treatment.start() == null
				|| treatment.reference().startsWith("MedicationRequest/")) {
			return null;
		}
		return schedule.standing(treatment.start(), now);
	}

	private String reason(List<Treatment> current, Instant now) {
		List<String> sentences = new ArrayList<>();
		List<Treatment> overdue = current.stream()
			.filter(t -> standing(t, now) == Schedule.Standing.OVERDUE)
			.toList();
		List<String> others = current.stream().filter(t -> !overdue.contains(t)).map(t -> describe(t, now)).toList();
		if (!others.isEmpty()) {
			sentences.add(Wording.capitalise(Wording.list(others))
					+ "; a second opinion can confirm that a treatment with this much effect on daily life is the "
					+ "right one.");
		}
		if (overdue.size() == 1) {
			Treatment t = overdue.get(0);
			sentences.add(Wording.capitalise(Wording.lower(t.name()) + " was scheduled for " + schedule.format(t.start())
					+ " and is not recorded as started; confirm whether it took place before referring."));
		}
		else if (!overdue.isEmpty()) {
			sentences.add(Wording.capitalise(Wording.list(overdue.stream()
				.map(t -> Wording.lower(t.name()) + " (scheduled for " + schedule.format(t.start()) + ")")
				.toList())) + " are not recorded as started; confirm whether they took place before referring.");
		}
		return String.join(" ", sentences);
	}

	private String describe(Treatment treatment, Instant now) {
		String name = Wording.lower(treatment.name());
		Instant start = treatment.start();
		return switch (treatment.stage()) {
			case PLANNED -> name + " is planned"
					+ (start == null || (standing(treatment, now) == null && start.isBefore(now)) ? ""
							: " for " + schedule.format(start));
			case ONGOING -> treatment.rhythm() != null && start != null
					? name + " " + treatment.rhythm() + " since " + schedule.format(start)
					: name + " has started" + (start == null ? "" : " (" + schedule.format(start) + ")");
			case DONE -> name + " was done";
		};
	}

	private List<Treatment> treatments(ClinicalPicture picture, Instant now) {
		List<Treatment> found = new ArrayList<>();
		Set<String> fulfilled = picture.performedProcedures()
			.stream()
			.flatMap(p -> p.basedOn().stream())
			.map(b -> b.contains("/_history/") ? b.substring(0, b.indexOf("/_history/")) : b)
			.collect(Collectors.toSet());
		for (ServiceOrder order : picture.orders()) {
			boolean open = OPEN_REQUESTS.contains(order.status()) && Codes.in(Codes.PLANNING_INTENTS, order.intent())
					&& !fulfilled.contains("ServiceRequest/" + order.id());
			if (open && treatments.matches(order.code())) {
				// an open order with no date of its own, written longer than started-within ago, is a standing order the
				// patient has been living with (enteral feeding supplies since 2024), not a plan
				boolean standing = order.occurrence() == null && order.authoredOn() != null
						&& order.authoredOn().isBefore(now.minus(settings.startedWithin()));
				found.add(new Treatment(order.reference(), order.display(), order.code(),
						standing ? Stage.ONGOING : Stage.PLANNED, standing ? order.authoredOn() : order.occurrence(),
						order.reasonReferences()));
			}
		}
		for (PlannedProcedure planned : picture.plannedProcedures()) {
			if ("Procedure".equals(planned.resourceType()) && treatments.matches(planned.concept())) {
				found.add(new Treatment(planned.reference(), planned.display(), new Concept(planned.codes(), null),
						Stage.PLANNED, planned.plannedFor(), List.of()));
			}
		}
		for (PerformedProcedure done : picture.performedProcedures()) {
			if (treatments.matches(done.concept()) && Set.of("in-progress", "completed").contains(done.status())) {
				found.add(new Treatment(done.reference(), done.display(), done.concept(),
						"in-progress".equals(done.status()) ? Stage.ONGOING : Stage.DONE, done.performedAt(),
						done.reasonReferences()));
			}
		}
		coursesUnderWay(picture, now, found);
		standingOrdersUnderWay(picture, now, found);
		for (MedicationOrder medication : picture.medications()) {
			if (treatments.matches(medication.medication()) && !appliedLocally(medication.medication())) {
				Stage stage = Set.of("active", "on-hold").contains(medication.status())
						? (medication.authoredOn() != null && medication.authoredOn().isAfter(now) ? Stage.PLANNED : Stage.ONGOING)
						: "draft".equals(medication.status()) ? Stage.PLANNED
						: "completed".equals(medication.status()) ? Stage.DONE : null;
				if (stage != null) {
					found.add(new Treatment(medication.reference(), medication.display(), medication.medication(), stage,
							medication.authoredOn(), medication.reasonReferences()));
				}
			}
		}
		for (CarePlanEntry plan : picture.carePlans()) {
			carePlanTreatments(plan, now, found);
		}
		return found;
	}

	/**
	 * Sessions of a high-impact treatment that recur and have not stopped (dialysis three times a week, chemotherapy
	 * cycles, radiotherapy fractions) are one treatment under way since the first, not finished treatments: each
	 * course replaces its sessions.
	 */
	private void coursesUnderWay(ClinicalPicture picture, Instant now, List<Treatment> found) {
		for (TreatmentCourses.Course course : courses.find(picture.performedProcedures(),
				p -> treatments.matches(p.concept()), now, dates.zone())) {
			if (!course.underWayAt(now)) {
				continue;
			}
			Set<String> sessions = course.sessions()
				.stream()
				.map(PerformedProcedure::reference)
				.collect(Collectors.toSet());
			found.removeIf(t -> sessions.contains(t.reference()));
			PerformedProcedure latest = course.latest();
			List<String> problems = course.sessions()
				.stream()
				.flatMap(p -> p.reasonReferences().stream())
				.distinct()
				.toList();
			found.add(new Treatment(latest.reference(), latest.display(), latest.concept(), Stage.ONGOING,
					course.start(), problems, course.rhythm(), course.first().reference(), null));
		}
	}

	/**
	 * A standing order for a treatment given in sessions (maintenance haemodialysis three times a week until further
	 * notice), still active, whose latest session based on it came within the courses' {@code maximum-gap}: a
	 * treatment under way since the order's start or its first session, even when the record holds one session of
	 * it. Sessions of one order are not one finished treatment each.
	 */
	private void standingOrdersUnderWay(ClinicalPicture picture, Instant now, List<Treatment> found) {
		for (ServiceOrder order : picture.orders()) {
			if (!"active".equals(order.status()) || !Codes.in(Codes.PLANNING_INTENTS, order.intent())
					|| !courses.sessions().matches(order.code()) || !treatments.matches(order.code())) {
				continue;
			}
			String self = "ServiceRequest/" + order.id();
			List<PerformedProcedure> sessions = picture.performedProcedures()
				.stream()
				.filter(p -> p.performedAt() != null && !p.performedAt().isAfter(now)
						&& Set.of("in-progress", "completed").contains(p.status())
						&& p.basedOn().stream().anyMatch(b -> b.equals(self) || b.startsWith(self + "/_history/")))
				.sorted(Comparator.comparing(PerformedProcedure::performedAt))
				.toList();
			if (sessions.isEmpty()
					|| sessions.getLast().performedAt().isBefore(now.minus(courses.maximumGap()))
					|| found.stream().anyMatch(t -> t.stage() == Stage.ONGOING && t.firstSession() != null
							&& sessions.stream().anyMatch(p -> p.reference().equals(t.reference())))) {
				continue;
			}
			Set<String> references = sessions.stream().map(PerformedProcedure::reference).collect(Collectors.toSet());
			found.removeIf(t -> references.contains(t.reference()));
			Instant start = order.occurrence() != null && order.occurrence().isBefore(sessions.getFirst().performedAt())
					? order.occurrence() : sessions.getFirst().performedAt();
			found.add(new Treatment(order.reference(), order.display(), order.code(), Stage.ONGOING, start,
					order.reasonReferences()));
		}
	}

	private void carePlanTreatments(CarePlanEntry plan, Instant now, List<Treatment> into) {
		if (!Set.of("active", "draft", "on-hold", "completed").contains(plan.status())) {
			return;
		}
		int before = into.size();
		activityTreatments(plan, now, into);
		if (into.size() == before) {
			planAsTreatment(plan, now, into);
		}
	}

	/**
	 * A plan whose activities name no treatment (only "Cycle 1", "Cycles 3-12") but whose category or title does
	 * ("Chemotherapy", "Adjuvant FOLFOX x 12 cycles") is that treatment: done once the plan is completed, ongoing once
	 * its period has begun or an activity was carried out, else planned.
	 */
	private void planAsTreatment(CarePlanEntry plan, Instant now, List<Treatment> into) {
		List<Concept> names = new ArrayList<>(plan.categories());
		if (plan.title() != null && !plan.title().isBlank()) {
			names.add(new Concept(List.of(), plan.title()));
		}
		Concept treatment = names.stream().filter(treatments::matches).findFirst().orElse(null);
		if (treatment == null) {
			return;
		}
		Instant start = plan.period().start();
		boolean begun = (start != null && !start.isAfter(now)) || plan.activities()
			.stream()
			.anyMatch(a -> "completed".equals(a.status()) || "in-progress".equals(a.status()));
		Stage stage = "completed".equals(plan.status()) ? Stage.DONE : begun ? Stage.ONGOING : Stage.PLANNED;
		into.add(new Treatment(plan.reference(), plan.display(), treatment, stage, start, plan.addresses()));
	}

	private void activityTreatments(CarePlanEntry plan, Instant now, List<Treatment> into) {
		for (CarePlanEntry.Activity activity : plan.activities()) {
			if (!treatments.matches(activity.code())) {
				continue;
			}
			Instant start = activity.scheduled() != null ? activity.scheduled() : plan.period().start();
			Stage stage;
			if ("completed".equals(plan.status()) || "completed".equals(activity.status())) {
				stage = Stage.DONE;
			}
			else if (activity.status() != null && !OPEN_ACTIVITIES.contains(activity.status())) {
				continue;
			}
			else {
				stage = "in-progress".equals(activity.status()) || (start != null && !start.isAfter(now)) ? Stage.ONGOING
						: Stage.PLANNED;
			}
			into.add(new Treatment(plan.reference(), activity.code().display(), activity.code(), stage, start,
					plan.addresses()));
		}
	}

}
