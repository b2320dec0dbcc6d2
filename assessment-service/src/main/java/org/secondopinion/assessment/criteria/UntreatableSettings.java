package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * @param palliativeCare FHIR ValueSet of palliative and hospice care plans, referrals and services
 * @param phrases wording in a condition's notes or a clinical note that says there is no treatment left
 * @param within how recent a dated signal must be (a referral, visit, procedure or note; a care plan still active
 * counts whenever it began): a hospice stay of years ago says nothing of today's options
 * @param continuingTreatment wording in a clinical note that says disease-directed treatment goes on (palliative care
 * alongside it, a live discharge from hospice, treatment options that remain): such a note outweighs the signals
 * before it and of its own day
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.untreatable")
record UntreatableSettings(@NotNull Resource palliativeCare, @NotEmpty List<String> phrases,
		@DefaultValue("365d") Duration within, @Nullable List<String> continuingTreatment) {
}
