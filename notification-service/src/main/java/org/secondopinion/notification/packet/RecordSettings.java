package org.secondopinion.notification.packet;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the patient's record comes from: the assessment service, called with this service's own Keycloak client
 * (client credentials).
 * @param baseUrl the assessment service, e.g. {@code http://127.0.0.1:8082}
 * @param clientId this service's Keycloak client, whose service account reads the record
 * @param clientSecret the secret of {@code clientId}; from the environment ({@code NOTIFICATION_SERVICE_SECRET})
 * @param timeout how long one call to the assessment service may take
 */
@Validated
@ConfigurationProperties("second-opinion.notification.record")
record RecordSettings(@DefaultValue("http://127.0.0.1:8082") @NotBlank String baseUrl,
		@DefaultValue("notification-service") @NotBlank String clientId, @DefaultValue("") String clientSecret,
		@DefaultValue("10s") @NotNull Duration timeout) {
}
