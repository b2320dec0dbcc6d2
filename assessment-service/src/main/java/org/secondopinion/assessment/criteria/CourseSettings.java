package org.secondopinion.assessment.criteria;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * How treatments recorded session by session (dialysis, chemotherapy cycles, radiotherapy fractions, infusions,
 * psychotherapy) are read as one course under way.
 * @param sessions FHIR ValueSet of treatments given as a series of sessions, by family; sessions of one family
 * (one CPT range, ICD-10-PCS prefix or code) make one course
 * @param minimumSessions a course has at least this many sessions, on as many days: fewer show no rhythm
 * @param missedIntervals a course is under way while no more than this many of its usual intervals (the median time
 * between its sessions) have passed since its last session; a longer gap between sessions ends a course
 * @param minimumGap …but never less than this (daily fractions pause over a weekend)
 * @param maximumGap …and never more than this: with no session for this long, the treatment is not under way
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.courses")
record CourseSettings(@NotNull Resource sessions, @Min(2) int minimumSessions, @Min(1) int missedIntervals,
		@NotNull Duration minimumGap, @NotNull Duration maximumGap) {
}
