package org.secondopinion.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of {@code flag.*} events: all a coordinator needs without another lookup.
 * @param flagId stable id of the flag across raise, update and resolve
 * @param priority {@code urgent}, {@code high} or {@code routine}
 * @param status {@code open} or {@code resolved}
 */
public record FlagPayload(String flagId, PatientSummary patient, @Nullable String facility, String priority,
		String status, List<CriterionMet> criteria, @Nullable CoverageSummary coverage, String rulesetVersion,
		OffsetDateTime assessedAt) {

	public FlagPayload {
		criteria = List.copyOf(criteria);
	}

	/** Who the flag is about, as the EHR names them. */
	public record PatientSummary(String ehrId, String id, @Nullable String name, @Nullable String birthDate,
			@Nullable String mrn) {
	}

	/**
	 * One second-opinion criterion met, with a plain-language reason and the exact resource versions behind it.
	 * @param due when what the criterion is about is scheduled, for criteria about a planned procedure or
	 * treatment with a date; absent otherwise (and in events written before it existed)
	 */
	public record CriterionMet(String code, String reason, List<Evidence> evidence, @Nullable Due due) {

		public CriterionMet {
			evidence = List.copyOf(evidence);
		}

		public CriterionMet(String code, String reason, List<Evidence> evidence) {
			this(code, reason, evidence, null);
		}

	}

	/**
	 * The date a criterion's planned procedure or treatment is scheduled for: the earliest among those it cites, as
	 * a calendar day in the assessment's time zone.
	 * @param overdue the day had passed when the patient was assessed, and the order is still open with nothing
	 * recorded as done: a coordinator should confirm whether it took place
	 */
	public record Due(LocalDate date, boolean overdue) {
	}

	/** A versioned FHIR reference, e.g. {@code ServiceRequest/42/_history/3}, and what it shows. */
	public record Evidence(String reference, @Nullable String display) {
	}

	/** The patient's active coverage, summarised. */
	public record CoverageSummary(@Nullable String payer, @Nullable String plan, @Nullable String status) {
	}

}
