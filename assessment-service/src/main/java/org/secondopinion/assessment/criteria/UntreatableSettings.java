package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * @param palliativeCare FHIR ValueSet of palliative and hospice care plans, referrals and services
 * @param phrases wording in a condition's notes or a clinical note that says there is no treatment left
 * @param within how recent a dated signal must be (a referral, visit, procedure or note; a care plan still active
 * counts whenever it began): a hospice stay of years ago says nothing of today's options
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.untreatable")
record UntreatableSettings(@NotNull Resource palliativeCare, @NotEmpty List<String> phrases,
		@DefaultValue("365d") Duration within) {
}
