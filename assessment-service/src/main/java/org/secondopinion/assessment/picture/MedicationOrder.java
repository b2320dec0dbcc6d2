package org.secondopinion.assessment.picture;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A MedicationRequest, or a MedicationStatement read as one (intent {@code statement}).
 * @param validity when the prescription may be dispensed (dispenseRequest.validityPeriod), if stated; a statement's
 * effective period
 * @param taken when the medication was to be taken, as recorded: the bounds of the dosage instructions' timing (a
 * period, or a duration from the start), or a statement's effective period; open where the record says nothing
 * @param supply how long the supply the prescription allows lasts (dispenseRequest.expectedSupplyDuration times one
 * plus numberOfRepeatsAllowed), if stated
 * @param reasonReferences unversioned references of the conditions it treats
 * @param asNeeded taken only as needed, when symptoms come (every dosage instruction says so: {@code asNeeded[x]}, or
 * "prn" or "as needed" in its text): rescue medicine, not treatment that runs
 */
public record MedicationOrder(String reference, String id, String status, String intent, Concept medication,
		@Nullable Instant authoredOn, Period validity, Period taken, @Nullable Duration supply,
		List<Concept> reasonCodes, List<String> reasonReferences, boolean asNeeded) {

	public MedicationOrder {
		reasonCodes = List.copyOf(reasonCodes);
		reasonReferences = List.copyOf(reasonReferences);
	}

	public String display() {
		return medication.display();
	}

	/** When it started: written, else the start of its validity (a statement's effective start). */
	public @Nullable Instant start() {
		return authoredOn != null ? authoredOn : validity.start();
	}

}
