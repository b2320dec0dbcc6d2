package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.Visit;

/**
 * The return-visit e-triggers of Singh et al. (BMJ Qual Saf 2012): a primary-care visit followed within 14 days by
 * an unplanned hospital admission, or by at least two unscheduled visits; the days are calendar days (UTC) and the
 * 14th is included.
 */
final class ReturnVisits {

	private static final Set<String> INPATIENT = Set.of("IMP", "ACUTE", "NONAC");

	private static final Set<String> UNPLANNED_PRIORITIES = Set.of("EM", "UR", "A", "S");

	private static final Set<String> UNPLANNED_SOURCES = Set.of("emd");

	private final CodeSet primaryCareVisits;

	private final CodeSet unscheduledVisits;

	private final PersistentSymptomsSettings.ReturnVisits settings;

	ReturnVisits(CodeSet primaryCareVisits, CodeSet unscheduledVisits, PersistentSymptomsSettings.ReturnVisits settings) {
		this.primaryCareVisits = primaryCareVisits;
		this.unscheduledVisits = unscheduledVisits;
		this.settings = settings;
	}

	List<Part> find(ClinicalPicture picture, Instant now) {
		List<Visit> visits = picture.visits()
			.stream()
			.filter(v -> v.tookPlace() && v.start() != null)
			.sorted(Comparator.comparing(Visit::start))
			.toList();
		List<Part> parts = new ArrayList<>();
		for (Visit index : visits) {
			if (!primaryCare(index) || index.start().isBefore(now.minus(settings.lookback()))) {
				continue;
			}
			Instant until = lastDay(index.start()).plus(settings.within());
			List<Visit> after = visits.stream()
				.filter(v -> v.start().isAfter(index.start()) && v.start().isBefore(until))
				.toList();
			List<Visit> admissions = after.stream().filter(ReturnVisits::unplannedAdmission).toList();
			List<Visit> unscheduled = after.stream()
				.filter(v -> !unplannedAdmission(v) && unscheduled(v) && !primaryCare(v))
				.toList();
			if (!admissions.isEmpty()) {
				Visit admission = admissions.get(0);
				parts.add(part("an unplanned hospital admission on " + Wording.day(admission.start())
						+ " followed a primary-care visit on " + Wording.day(index.start()), index, admissions));
			}
			else if (unscheduled.size() >= settings.minimumUnscheduledVisits()) {
				parts.add(part(unscheduled.size() + " unscheduled visits ("
						+ Wording.list(unscheduled.stream().map(v -> Wording.day(v.start())).toList())
						+ ") followed a primary-care visit on " + Wording.day(index.start()), index, unscheduled));
			}
			if (!parts.isEmpty()) {
				return parts;
			}
		}
		return parts;
	}

	/**
	 * The end of the index visit's day: the window is counted in calendar days, its last day included (a visit on the
	 * 14th day counts whatever its hour, and a visit recorded by its date alone starts at midnight).
	 */
	private static Instant lastDay(Instant start) {
		return start.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
	}

	/**
	 * A scheduled primary-care visit: ambulatory, not urgent, not typed as an unscheduled visit, and with a type or
	 * service type in the primary-care set (a CPT office visit, a general-practice setting, "Sick visit"), or no type;
	 * or a virtual one (class VR) with such a type ("Telehealth video visit"): a first contact as an office visit is.
	 */
	private boolean primaryCare(Visit visit) {
		boolean virtual = "VR".equals(visit.classCode());
		if (!("AMB".equals(visit.classCode()) || virtual) || Codes.in(UNPLANNED_PRIORITIES, visit.priority())
				|| unscheduledType(visit)) {
			return false;
		}
		return (visit.types().isEmpty() && !virtual) || visit.types().stream().anyMatch(primaryCareVisits::matches)
				|| (visit.serviceType() != null && primaryCareVisits.matches(visit.serviceType()));
	}

	private static boolean unplannedAdmission(Visit visit) {
		return Codes.in(INPATIENT, visit.classCode()) && (Codes.in(UNPLANNED_PRIORITIES, visit.priority())
				|| Codes.in(UNPLANNED_SOURCES, visit.admitSource()));
	}

	/**
	 * An emergency visit (class EMER), one of emergency or urgent priority, or one whose type or service type is an
	 * unscheduled visit (urgent care, walk-in, an emergency department visit recorded with class AMB).
	 */
	private boolean unscheduled(Visit visit) {
		return "EMER".equals(visit.classCode()) || Codes.in(UNPLANNED_PRIORITIES, visit.priority())
				|| unscheduledType(visit);
	}

	private boolean unscheduledType(Visit visit) {
		return visit.types().stream().anyMatch(unscheduledVisits::matches)
				|| (visit.serviceType() != null && unscheduledVisits.matches(visit.serviceType()));
	}

	private static Part part(String clause, Visit index, List<Visit> after) {
		List<Evidence> evidence = new ArrayList<>();
		evidence.add(new Evidence(index.reference(), "Primary-care visit " + Wording.day(index.start())));
		after.forEach(v -> evidence.add(new Evidence(v.reference(),
				(Codes.in(INPATIENT, v.classCode()) ? "Unplanned admission " : "Unscheduled visit ") + Wording.day(v.start()))));
		List<String> problems = new ArrayList<>(index.reasonReferences());
		return new Part(clause, evidence, problems);
	}

}
