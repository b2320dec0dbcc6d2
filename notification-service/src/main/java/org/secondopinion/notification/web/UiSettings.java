package org.secondopinion.notification.web;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the web UI logs coordinators in.
 * @param clientId the Keycloak client of the UI (authorization code flow with PKCE)
 * @param clientSecret its secret; empty for a public client
 */
@Validated
@ConfigurationProperties("second-opinion.notification.ui")
record UiSettings(@DefaultValue("coordinator-ui") @NotBlank String clientId, @DefaultValue("") String clientSecret) {
}
