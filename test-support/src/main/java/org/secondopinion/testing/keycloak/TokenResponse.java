package org.secondopinion.testing.keycloak;

import tools.jackson.databind.JsonNode;

/** What a token endpoint answered: the HTTP status and the JSON body (an error body on failure). */
record TokenResponse(int status, JsonNode body) {

	/** The access token, or an exception naming the request and Keycloak's error. */
	String accessToken(String request) {
		String token = this.body.path("access_token").asString("");
		if (this.status != 200 || token.isEmpty()) {
			throw new IllegalStateException("Keycloak refused " + request + ": HTTP " + this.status + " " + this.body);
		}
		return token;
	}

	String error() {
		return this.body.path("error").asString("");
	}

}
