package org.secondopinion.sandbox.smart;

/** A refused token request, answered as an OAuth 2.0 error (RFC 6749 section 5.2). */
final class TokenRequestException extends RuntimeException {

	private final int status;

	private final String error;

	TokenRequestException(int status, String error, String description) {
		super(description);
		this.status = status;
		this.error = error;
	}

	static TokenRequestException invalidClient(String description) {
		return new TokenRequestException(401, "invalid_client", description);
	}

	static TokenRequestException invalidRequest(String description) {
		return new TokenRequestException(400, "invalid_request", description);
	}

	int status() {
		return status;
	}

	String error() {
		return error;
	}

}
