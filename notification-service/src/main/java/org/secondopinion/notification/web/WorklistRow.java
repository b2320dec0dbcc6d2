package org.secondopinion.notification.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.events.Priority;
import org.secondopinion.notification.cases.CaseListItem;

/**
 * One line of the worklist page.
 * @param acknowledgeBy while the case is new, when its priority's response time runs out
 */
record WorklistRow(String id, String status, Priority priority, IncomingFlag.PatientSummary patient,
		@Nullable String facility, List<IncomingFlag.CriterionMet> criteria, Instant createdAt, Instant updatedAt,
		@Nullable String assignee, @Nullable Instant acknowledgeBy) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	/** Evidence that names what is planned rather than why: the order, procedure or treatment itself. */
	private static final Set<String> PLANS = Set.of("ServiceRequest", "Procedure", "MedicationRequest",
			"MedicationAdministration", "MedicationStatement", "CarePlan", "Appointment");

	static WorklistRow of(CaseListItem item) {
		return new WorklistRow(item.id(), item.status(), item.priority(), item.patient(), item.facility(),
				item.criteria(), item.createdAt(), item.updatedAt(), item.assignee(), item.acknowledgeBy());
	}

	/** A planned procedure or treatment of the case: what it is and the day it is due. */
	record Planned(String what, LocalDate on) {

		/** {@code Spinal fusion on 18 Dec 2026, in 12 days}. */
		String describe(LocalDate today) {
			return what + " on " + DAY.format(on) + ", " + relative(on, today);
		}

	}

	/**
	 * When the case is due, as the worklist shows it.
	 * @param datetime the ISO date or instant, for {@code <time datetime>}
	 * @param what {@code Spinal fusion} or {@code Acknowledge}
	 * @param when {@code 18 Dec 2026}
	 * @param relative {@code in 12 days}
	 */
	record Due(String datetime, String what, String when, String relative, boolean overdue) {
	}

	/** An urgent case still open: highlighted on the worklist. */
	public boolean urgent() {
		return priority == Priority.URGENT && !status.equals("closed");
	}

	/** The planned procedure or treatment due first, if any criterion of the case has one. */
	Optional<Planned> planned() {
		return criteria.stream()
			.filter(c -> c.due() != null)
			.min(Comparator.comparing((IncomingFlag.CriterionMet c) -> c.due().date()))
			.map(c -> new Planned(plannedName(c), c.due().date()));
	}

	/** What is planned for a criterion with a due date, e.g. {@code Spinal fusion on 18 Dec 2026, in 12 days}. */
	public String plannedLine(IncomingFlag.CriterionMet criterion, LocalDate today) {
		return criterion.due() == null ? "" : new Planned(plannedName(criterion), criterion.due().date()).describe(today);
	}

	/**
	 * The planned procedure's or treatment's day while the case is open, else the moment it should be acknowledged
	 * by while it is new; {@code null} when neither applies.
	 */
	public @Nullable Due due(Instant now, LocalDate today) {
		if (status.equals("closed")) {
			return null;
		}
		Optional<Planned> planned = planned();
		if (planned.isPresent()) {
			LocalDate on = planned.get().on();
			return new Due(on.toString(), planned.get().what(), DAY.format(on), relative(on, today), on.isBefore(today));
		}
		if (acknowledgeBy != null) {
			Duration left = Duration.between(now, acknowledgeBy);
			String relative = left.isNegative() ? waited(left.negated()) + " ago" : "in " + waited(left);
			return new Due(acknowledgeBy.toString(), "Acknowledge", TIME.format(acknowledgeBy), relative,
					left.isNegative());
		}
		return null;
	}

	/** The patient's age in whole years on {@code today}, from the birth date; {@code null} when it is unknown. */
	public @Nullable Integer ageOn(LocalDate today) {
		String birthDate = patient.birthDate();
		if (birthDate == null || birthDate.length() < 4) {
			return null;
		}
		try {
			LocalDate born = birthDate.length() >= 10 ? LocalDate.parse(birthDate.substring(0, 10))
					: birthDate.length() >= 7 ? LocalDate.parse(birthDate.substring(0, 7) + "-01")
							: LocalDate.of(Integer.parseInt(birthDate.substring(0, 4)), 1, 1);
			return born.isAfter(today) ? null : Period.between(born, today).getYears();
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	/** "3 days", "5 hours", "12 minutes": how long the case has waited. */
	public String age(Instant now) {
		return waited(Duration.between(createdAt, now));
	}

	private static String waited(Duration waited) {
		if (waited.toDays() >= 1) {
			return plural(waited.toDays(), "day");
		}
		if (waited.toHours() >= 1) {
			return plural(waited.toHours(), "hour");
		}
		return plural(Math.max(0, waited.toMinutes()), "minute");
	}

	private static String relative(LocalDate on, LocalDate today) {
		long days = ChronoUnit.DAYS.between(today, on);
		if (days == 0) {
			return "today";
		}
		if (days == 1) {
			return "tomorrow";
		}
		if (days == -1) {
			return "yesterday";
		}
		return days > 0 ? "in " + days + " days" : -days + " days ago";
	}

	private String plannedName(IncomingFlag.CriterionMet criterion) {
		return criterion.evidence()
			.stream()
			.filter(e -> e.display() != null && !e.display().isBlank())
			.filter(e -> PLANS.contains(e.reference().substring(0, Math.max(0, e.reference().indexOf('/')))))
			.map(IncomingFlag.Evidence::display)
			.findFirst()
			.orElse(criterion.code().label());
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + (count == 1 ? "" : "s");
	}

}
