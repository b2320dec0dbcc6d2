package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.MedicationOrder;
import org.secondopinion.assessment.picture.RecordedCondition;

/**
 * A course of prescriptions for one problem, followed across the MedicationRequests (and medication-list
 * MedicationStatements) that make it up. EHRs write a dose change, a renewal or a switch to another drug as a new
 * prescription and mark the one it replaces {@code completed} or {@code stopped} (Epic and Cerner discontinue the old
 * order when a new dose is ordered), often with no end date: the record then says the old one ended, not when, unless
 * the medication list says when the patient stopped taking it.
 */
final class PrescriptionCourse {

	/**
	 * Prescriptions that may make up a course: those written to be taken. A {@code cancelled} one was withdrawn before
	 * any was taken, {@code on-hold} is paused, {@code draft} and {@code entered-in-error} were never in force.
	 */
	private static final Set<String> COURSE_STATUSES = Set.of("active", "completed", "stopped");

	private static final Set<String> ENDED = Set.of("completed", "stopped");

	private PrescriptionCourse() {
	}

	/** One prescription of a course: from its start to its end, {@code null} while it runs on. */
	record Course(MedicationOrder order, Instant start, @Nullable Instant end, List<RecordedCondition> conditions) {
	}

	/**
	 * A course of prescriptions for a monitored condition that, one after another, cover the time from the first value
	 * to the last. Each prescription runs from when it was written: an active one runs on, unless a medication-list
 * statement of the same medicine says it was stopped (then it ended there); one with a recorded end
	 * (its dosage timing bounds, a statement's effective end) ends there; a completed one ends at its validity end,
	 * else when its supply ran out. Any other, a stopped one or a completed one with no dates, ended when the same
	 * medicine was next prescribed for the condition (it was replaced by a new dose or a renewal), but no later than its
	 * validity end, its supply, or {@code longest} after it was written, whichever comes first; with no next one of the
	 * same medicine, it ended where it started (nothing says it ran on: a switch to another drug after an undated stop
	 * may have followed a break, as when a drug is stopped for a side effect and another tried months later). The course must start by {@code latestStart}, and each next
	 * prescription start within {@code gap} of the end of those before; a longer gap ends a course, and a later
	 * prescription that starts by {@code latestStart} may start a new one. A course of one prescription is left to the
	 * caller.
	 */
	static List<Course> find(List<MedicationOrder> medications,
			Function<MedicationOrder, @Nullable List<RecordedCondition>> forCondition, Instant latestStart, Instant to,
			Duration gap, Duration longest) {
		List<Course> orders = new ArrayList<>();
		for (MedicationOrder medication : medications) {
			Instant start = medication.start();
			if (start == null || !COURSE_STATUSES.contains(medication.status())) {
				continue;
			}
			List<RecordedCondition> conditions = forCondition.apply(medication);
			if (conditions != null) {
				orders.add(new Course(medication, start, null, conditions));
			}
		}
		orders.sort(Comparator.comparing(Course::start));
		List<Course> ended = orders.stream()
			.map(o -> new Course(o.order(), o.start(), end(o, orders, medications, longest), o.conditions()))
			.toList();
		List<Course> chain = new ArrayList<>();
		@Nullable Instant covered = null;
		for (Course order : ended) {
			if (!chain.isEmpty() && covered == null) {
				break;
			}
			if (chain.isEmpty() || order.start().isAfter(covered.plus(gap))) {
				if (order.start().isAfter(latestStart)) {
					break;
				}
				chain.clear();
				covered = order.start();
			}
			chain.add(order);
			covered = order.end() == null ? null : order.end().isAfter(covered) ? order.end() : covered;
		}
		boolean throughout = !chain.isEmpty() && (covered == null || !covered.isBefore(to));
		return chain.size() > 1 && throughout ? chain : List.of();
	}

	/**
	 * When a prescription of the course ended, {@code null} while it runs on. A medication-list statement of the same
	 * medicine that says when it was stopped (any statement, whatever condition it names or does not) dates the end of
	 * an active prescription and of a stopped or completed one that carries no end of its own.
	 */
	private static @Nullable Instant end(Course order, List<Course> orders, List<MedicationOrder> medications,
			Duration longest) {
		MedicationOrder medication = order.order();
		Instant start = order.start();
		if ("active".equals(medication.status())) {
			return stoppedBy(medication, start, medications);
		}
		if (medication.taken().end() != null) {
			return medication.taken().end();
		}
		@Nullable Instant stated = stoppedBy(medication, start, medications);
		if (stated != null) {
			return stated;
		}
		@Nullable Instant validityEnd = medication.validity().end();
		@Nullable Instant supplyEnd = medication.supply() == null ? null : start.plus(medication.supply());
		if ("completed".equals(medication.status()) && (validityEnd != null || supplyEnd != null)) {
			return validityEnd != null ? validityEnd : supplyEnd;
		}
		Instant latest = start.plus(longest);
		latest = validityEnd != null && validityEnd.isBefore(latest) ? validityEnd : latest;
		latest = supplyEnd != null && supplyEnd.isBefore(latest) ? supplyEnd : latest;
		for (Course next : orders) {
			if (next.start().isAfter(start) && sameMedicine(medication.medication(), next.order().medication())) {
				return next.start().isAfter(latest) ? latest : next.start();
			}
		}
		return start;
	}

	/**
	 * When a medication-list statement of the same medicine says that it was stopped after this prescription was
	 * written on {@code start} (status stopped or completed, with its effective end): the EHR left the prescription
	 * active, the patient stopped taking it. {@code null} when no statement says so.
	 */
	static @Nullable Instant stoppedBy(MedicationOrder prescription, Instant start, List<MedicationOrder> medications) {
		Instant stopped = null;
		for (MedicationOrder statement : medications) {
			Instant end = statement.taken().end();
			if ("statement".equals(statement.intent()) && ENDED.contains(statement.status()) && end != null
					&& end.isAfter(start) && sameMedicine(prescription.medication(), statement.medication())
					&& (stopped == null || end.isBefore(stopped))) {
				stopped = end;
			}
		}
		return stopped;
	}

	/**
	 * Whether two prescriptions are of one medicine, at whatever strength or form: a code in common, or a name whose
	 * words before the strength begin the other's ("sertraline 50 MG Oral Tablet", "sertraline 150 mg (100 mg + 50
	 * mg tablets)"; "metformin hydrochloride 500 MG" and "metformin"; not "insulin glargine" and "insulin lispro").
	 */
	static boolean sameMedicine(Concept one, Concept other) {
		if (one.sharesCodeWith(other)) {
			return true;
		}
		for (String mine : one.words()) {
			List<String> name = ingredient(mine);
			for (String theirs : other.words()) {
				List<String> otherName = ingredient(theirs);
				if (!name.isEmpty() && !otherName.isEmpty() && (startsWith(name, otherName) || startsWith(otherName, name))) {
					return true;
				}
			}
		}
		return false;
	}

	/** The words of a medication's name before its strength: "escitalopram 10 MG Oral Tablet" is "escitalopram". */
	private static List<String> ingredient(String name) {
		List<String> words = new ArrayList<>();
		for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.]+")) {
			if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
				break;
			}
			if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
				words.add(word);
			}
		}
		return words;
	}

	private static boolean startsWith(List<String> words, List<String> prefix) {
		return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
	}

}
