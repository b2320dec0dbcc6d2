package org.secondopinion.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of {@code flag.*} events: all a coordinator needs without another lookup.
 * @param flagId stable id of the flag across raise, update and resolve
 * @param priority how soon a coordinator should look
 * @param status whether the flag is open or resolved
 * @param facility where the EHR says the patient is cared for, as the assessment service read it (the managing
 * Organization's display, else its id); kept for consumers that read it as before
 * @param organizations the organisation references found in the patient's record that may tell which facility
 * cares for them, each with where it was found, most telling first within each source; {@code null} when the
 * producer does not send them (an older assessment service), empty when the record holds none
 */
public record FlagPayload(String flagId, PatientSummary patient, @Nullable String facility, Priority priority,
		FlagStatus status, List<CriterionMet> criteria, @Nullable CoverageSummary coverage, String rulesetVersion,
		OffsetDateTime assessedAt, @Nullable List<OrganizationReference> organizations) {

	public FlagPayload {
		criteria = List.copyOf(criteria);
		organizations = organizations == null ? null : List.copyOf(organizations);
	}

	/** A flag without organisation references, as producers before them wrote it. */
	public FlagPayload(String flagId, PatientSummary patient, @Nullable String facility, Priority priority,
			FlagStatus status, List<CriterionMet> criteria, @Nullable CoverageSummary coverage, String rulesetVersion,
			OffsetDateTime assessedAt) {
		this(flagId, patient, facility, priority, status, criteria, coverage, rulesetVersion, assessedAt, null);
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
	public record CriterionMet(CriterionCode code, String reason, List<Evidence> evidence, @Nullable Due due) {

		public CriterionMet {
			evidence = List.copyOf(evidence);
		}

		public CriterionMet(CriterionCode code, String reason, List<Evidence> evidence) {
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

	/**
	 * A reference to an organisation, or to what leads to one, found in the patient's record.
	 * @param source where it was found: {@code managing-organization} (Patient.managingOrganization),
	 * {@code encounter-service-provider} (Encounter.serviceProvider), {@code encounter-location}
	 * (Encounter.location.location, a Location) or {@code requester} (ServiceRequest.requester,
	 * MedicationRequest.requester, CarePlan.author: a PractitionerRole, Practitioner or Organization)
	 * @param reference the literal reference as plain {@code Type/id}, e.g. {@code Organization/org-7}
	 * @param identifier the logical reference's identifier, when the record gives one
	 * @param display the reference's display text, e.g. the organisation's name
	 */
	public record OrganizationReference(String source, @Nullable String reference, @Nullable Identifier identifier,
			@Nullable String display) {

		public static final String MANAGING_ORGANIZATION = "managing-organization";

		public static final String ENCOUNTER_SERVICE_PROVIDER = "encounter-service-provider";

		public static final String ENCOUNTER_LOCATION = "encounter-location";

		public static final String REQUESTER = "requester";

	}

	/** A business identifier, {@code system|value}. */
	public record Identifier(@Nullable String system, String value) {

		@Override
		public String toString() {
			return (system == null ? "" : system) + "|" + value;
		}

	}

}
