package org.secondopinion.notification.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.secondopinion.events.FlagPayload;
import org.springframework.stereotype.Component;

/** Plain-language names of the codes the pages show; templates call it as {@code @labels}. */
@Component("labels")
class Labels {

	private static final Map<String, String> CRITERIA = Map.of("PERSISTENT_SYMPTOMS_NORMAL_WORKUP",
			"Persistent symptoms, normal work-up", "DIAGNOSIS_SYMPTOM_MISMATCH", "Diagnosis does not fit the symptoms",
			"MAJOR_PROCEDURE_PLANNED", "Major procedure planned", "UNTREATABLE_PROGNOSIS", "Called untreatable",
			"HIGH_IMPACT_TREATMENT", "High-impact treatment", "PATIENT_REPORTED_CONCERN", "Patient asked",
			"WORSENING_DESPITE_TREATMENT", "Worsening despite treatment", "RARE_OR_COMPLEX_CONDITION",
			"Rare or complex condition");

	private static final Map<String, String> STATUSES = Map.of("new", "New", "acknowledged", "Acknowledged",
			"in-review", "In review", "referred", "Referred", "closed", "Closed");

	private static final Map<String, String> OUTCOMES = Map.of("second-opinion-obtained", "Second opinion obtained",
			"patient-declined", "Patient declined", "not-needed", "Not needed");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final Map<String, String> PRIORITIES = Map.of("urgent", "Urgent", "high", "High", "routine",
			"Routine");

	public String criterion(String code) {
		return CRITERIA.getOrDefault(code, code);
	}

	/**
	 * The name of one criterion as met: its plain-language name, or, for a planned procedure or treatment whose day
	 * has passed with nothing recorded, "… overdue" rather than "… planned".
	 */
	public String finding(FlagPayload.CriterionMet criterion) {
		String name = criterion(criterion.code());
		if (criterion.due() == null || !criterion.due().overdue()) {
			return name;
		}
		return (name.endsWith(" planned") ? name.substring(0, name.length() - " planned".length()) : name) + " overdue";
	}

	/** {@code Due 18 Nov 2026}, {@code Was due 18 Nov 2026, not recorded as done}, or empty without a due date. */
	public String due(FlagPayload.CriterionMet criterion) {
		FlagPayload.Due due = criterion.due();
		if (due == null) {
			return "";
		}
		return due.overdue() ? "Was due " + DAY.format(due.date()) + ", not recorded as done" : "Due " + DAY.format(due.date());
	}

	public String status(String status) {
		return STATUSES.getOrDefault(status, status);
	}

	public String priority(String priority) {
		return PRIORITIES.getOrDefault(priority, priority);
	}

	public String outcome(String outcome) {
		return OUTCOMES.getOrDefault(outcome, outcome);
	}

	/** A moment as coordinators read it: {@code 2026-03-01 14:05 UTC}. */
	public String time(Instant instant) {
		return TIME.format(instant);
	}

}
