package org.secondopinion.assessment.criteria;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * @param measures the monitored-measures table (codes, direction of worse, MCID, units, related conditions)
 * @param lookback values older than this are not part of the trend
 * @param minimumSpan the trend must span at least this long…
 * @param minimumValues …with at least this many values
 * @param startGrace a treatment that started this soon after the first value still counts as active throughout
 * @param replacementGap in a course of prescriptions, the next one may start this long after the one before ended (a
 * switch with a washout); a longer gap ends the course
 * @param longestPrescription a prescription with no end on record, stopped or completed, ran no longer than this after
 * it was written, however late the next one for the condition came (the longest a prescription stays valid)
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.worsening")
record WorseningSettings(@NotNull Resource measures, @NotNull Duration lookback, @NotNull Duration minimumSpan,
		@Min(2) int minimumValues, @NotNull Duration startGrace, @NotNull Duration replacementGap,
		@NotNull Duration longestPrescription) {
}
