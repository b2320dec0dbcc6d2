package org.secondopinion.notification;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param topicPartitions partitions of the topics the service creates on start ({@code assessment.flags.v1},
 * {@code ehr.writeback.v1}, {@code ehr.directory.v1} and their dead-letter topics) when the broker allows it
 */
@Validated
@ConfigurationProperties("second-opinion.notification")
public record NotificationSettings(@Min(1) int topicPartitions) {
}
