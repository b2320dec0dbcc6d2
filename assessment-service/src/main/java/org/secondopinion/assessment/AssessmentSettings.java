package org.secondopinion.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * @param rulesetVersion carried by every flag, so a coordinator can tell which rules raised it
 * @param topicPartitions partitions of the topics the service creates on start ({@code assessment.flags.v1} and the
 * dead-letter topic) when the broker allows it
 * @param outboxPollInterval how often flag events waiting in the outbox are relayed to Kafka
 * @param debounce how long after the first change of a burst a patient is re-assessed, so that a burst of events
 * yields one evaluation
 * @param reassessmentPollInterval how often patients due for re-assessment are looked for
 * @param asOf evaluate the rules as of this instant instead of now (reproducible runs on synthetic records whose
 * history ends on a fixed date); absent in production
 * @param dates how the rules count days to and from a planned date
 */
@Validated
@ConfigurationProperties("second-opinion.assessment")
public record AssessmentSettings(@NotBlank String rulesetVersion, @Min(1) int topicPartitions,
		@NotNull Duration outboxPollInterval, @NotNull Duration debounce, @NotNull Duration reassessmentPollInterval,
		@Valid @NotNull MajorProcedure majorProcedure, @Nullable Instant asOf, @Valid @NotNull Dates dates) {

	/**
	 * @param valueSet FHIR ValueSet JSON listing the major or invasive procedures
	 * @param urgentWithin a procedure planned for today or one of the days this far ahead makes the flag urgent,
	 * counted in whole days
	 */
	public record MajorProcedure(@NotNull Resource valueSet, @NotNull Duration urgentWithin) {
	}

	/**
	 * Days are whole calendar days in {@code zone}, counted from the day of evaluation (today is day 0); a date
	 * written without a time is that day in {@code zone}.
	 * @param zone the time zone whose calendar the rules count in, e.g. {@code UTC} or {@code Europe/Berlin}
	 * @param unconfirmedFor how long after its date a procedure or treatment still open and not recorded as done is
	 * flagged for a coordinator to confirm whether it took place; after that the open order is taken as stale and no
	 * longer flagged
	 */
	public record Dates(@NotNull ZoneId zone, @NotNull Duration unconfirmedFor) {
	}

}
