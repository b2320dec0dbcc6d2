package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A Condition: a diagnosis, problem, symptom or finding on the patient's record.
 * @param reference the exact version, e.g. {@code Condition/7/_history/2}
 * @param clinicalStatus FHIR clinical status code ({@code active}, {@code resolved}, …); {@code unknown} if absent
 * @param verificationStatus FHIR verification status code, if any
 * @param notes the text of the condition's notes
 */
public record RecordedCondition(String reference, String id, Concept code, String clinicalStatus,
		@Nullable String verificationStatus, List<Concept> categories, @Nullable Instant onset,
		@Nullable Instant abatement, @Nullable Instant recorded, List<String> notes) {

	private static final Set<String> ACTIVE = Set.of("active", "recurrence", "relapse");

	private static final Set<String> NOT_TRUE = Set.of("refuted", "entered-in-error");

	public RecordedCondition {
		categories = List.copyOf(categories);
		notes = List.copyOf(notes);
	}

	/** Active (or back) and not refuted or entered in error. */
	public boolean isActive() {
		return ACTIVE.contains(clinicalStatus) && !refuted();
	}

	/** Refuted or entered in error: not to be read as a fact. */
	public boolean refuted() {
		return verificationStatus != null && NOT_TRUE.contains(verificationStatus);
	}

	/** When the condition was first noted: its onset, else when it was recorded. */
	public @Nullable Instant firstNoted() {
		return onset != null ? onset : recorded;
	}

	/** The unversioned reference, e.g. {@code Condition/7}, as other resources point to it. */
	public String plainReference() {
		return "Condition/" + id;
	}

	public String display() {
		return code.display();
	}

}
