package org.secondopinion.notification;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

@Validated
@ConfigurationProperties("second-opinion.notification")
public record NotificationSettings(@Min(1) int topicPartitions) {
}
