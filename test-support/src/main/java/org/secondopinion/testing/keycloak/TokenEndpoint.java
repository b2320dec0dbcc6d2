package org.secondopinion.testing.keycloak;

import java.net.URI;
import java.util.Map;

/** The OAuth 2.0 token endpoint of one realm. */
final class TokenEndpoint {

	private final URI uri;

	private final URI introspection;

	TokenEndpoint(String issuerUri) {
		this.uri = URI.create(issuerUri + "/protocol/openid-connect/token");
		this.introspection = URI.create(this.uri + "/introspect");
	}

	/** Resource owner password grant: only the local {@code dev-cli} and {@code short-lived} clients allow it. */
	TokenResponse password(String clientId, String username, String password) {
		return KeycloakHttp.postForm(this.uri, Map.of("grant_type", "password", "client_id", clientId, "username",
				username, "password", password, "scope", "openid"));
	}

	/** Password grant of a confidential client, authenticated with its secret. */
	TokenResponse password(String clientId, String clientSecret, String username, String password) {
		return KeycloakHttp.postForm(this.uri, Map.of("grant_type", "password", "client_id", clientId,
				"client_secret", clientSecret, "username", username, "password", password, "scope", "openid"));
	}

	/**
	 * Whether Keycloak accepts the secret of the confidential client, with or without service account: asks the
	 * introspection endpoint about a dummy token (HTTP 200 for a known client, 401 otherwise).
	 */
	boolean accepts(String clientId, String clientSecret) {
		return KeycloakHttp.postForm(this.introspection,
				Map.of("client_id", clientId, "client_secret", clientSecret, "token", "not-a-token"))
			.status() == 200;
	}

	TokenResponse clientCredentials(String clientId, String clientSecret) {
		return KeycloakHttp.postForm(this.uri,
				Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret));
	}

}
