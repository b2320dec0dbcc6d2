package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.PerformedProcedure;
import org.secondopinion.assessment.picture.PlannedProcedure;
import org.secondopinion.events.CriterionCode;
import org.springframework.stereotype.Component;

/**
 * Major surgery or an invasive procedure is recommended: a ServiceRequest (draft, active or on hold; proposal, plan
 * or order) or a Procedure in preparation, for a code in the major-procedure value set, not yet performed.
 */
@Component
class MajorProcedurePlanned implements Criterion {

	static final CriterionCode CODE = CriterionCode.MAJOR_PROCEDURE_PLANNED;

	private static final Set<String> OPEN_REQUEST_STATUSES = Set.of("draft", "active", "on-hold");

	private static final Set<String> DONE_STATUSES = Set.of("completed", "in-progress");

	private final CodeSet majorProcedures;

	private final Duration urgentWithin;

	private final AssessmentSettings.Dates dates;

	private final Schedule schedule;

	MajorProcedurePlanned(ValueSetFiles files, AssessmentSettings settings) {
		this.majorProcedures = files.valueSet(settings.majorProcedure().valueSet());
		this.urgentWithin = settings.majorProcedure().urgentWithin();
		this.dates = settings.dates();
		this.schedule = new Schedule(dates, urgentWithin);
	}

	@Override
	public CriterionCode code() {
		return CODE;
	}

	@Override
	public String summary() {
		return "A ServiceRequest (draft, active or on hold; proposal, plan or order) or a Procedure in preparation "
				+ "for a major or invasive procedure that has not been performed.";
	}

	@Override
	public List<CodeSet> valueSets() {
		return List.of(majorProcedures);
	}

	@Override
	public Map<String, String> parameters() {
		return Map.of("major-procedure.value-set", majorProcedures.describe(), "major-procedure.urgent-within",
				urgentWithin.toString(), "dates.zone", dates.zone().getId(), "dates.unconfirmed-for",
				dates.unconfirmedFor().toString());
	}

	@Override
	public Optional<Finding> evaluate(ClinicalPicture picture, Instant now) {
		List<Evidence> evidence = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> overdue = new ArrayList<>();
		List<String> overdueDays = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		boolean urgent = false;
		Instant earliest = null;
		Instant changesAt = null;
		for (PlannedProcedure planned : picture.plannedProcedures()) {
			if (!majorProcedures.matches(planned.concept()) || assessmentOnly(planned.concept()) || !stillPlanned(planned)
					|| performed(planned, picture.performedProcedures())) {
				continue;
			}
			Instant date = planned.plannedFor();
			Schedule.Standing standing = date == null ? null : schedule.standing(date, now);
			if (standing == Schedule.Standing.LAPSED) {
				continue;
			}
			String name = planned.display();
			evidence.add(new Evidence(planned.reference(), name));
			planned.codes().forEach(c -> problems.add(c.system() + "|" + c.code()));
			picture.orders()
				.stream()
				.filter(o -> o.reference().equals(planned.reference()))
				.forEach(o -> problems.addAll(o.reasonReferences()));
			if (date == null) {
				names.add(name);
				continue;
			}
			if (standing == Schedule.Standing.OVERDUE) {
				overdue.add(name);
				overdueDays.add(schedule.format(date));
			}
			else {
				names.add(name + " on " + schedule.format(date));
			}
			urgent |= standing == Schedule.Standing.URGENT;
			earliest = earliest == null || date.isBefore(earliest) ? date : earliest;
			Instant change = schedule.nextChange(date, now);
			changesAt = changesAt == null || (change != null && change.isBefore(changesAt)) ? change : changesAt;
		}
		if (evidence.isEmpty()) {
			return Optional.empty();
		}
		List<String> sentences = new ArrayList<>();
		if (!names.isEmpty()) {
			sentences.add(capitalise(String.join(" and ", names) + (names.size() == 1 ? " is" : " are")
					+ " planned; a second opinion before major surgery can confirm it is the right treatment."));
		}
		if (overdue.size() == 1) {
			sentences.add(capitalise(overdue.get(0) + " was scheduled for " + overdueDays.get(0)
					+ " and is not recorded as performed; confirm whether it took place before referring."));
		}
		else if (!overdue.isEmpty()) {
			List<String> each = new ArrayList<>();
			for (int i = 0; i < overdue.size(); i++) {
				each.add(overdue.get(i) + " (scheduled for " + overdueDays.get(i) + ")");
			}
			sentences.add(capitalise(String.join(" and ", each)
					+ " are not recorded as performed; confirm whether they took place before referring."));
		}
		Due due = earliest == null ? null
				: new Due(schedule.day(earliest), schedule.daysUntil(earliest, now) < 0);
		return Optional.of(new Finding(CODE, String.join(" ", sentences), evidence, urgent, problems, due, changesAt));
	}

	/**
	 * An order named in words for the evaluation of whether the procedure suits the patient, not the procedure
	 * ("Kidney transplant evaluation referral", "bariatric surgery candidacy assessment"): one coded in a system the set
	 * lists is judged by its code alone.
	 */
	private boolean assessmentOnly(Concept concept) {
		return !majorProcedures.judgesByCode(concept)
				&& concept.words().stream().anyMatch(w -> ASSESSMENT.matcher(w).find());
	}

	private static final java.util.regex.Pattern ASSESSMENT = java.util.regex.Pattern.compile(
			"\\b(evaluation|evaluate|assessment|work-?up|candidacy|candidate|eligibility|consultation|consult|"
					+ "opinion|screening)\\b",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	private static boolean stillPlanned(PlannedProcedure planned) {
		if ("Procedure".equals(planned.resourceType())) {
			return "preparation".equals(planned.status());
		}
		return OPEN_REQUEST_STATUSES.contains(planned.status()) && Codes.in(Codes.PLANNING_INTENTS, planned.intent());
	}

	/** Done if a procedure fulfils the request, or the same procedure was done after it was requested. */
	private static boolean performed(PlannedProcedure planned, List<PerformedProcedure> performed) {
		String request = planned.resourceType() + "/" + planned.id();
		return performed.stream()
			.filter(p -> DONE_STATUSES.contains(p.status()))
			.anyMatch(p -> p.basedOn().stream().anyMatch(b -> b.equals(request) || b.endsWith("/" + request))
					|| (sameProcedure(planned, p) && planned.authoredOn() != null && p.performedAt() != null
							&& !p.performedAt().isBefore(planned.authoredOn())));
	}

	private static boolean sameProcedure(PlannedProcedure planned, PerformedProcedure done) {
		return planned.codes().stream().anyMatch(c -> done.codes().stream().anyMatch(c::sameCodeAs));
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
