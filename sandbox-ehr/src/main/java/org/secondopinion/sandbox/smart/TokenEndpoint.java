package org.secondopinion.sandbox.smart;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /auth/token}: the SMART Backend Services token endpoint. Grants {@code client_credentials} to a
 * registered client that authenticates with a signed JWT assertion, with the scopes asked for if the client may
 * have them. Answers RFC 6749 errors ({@code invalid_client} 401, others 400).
 */
@RestController
class TokenEndpoint {

	static final String PATH = "/auth/token";

	static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

	private final SandboxAccess access;

	private final AssertionVerifier verifier;

	TokenEndpoint(SandboxAccess access) {
		this.access = access;
		this.verifier = new AssertionVerifier(access, Clock.systemUTC());
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> token(@RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request) {
		if (!"client_credentials".equals(form.getFirst("grant_type"))) {
			throw new TokenRequestException(400, "unsupported_grant_type", "grant_type must be client_credentials");
		}
		if (!ASSERTION_TYPE.equals(form.getFirst("client_assertion_type"))) {
			throw TokenRequestException.invalidRequest("client_assertion_type must be " + ASSERTION_TYPE);
		}
		String assertion = form.getFirst("client_assertion");
		String scope = form.getFirst("scope");
		if (assertion == null || assertion.isBlank()) {
			throw TokenRequestException.invalidRequest("client_assertion is missing");
		}
		if (scope == null || scope.isBlank()) {
			throw TokenRequestException.invalidRequest("scope is missing");
		}
		SandboxAccess.RegisteredClient client = verifier.verify(assertion, request.getRequestURL().toString());
		requireAllowed(scope, client.scope());
		IssuedTokens.Grant grant = access.tokens().issue(client.clientId(), scope, access.currentTokenLifetime());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", grant.token());
		body.put("token_type", "bearer");
		body.put("expires_in", access.currentTokenLifetime().toSeconds());
		body.put("scope", scope);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(body);
	}

	@ExceptionHandler(TokenRequestException.class)
	ResponseEntity<Map<String, Object>> refused(TokenRequestException ex) {
		return ResponseEntity.status(ex.status())
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.body(Map.of("error", ex.error(), "error_description", ex.getMessage()));
	}

	private static void requireAllowed(String requested, @Nullable String allowed) {
		if (allowed == null) {
			return;
		}
		List<String> grantable = Arrays.asList(allowed.trim().split("\\s+"));
		for (String scope : requested.trim().split("\\s+")) {
			if (!grantable.contains(scope)) {
				throw new TokenRequestException(400, "invalid_scope", "the client may not be granted " + scope);
			}
		}
	}

}
