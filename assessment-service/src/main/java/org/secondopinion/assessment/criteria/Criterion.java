package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.events.CriterionCode;

/** One second-opinion criterion with a stable code from the contract. */
interface Criterion {

	CriterionCode code();

	Optional<Finding> evaluate(ClinicalPicture picture, Instant now);

	/**
	 * Evaluates, and tells {@code gaps} where the picture holds data the rule had to leave out or could not decide
	 * on (values without units, too few values to tell a trend). Rules that never lack data need not override it.
	 */
	default Optional<Finding> evaluate(ClinicalPicture picture, Instant now, Consumer<DataGap> gaps) {
		return evaluate(picture, now);
	}

	/** What the rule looks for, in a sentence, for the rule catalog. */
	String summary();

	/**
	 * The parameters in force, by their configuration key, with value sets and tables described by name, version
	 * and content fingerprint; the ruleset version changes whenever any of these does.
	 */
	Map<String, String> parameters();

	/** The value sets the rule reads, so that their hierarchical filters can be kept expanded. */
	default List<CodeSet> valueSets() {
		return List.of();
	}

}
