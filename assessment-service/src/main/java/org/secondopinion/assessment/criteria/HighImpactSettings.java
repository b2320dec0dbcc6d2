package org.secondopinion.assessment.criteria;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * @param treatments FHIR ValueSet of high-impact treatments (procedures, regimens, medications)
 * @param urgentWithin a treatment planned to start this close makes the flag urgent
 * @param startedWithin an ongoing treatment counts only while it began within this long; one running longer is the
 * patient's established care, watched for quality of life only
 * @param baselineWithin a quality-of-life score counts as the baseline only if taken this long before the treatment
 * began, at most
 * @param qualityOfLife the table of patient-reported scores watched after a treatment began, each with its codes (or
 * texts), direction of worse and MID
 * @param qualityOfLifeTreatments FHIR ValueSet of long-term treatments that are not high-impact but whose toxicity
 * commonly lowers quality of life (endocrine therapy for cancer, immunosuppressants, antiepileptics…): a
 * quality-of-life score falling by its MID while one runs counts, the treatment alone never does
 * @param operations FHIR ValueSet of major operations (the planned-procedure rule's set): once one is done, a
 * quality-of-life score below the one before it by its MID counts, the operation alone never does
 * @param operationRecovery how long after an operation its scores are the ordinary recovery: the scores taken this
 * long after it, or later, are compared with the one before
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.high-impact")
record HighImpactSettings(@NotNull Resource treatments, @NotNull Duration urgentWithin,
		@NotNull Duration startedWithin, @NotNull Duration baselineWithin, @NotNull Resource qualityOfLife,
		@NotNull Resource qualityOfLifeTreatments, @NotNull Resource operations, @NotNull Duration operationRecovery) {

}
