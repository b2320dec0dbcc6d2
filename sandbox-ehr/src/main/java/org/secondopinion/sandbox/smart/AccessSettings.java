package org.secondopinion.sandbox.smart;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access control of the sandbox, bound from {@code second-opinion.sandbox.access.*}.
 * @param mode what the FHIR endpoints require; {@code none} unless configured
 * @param username the user name that {@code basic} accepts
 * @param password the password that {@code basic} accepts
 * @param token the token of {@code bearer}
 * @param tokenLifetime how long an access token issued by the SMART token endpoint is valid
 * @param clients the SMART clients registered at start
 */
@ConfigurationProperties("second-opinion.sandbox.access")
public record AccessSettings(@Nullable AccessMode mode, @Nullable String username, @Nullable String password,
		@Nullable String token, @Nullable Duration tokenLifetime, @Nullable List<Client> clients) {

	/**
	 * A SMART backend client.
	 * @param clientId the {@code client_id} the client names in its assertions
	 * @param jwks a file holding the client's public JWK Set
	 * @param scope the scopes it may be granted, space separated; those it asks for when absent
	 */
	public record Client(String clientId, Path jwks, @Nullable String scope) {
	}

}
