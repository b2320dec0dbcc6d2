package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.PerformedProcedure;
import org.springframework.stereotype.Component;

/**
 * A treatment recorded session by session is a course under way, not a row of finished treatments. EHRs record
 * maintenance dialysis, chemotherapy cycles, radiotherapy fractions and infusions as one completed Procedure per
 * session. Sessions of one family (one CPT range, ICD-10-PCS prefix or code of the sessions value set) that recur
 * make a course: at least {@code minimum-sessions} session days, none further from the one before than the course's
 * allowance, which is {@code missed-intervals} times its usual interval (the median between its sessions), no less
 * than {@code minimum-gap} and no more than {@code maximum-gap}. A longer pause ends a course and a later session
 * starts a new one. The course started at its first session and is under way while its last session is within the
 * allowance: a patient on dialysis three times a week who missed one session is still on dialysis; one whose
 * sessions stopped months ago, or who had a single session, is not.
 */
@Component
final class TreatmentCourses {

	private static final Set<String> DONE_OR_UNDER_WAY = Set.of("completed", "in-progress");

	private static final String[] NUMBERS = { "", "once", "twice", "three times", "four times", "five times",
			"six times" };

	private final CodeSet sessions;

	private final CourseSettings settings;

	TreatmentCourses(ValueSetFiles files, CourseSettings settings) {
		this.sessions = files.valueSet(settings.sessions());
		this.settings = settings;
	}

	/**
	 * One course: its sessions in order, when it started, how often it recurs ("three times a week") and the start of
	 * the first day on which it no longer counts as under way (its last session's day plus its allowance, passed).
	 */
	record Course(List<PerformedProcedure> sessions, Instant start, String rhythm, Duration allowance, Instant until) {

		PerformedProcedure first() {
			return sessions.get(0);
		}

		PerformedProcedure latest() {
			return sessions.get(sessions.size() - 1);
		}

		/**
		 * Whether the course was under way at {@code at}: begun, and its last session no more days before than its
		 * allowance.
		 */
		boolean underWayAt(Instant at) {
			return !start.isAfter(at) && at.isBefore(until);
		}

	}

	CodeSet sessions() {
		return sessions;
	}

	/** The longest a course may pause between sessions and still be under way. */
	java.time.Duration maximumGap() {
		return settings.maximumGap();
	}

	String describe() {
		return sessions.describe() + "; at least " + settings.minimumSessions() + " sessions, under way for "
				+ settings.missedIntervals() + " usual intervals after the last (" + settings.minimumGap() + " to "
				+ settings.maximumGap() + ")";
	}

	/**
	 * The courses among the procedures done or in progress by {@code now} that are sessions and pass {@code of} (e.g.
	 * in the high-impact value set), whether or not still under way.
	 */
	List<Course> find(List<PerformedProcedure> procedures, Predicate<PerformedProcedure> of, Instant now, ZoneId zone) {
		List<PerformedProcedure> candidates = procedures.stream()
			.filter(p -> DONE_OR_UNDER_WAY.contains(p.status()) && p.performedAt() != null
					&& !p.performedAt().isAfter(now) && sessions.matches(p.concept()) && of.test(p))
			.sorted(Comparator.comparing(PerformedProcedure::performedAt))
			.toList();
		List<Course> courses = new ArrayList<>();
		for (List<PerformedProcedure> family : families(candidates)) {
			course(family, zone).ifPresent(courses::add);
		}
		return courses;
	}

	/** Sessions that share a family (a coding of the same CPT range, prefix or code), in the order given. */
	private List<List<PerformedProcedure>> families(List<PerformedProcedure> candidates) {
		int[] parent = new int[candidates.size()];
		Map<String, Integer> firstWithFamily = new HashMap<>();
		for (int i = 0; i < candidates.size(); i++) {
			parent[i] = i;
			for (CodedConcept coding : candidates.get(i).codes()) {
				int session = i;
				sessions.family(coding).ifPresent(key -> {
					Integer other = firstWithFamily.putIfAbsent(key, session);
					if (other != null) {
						parent[root(parent, session)] = root(parent, other);
					}
				});
			}
		}
		Map<Integer, List<PerformedProcedure>> groups = new LinkedHashMap<>();
		for (int i = 0; i < candidates.size(); i++) {
			groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(candidates.get(i));
		}
		return List.copyOf(groups.values());
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			i = parent[i];
		}
		return i;
	}

	/** The family's latest course, if its latest sessions recur often enough to make one. */
	private Optional<Course> course(List<PerformedProcedure> family, ZoneId zone) {
		List<LocalDate> days = family.stream()
			.map(p -> LocalDate.ofInstant(p.performedAt(), zone))
			.distinct()
			.toList();
		int from = lastRun(days, settings.maximumGap().toDays());
		long allowance = allowance(days.subList(from, days.size()));
		from = Math.max(from, lastRun(days, allowance));
		List<LocalDate> run = days.subList(from, days.size());
		if (run.size() < settings.minimumSessions()) {
			return Optional.empty();
		}
		allowance = allowance(run);
		LocalDate firstDay = run.get(0);
		List<PerformedProcedure> inCourse = family.stream()
			.filter(p -> !LocalDate.ofInstant(p.performedAt(), zone).isBefore(firstDay))
			.toList();
		Instant until = run.get(run.size() - 1).plusDays(allowance + 1).atStartOfDay(zone).toInstant();
		return Optional.of(new Course(inCourse, inCourse.get(0).performedAt(), rhythm(run), Duration.ofDays(allowance),
				until));
	}

	/** Where the last run of days with no gap longer than {@code gap} begins. */
	private static int lastRun(List<LocalDate> days, long gap) {
		int from = days.size() - 1;
		while (from > 0 && ChronoUnit.DAYS.between(days.get(from - 1), days.get(from)) <= gap) {
			from--;
		}
		return from;
	}

	private long allowance(List<LocalDate> run) {
		long usual = median(run);
		return Math.min(settings.maximumGap().toDays(),
				Math.max(settings.minimumGap().toDays(), usual * settings.missedIntervals()));
	}

	private static long median(List<LocalDate> run) {
		if (run.size() < 2) {
			return 0;
		}
		List<Long> intervals = new ArrayList<>();
		for (int i = 1; i < run.size(); i++) {
			intervals.add(ChronoUnit.DAYS.between(run.get(i - 1), run.get(i)));
		}
		intervals.sort(Comparator.naturalOrder());
		return intervals.get(intervals.size() / 2);
	}

	/** "daily", "three times a week", "weekly", "every 3 weeks": how often the sessions came. */
	static String rhythm(List<LocalDate> run) {
		long usual = median(run);
		if (usual < 7) {
			long span = Math.max(1, ChronoUnit.DAYS.between(run.get(0), run.get(run.size() - 1)));
			long perWeek = Math.round(7.0 * (run.size() - 1) / span);
			return perWeek >= 7 ? "daily" : NUMBERS[(int) Math.max(1, perWeek)] + " a week";
		}
		long weeks = Math.round(usual / 7.0);
		return weeks <= 1 ? "weekly" : "every " + weeks + " weeks";
	}

}
