package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.MedicationOrder;
import org.secondopinion.assessment.picture.RecordedCondition;

/**
 * A course of prescriptions for one problem, followed across the MedicationRequests that make it up: an up-titration
 * or a renewal is written as a new request, and the one it replaces is marked completed, often with no end date.
 */
final class PrescriptionCourse {

	/** Prescriptions that may make up a course: those written to be taken, not drafts, cancellations or errors. */
	private static final Set<String> COURSE_STATUSES = Set.of("active", "completed", "stopped");

	private PrescriptionCourse() {
	}

	/** One prescription of a course: from its start to its end, {@code null} while it runs on. */
	record Course(MedicationOrder order, Instant start, @Nullable Instant end,
			List<RecordedCondition> conditions) {
	}

	/**
	 * A course of prescriptions for a monitored condition that, one after another, cover the time from the first value
	 * to the last: up-titrations and renewals are written as a new MedicationRequest and the one it replaces is marked
	 * completed, often with no end date. A completed prescription with no validity end runs until the next one for
	 * the condition starts (it was replaced, not stopped); a stopped one, or the last of the course, ends at its
	 * validity end, else where it started. The course must start by {@code latestStart} and leave no gap longer than
	 * {@code grace}; a course of one prescription is left to the caller.
	 */
	static List<Course> find(List<MedicationOrder> medications,
			Function<MedicationOrder, @Nullable List<RecordedCondition>> forCondition, Instant latestStart, Instant to,
			Duration grace) {
		List<Course> orders = new ArrayList<>();
		for (MedicationOrder medication : medications) {
			Instant start = medication.authoredOn() != null ? medication.authoredOn() : medication.validity().start();
			if (start == null || !COURSE_STATUSES.contains(medication.status())) {
				continue;
			}
			List<RecordedCondition> conditions = forCondition.apply(medication);
			if (conditions != null) {
				@Nullable Instant end = "active".equals(medication.status()) ? null
						: medication.validity().end() != null ? medication.validity().end() : start;
				orders.add(new Course(medication, start, end, conditions));
			}
		}
		orders.sort(Comparator.comparing(Course::start));
		for (int i = 0; i < orders.size(); i++) {
			Course order = orders.get(i);
			if ("completed".equals(order.order().status()) && order.order().validity().end() == null) {
				Instant next = orders.stream()
					.map(Course::start)
					.filter(s -> s.isAfter(order.start()))
					.findFirst()
					.orElse(order.start());
				orders.set(i, new Course(order.order(), order.start(), next, order.conditions()));
			}
		}
		List<Course> chain = new ArrayList<>();
		@Nullable Instant covered = null;
		boolean open = false;
		for (Course order : orders) {
			Instant mayStart = chain.isEmpty() ? latestStart : covered.plus(grace);
			if (open || order.start().isAfter(mayStart)) {
				break;
			}
			chain.add(order);
			open = order.end() == null;
			covered = open ? covered : covered == null || order.end().isAfter(covered) ? order.end() : covered;
		}
		boolean throughout = !chain.isEmpty() && (open || !covered.isBefore(to));
		return chain.size() > 1 && throughout ? chain : List.of();
	}

}
