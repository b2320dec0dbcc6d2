package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.Optional;

import org.secondopinion.assessment.picture.ClinicalPicture;

/** One second-opinion criterion with a stable code from the contract. */
interface Criterion {

	String code();

	Optional<Finding> evaluate(ClinicalPicture picture, Instant now);

}
