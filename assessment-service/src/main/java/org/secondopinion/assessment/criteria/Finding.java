package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CriterionCode;

/**
 * A criterion met.
 * @param reason one sentence a care coordinator understands
 * @param evidence the exact resource versions behind it
 * @param urgent whether this finding alone makes the flag urgent
 * @param problems what the finding is about, for matching a second opinion already on record: unversioned
 * condition references ({@code Condition/7}) and codes as {@code system|code}; empty when it names no problem
 * @param due when the planned procedure or treatment it cites is scheduled, if it has a date
 * @param changesAt when the passing of time alone changes this finding (a planned date enters the urgency window,
 * passes or lapses), so that the patient is assessed again then; {@code null} when time alone changes nothing
 */
public record Finding(CriterionCode code, String reason, List<Evidence> evidence, boolean urgent,
		List<String> problems, @Nullable Due due, @Nullable Instant changesAt) {

	public Finding {
		evidence = List.copyOf(evidence);
		problems = List.copyOf(problems);
	}

	public Finding(CriterionCode code, String reason, List<Evidence> evidence, boolean urgent,
			List<String> problems) {
		this(code, reason, evidence, urgent, problems, null, null);
	}

	public Finding(CriterionCode code, String reason, List<Evidence> evidence, boolean urgent) {
		this(code, reason, evidence, urgent, List.of());
	}

	/** What a flag or a card shows of this finding. */
	public MetCriterion toMetCriterion() {
		return new MetCriterion(code, reason, evidence, due);
	}

}
