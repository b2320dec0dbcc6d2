package org.secondopinion.assessment.intake;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxPollRecords most resource events the intake takes from Kafka at once and applies in one database
 * transaction (Kafka's {@code max.poll.records} for the intake's consumer): larger batches are faster in a backfill, a
 * poison record or a failure costs a larger retry
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.intake")
record IntakeSettings(@Min(1) int maxPollRecords) {
}
