package org.secondopinion.notification.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The date that matters of a piece of evidence, and what it is: the day a procedure or treatment is planned for or
 * was done, not the day it was ordered. An order's {@code authoredOn} is used only when it says nothing else.
 */
final class ClinicalDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/** Procedure statuses that mean it has not happened yet. */
	private static final Set<String> NOT_YET_DONE = Set.of("preparation", "in-progress", "on-hold", "not-done");

	private ClinicalDates() {
	}

	/**
	 * When a resource's event happens or happened.
	 * @param kind what the date is, as a sentence continues it: "order, planned for", "procedure, performed"
	 * @param planned whether the date is of something still to happen (so a past one is overdue)
	 */
	record When(LocalDate date, String kind, boolean planned) {

		/** {@code order, planned for 18 Dec 2026} */
		String text() {
			return kind + " " + DAY.format(date);
		}

	}

	static @Nullable When of(JsonNode resource) {
		return switch (resource.path("resourceType").asString()) {
			case "ServiceRequest" -> {
				LocalDate occurrence = first(resource.path("occurrenceDateTime"), resource.path("occurrencePeriod").path("start"),
						resource.path("occurrenceTiming").path("event").path(0),
						resource.path("occurrenceTiming").path("repeat").path("boundsPeriod").path("start"));
				yield occurrence != null ? new When(occurrence, "order, planned for", true)
						: when(first(resource.path("authoredOn")), "ordered on", false);
			}
			case "Procedure" -> {
				LocalDate performed = first(resource.path("performedDateTime"), resource.path("performedPeriod").path("start"));
				boolean notYet = NOT_YET_DONE.contains(resource.path("status").asString(""));
				yield when(performed, notYet ? "procedure, planned for" : "procedure, performed on", notYet);
			}
			case "MedicationRequest" -> {
				LocalDate start = first(
						resource.path("dosageInstruction").path(0).path("timing").path("repeat").path("boundsPeriod").path("start"),
						resource.path("dispenseRequest").path("validityPeriod").path("start"));
				yield start != null ? new When(start, "treatment, starting", true)
						: when(first(resource.path("authoredOn")), "prescribed on", false);
			}
			case "Condition" -> when(first(resource.path("onsetDateTime"), resource.path("onsetPeriod").path("start"),
					resource.path("recordedDate")), "diagnosis, recorded", false);
			case "Observation" -> when(first(resource.path("effectiveDateTime"), resource.path("effectivePeriod").path("start"),
					resource.path("issued")), "result of", false);
			default -> when(first(resource.path("date"), resource.path("authoredOn")), "dated", false);
		};
	}

	/**
	 * How far {@code date} is from {@code today}: "today", "in 12 days", "3 days overdue" (something planned whose
	 * day has passed) or "40 days ago".
	 */
	static String relative(LocalDate date, LocalDate today, boolean planned) {
		long days = ChronoUnit.DAYS.between(today, date);
		if (days == 0) {
			return "today";
		}
		if (days > 0) {
			return "in " + days + (days == 1 ? " day" : " days");
		}
		long past = -days;
		return past + (past == 1 ? " day" : " days") + (planned ? " overdue" : " ago");
	}

	static String day(LocalDate date) {
		return DAY.format(date);
	}

	private static @Nullable When when(@Nullable LocalDate date, String kind, boolean planned) {
		return date == null ? null : new When(date, kind, planned);
	}

	private static @Nullable LocalDate first(JsonNode... candidates) {
		for (JsonNode candidate : candidates) {
			String value = candidate.asString("");
			if (value.length() >= 10) {
				try {
					return LocalDate.parse(value.substring(0, 10));
				}
				catch (DateTimeParseException ex) {
					// not a date: try the next field
				}
			}
		}
		return null;
	}

}
