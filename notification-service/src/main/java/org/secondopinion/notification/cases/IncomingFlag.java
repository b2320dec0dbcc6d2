package org.secondopinion.notification.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.PatientRef;
import org.secondopinion.events.Priority;

/**
 * A flag as this service keeps it: what the intake read from a {@code flag.*} event, in the service's own records,
 * so that the wire format stays at the edge (the intake) and the cases, packet, alerts, placement and worklist work
 * on these. Stored as JSON in the case (patient, criteria, coverage, organisations) with the same field names as
 * the event's {@code data}.
 * @param flagId stable id of the flag across raise, update and resolve
 * @param facility where the EHR says the patient is cared for, as the assessment service read it
 * @param organizations the organisation references found in the patient's record that may tell which facility
 * cares for them, most telling first within each source; {@code null} when the producer sent none
 * @param traceParent the W3C {@code traceparent} of the change the flag belongs to, as received with it, so that what
 * the case does next (its alerts, its task in the EHR) continues that change's trace; not stored
 */
public record IncomingFlag(String flagId, PatientSummary patient, @Nullable String facility, Priority priority,
		FlagStatus status, List<CriterionMet> criteria, @Nullable CoverageSummary coverage, String rulesetVersion,
		OffsetDateTime assessedAt, @Nullable List<OrganizationReference> organizations, @Nullable String traceParent) {

	public IncomingFlag {
		criteria = List.copyOf(criteria);
		organizations = organizations == null ? null : List.copyOf(organizations);
	}

	/** The reasons and evidence displays of {@code criteria}: the clinical words a case's flag gives. */
	public static List<String> phrases(List<CriterionMet> criteria) {
		List<String> phrases = new ArrayList<>();
		for (CriterionMet criterion : criteria) {
			phrases.add(criterion.reason());
			criterion.evidence().forEach(e -> phrases.add(e.display() == null ? "" : e.display()));
		}
		return phrases;
	}

	/**
	 * Who the flag is about, as the EHR names them; in JSON {@code ehrId} is the plain string it is in the event.
	 */
	public record PatientSummary(EhrId ehrId, String id, @Nullable String name, @Nullable String birthDate,
			@Nullable String mrn) {

		/** The patient as a typed reference (not a field of the stored or served JSON). */
		public PatientRef ref() {
			return new PatientRef(ehrId, id);
		}
	}

	/**
	 * One second-opinion criterion met, with a plain-language reason and the exact resource versions behind it.
	 * @param due when what the criterion is about is scheduled; absent for criteria without a date
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
	 * The calendar day a criterion's planned procedure or treatment is scheduled for.
	 * @param overdue the day had passed at the assessment and nothing is recorded as done
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
	 * @param source where it was found: {@code managing-organization}, {@code encounter-service-provider},
	 * {@code encounter-location} or {@code requester}
	 * @param reference the literal reference as plain {@code Type/id}
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
