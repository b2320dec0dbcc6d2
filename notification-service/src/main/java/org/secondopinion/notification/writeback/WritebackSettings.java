package org.secondopinion.notification.writeback;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * FHIR Task write-back.
 * @param enabled whether case changes are written back to the EHR as Tasks
 * @param outboxPollInterval how often events waiting in the outbox are relayed to Kafka
 */
@Validated
@ConfigurationProperties("second-opinion.notification.writeback")
record WritebackSettings(boolean enabled, @NotNull Duration outboxPollInterval) {
}
