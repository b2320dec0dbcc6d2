package org.secondopinion.events;

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

	/** One second-opinion criterion met, with a plain-language reason and the exact resource versions behind it. */
	public record CriterionMet(String code, String reason, List<Evidence> evidence) {

		public CriterionMet {
			evidence = List.copyOf(evidence);
		}

	}

	/** A versioned FHIR reference, e.g. {@code ServiceRequest/42/_history/3}, and what it shows. */
	public record Evidence(String reference, @Nullable String display) {
	}

	/** The patient's active coverage, summarised. */
	public record CoverageSummary(@Nullable String payer, @Nullable String plan, @Nullable String status) {
	}

}
