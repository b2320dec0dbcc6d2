package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A MedicationRequest, or a MedicationStatement read as one (intent {@code statement}).
 * @param validity when the prescription may be dispensed (dispenseRequest.validityPeriod), if stated
 * @param reasonReferences unversioned references of the conditions it treats
 */
public record MedicationOrder(String reference, String id, String status, String intent, Concept medication,
		@Nullable Instant authoredOn, Period validity, List<Concept> reasonCodes, List<String> reasonReferences) {

	public MedicationOrder {
		reasonCodes = List.copyOf(reasonCodes);
		reasonReferences = List.copyOf(reasonReferences);
	}

	public String display() {
		return medication.display();
	}

}
