package org.secondopinion.assessment.criteria;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * @param treatments FHIR ValueSet of high-impact treatments (procedures, regimens, medications)
 * @param urgentWithin a treatment planned to start this close makes the flag urgent
 * @param baselineWithin a quality-of-life score counts as the baseline only if taken this long before the treatment
 * began, at most
 * @param qualityOfLife the patient-reported scores watched after a treatment began, each with its MCID
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.high-impact")
record HighImpactSettings(@NotNull Resource treatments, @NotNull Duration urgentWithin,
		@NotNull Duration baselineWithin, @Valid @NotNull List<QualityOfLifeMeasure> qualityOfLife) {

	/**
	 * @param mcid the minimal clinically important difference: a fall at least this large matters to patients
	 * @param higherIsBetter whether a higher score means a better quality of life
	 */
	record QualityOfLifeMeasure(@NotBlank String system, @NotBlank String code, @NotBlank String name,
			@NotNull @Positive BigDecimal mcid, boolean higherIsBetter) {

		@Override
		public String toString() {
			return system + "|" + code + " " + name + " mcid " + mcid.toPlainString()
					+ (higherIsBetter ? " higher is better" : " lower is better");
		}

	}

}
