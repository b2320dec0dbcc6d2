package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * @param secondOpinionCodes FHIR ValueSet of codes that mark a second opinion (a referral reason, a service)
 * @param phrases wording in a visit's, procedure's or referral's code or reason that names a second opinion
 * @param within a second opinion this recent, on the same problem, suppresses a finding
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.suppression")
record SuppressionSettings(@NotNull Resource secondOpinionCodes, @NotNull List<String> phrases,
		@NotNull Duration within) {
}
