package org.secondopinion.security;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param audience every access token must name this audience ({@code aud})
 * @param clockSkew tolerated difference between our clock and Keycloak's when checking {@code exp} and {@code nbf}
 * @param maxRequestSize larger request bodies are refused with 413
 */
@Validated
@ConfigurationProperties("second-opinion.security")
public record SecuritySettings(@DefaultValue("second-opinion-api") @NotBlank String audience,
		@DefaultValue("30s") @NotNull Duration clockSkew, @DefaultValue("1MB") @NotNull DataSize maxRequestSize) {
}
