package org.secondopinion.assessment;

import java.time.Duration;
import java.time.Instant;

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
 * @param outboxPollInterval how often flag events waiting in the outbox are relayed to Kafka
 * @param debounce how long after the first change of a burst a patient is re-assessed, so that a burst of events
 * yields one evaluation
 * @param reassessmentPollInterval how often patients due for re-assessment are looked for
 * @param asOf evaluate the rules as of this instant instead of now (reproducible runs on synthetic records whose
 * history ends on a fixed date); absent in production
 */
@Validated
@ConfigurationProperties("second-opinion.assessment")
public record AssessmentSettings(@NotBlank String rulesetVersion, @Min(1) int topicPartitions,
		@NotNull Duration outboxPollInterval, @NotNull Duration debounce, @NotNull Duration reassessmentPollInterval,
		@Valid @NotNull MajorProcedure majorProcedure, @Nullable Instant asOf) {

	/**
	 * @param valueSet FHIR ValueSet JSON listing the major or invasive procedures
	 * @param urgentWithin a planned procedure this close makes the flag urgent
	 */
	public record MajorProcedure(@NotNull Resource valueSet, @NotNull Duration urgentWithin) {
	}

}
