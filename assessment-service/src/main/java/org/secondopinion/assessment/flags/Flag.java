package org.secondopinion.assessment.flags;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.criteria.MetCriterion;
import org.secondopinion.assessment.picture.OrganizationLink;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;

/**
 * A patient's flag as this service keeps it: raised, updated and resolved by {@link FlagLifecycle}, stored in
 * table {@code flag} and sent as the {@code data} of {@code flag.*} events (both in the event's shape, written by
 * {@link FlagPayloads}).
 * @param id stable id of the flag across raise, update and resolve
 * @param facility where the EHR says the patient is cared for (the managing Organization's display, else its id)
 * @param organizations the organisation references of the patient's record that may tell which facility cares for
 * them, without their times; {@code null} for a flag stored before they were kept
 */
public record Flag(UUID id, FlaggedPatient patient, @Nullable String facility, Priority priority, FlagStatus status,
		List<MetCriterion> criteria, String rulesetVersion, Instant assessedAt,
		@Nullable List<OrganizationLink> organizations) {

	public Flag {
		criteria = List.copyOf(criteria);
		organizations = organizations == null ? null : List.copyOf(organizations);
	}

	/**
	 * Whether the other flag meets the same criteria with the same evidence and priority, for the same patient at
	 * the same place (facility and organisation references, so that a move to another facility is told).
	 */
	boolean sameFindings(Flag other) {
		return priority.equals(other.priority()) && criteria.equals(other.criteria())
				&& Objects.equals(facility, other.facility()) && Objects.equals(organizations, other.organizations())
				&& patient.equals(other.patient());
	}

}
