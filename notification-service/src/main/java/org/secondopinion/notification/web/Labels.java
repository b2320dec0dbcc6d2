package org.secondopinion.notification.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.secondopinion.events.CriterionCode;
import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.events.Priority;
import org.springframework.stereotype.Component;

/** Plain-language names of the codes the pages show; templates call it as {@code @labels}. */
@Component("labels")
class Labels {

	private static final Map<String, String> STATUSES = Map.of("new", "New", "acknowledged", "Acknowledged",
			"in-review", "In review", "referred", "Referred", "closed", "Closed");

	private static final Map<String, String> OUTCOMES = Map.of("second-opinion-obtained", "Second opinion obtained",
			"patient-declined", "Patient declined", "not-needed", "Not needed");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/** The criterion's name from the one catalog, {@link CriterionCode#label()}. */
	public String criterion(CriterionCode code) {
		return code.label();
	}

	/** The name of a criterion code as a request or filter spells it, or the code itself when it is none. */
	public String criterion(String code) {
		return CriterionCode.isKnown(code) ? CriterionCode.of(code).label() : code;
	}

	/**
	 * The name of one criterion as met: its plain-language name, or, for a planned procedure or treatment whose day
	 * has passed with nothing recorded, "… overdue" rather than "… planned".
	 */
	public String finding(IncomingFlag.CriterionMet criterion) {
		String name = criterion(criterion.code());
		if (criterion.due() == null || !criterion.due().overdue()) {
			return name;
		}
		return (name.endsWith(" planned") ? name.substring(0, name.length() - " planned".length()) : name) + " overdue";
	}

	/** {@code Due 18 Nov 2026}, {@code Was due 18 Nov 2026, not recorded as done}, or empty without a due date. */
	public String due(IncomingFlag.CriterionMet criterion) {
		IncomingFlag.Due due = criterion.due();
		if (due == null) {
			return "";
		}
		return due.overdue() ? "Was due " + DAY.format(due.date()) + ", not recorded as done" : "Due " + DAY.format(due.date());
	}

	public String status(String status) {
		return STATUSES.getOrDefault(status, status);
	}

	public String priority(Priority priority) {
		return priority.label();
	}

	/** The name of a priority as a request or filter spells it, or the value itself when it is none. */
	public String priority(String priority) {
		return Arrays.stream(Priority.values())
			.filter(p -> p.code().equals(priority))
			.findFirst()
			.map(Priority::label)
			.orElse(priority);
	}

	public String outcome(String outcome) {
		return OUTCOMES.getOrDefault(outcome, outcome);
	}

	/** A moment as coordinators read it: {@code 2026-03-01 14:05 UTC}. */
	public String time(Instant instant) {
		return TIME.format(instant);
	}

}
