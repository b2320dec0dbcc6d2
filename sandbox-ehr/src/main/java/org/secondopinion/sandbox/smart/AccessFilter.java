package org.secondopinion.sandbox.smart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of {@code /fhir/*}: serves the SMART discovery document, and asks of every other request but
 * {@code /metadata} what the {@link AccessMode} in force requires, answering 401 (or 403 for a scope that does not
 * allow the request) with an OperationOutcome.
 */
class AccessFilter extends OncePerRequestFilter {

	static final String DISCOVERY = "/.well-known/smart-configuration";

	private final SandboxAccess access;

	AccessFilter(SandboxAccess access) {
		this.access = access;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getPathInfo() == null ? "" : request.getPathInfo();
		if (DISCOVERY.equals(path)) {
			discovery(request, response);
			return;
		}
		AccessMode mode = access.mode();
		if (mode == AccessMode.NONE || "/metadata".equals(path)) {
			chain.doFilter(request, response);
			return;
		}
		String header = request.getHeader("Authorization");
		switch (mode) {
			case BASIC -> {
				if (!matches(header, "Basic " + Base64.getEncoder()
					.encodeToString((access.username() + ":" + access.password()).getBytes(StandardCharsets.UTF_8)))) {
					refuse(response, 401, "Basic realm=\"sandbox-ehr\"", "HTTP basic credentials required");
					return;
				}
			}
			case BEARER -> {
				if (access.token() == null || !matches(header, "Bearer " + access.token())) {
					refuse(response, 401, "Bearer realm=\"sandbox-ehr\"", "A valid bearer token is required");
					return;
				}
			}
			default -> {
				Optional<IssuedTokens.Grant> grant = bearer(header).flatMap(access.tokens()::find);
				if (grant.isEmpty()) {
					refuse(response, 401, "Bearer realm=\"sandbox-ehr\", error=\"invalid_token\"",
							"A valid access token from the SMART token endpoint is required");
					return;
				}
				if (!ScopeCheck.allows(grant.get().scope(), request.getMethod(), resourceType(path))) {
					refuse(response, 403, "Bearer realm=\"sandbox-ehr\", error=\"insufficient_scope\"",
							"The access token's scope does not allow " + request.getMethod() + " of "
									+ resourceType(path));
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static void discovery(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String origin = request.getRequestURL().toString().replace(request.getRequestURI(), "");
		String tokenEndpoint = origin + request.getContextPath() + TokenEndpoint.PATH;
		response.setStatus(200);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("""
				{"token_endpoint":"%s",
				 "grant_types_supported":["client_credentials"],
				 "token_endpoint_auth_methods_supported":["private_key_jwt"],
				 "token_endpoint_auth_signing_alg_values_supported":["RS384","ES384"],
				 "scopes_supported":["system/*.read","system/*.write","system/Task.write"],
				 "capabilities":["client-confidential-asymmetric"]}""".formatted(tokenEndpoint));
	}

	private static Optional<String> bearer(@Nullable String header) {
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Optional.empty();
		}
		return Optional.of(header.substring(7).trim());
	}

	private static String resourceType(String path) {
		String first = path.startsWith("/") ? path.substring(1) : path;
		int slash = first.indexOf('/');
		String segment = slash < 0 ? first : first.substring(0, slash);
		return segment.isEmpty() || !Character.isUpperCase(segment.charAt(0)) ? "*" : segment;
	}

	private static boolean matches(@Nullable String header, String expected) {
		return header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
				expected.getBytes(StandardCharsets.UTF_8));
	}

	private static void refuse(HttpServletResponse response, int status, String challenge, String why)
			throws IOException {
		response.setStatus(status);
		response.setHeader("WWW-Authenticate", challenge);
		response.setContentType("application/fhir+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("""
				{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"%s","diagnostics":"%s"}]}"""
			.formatted(status == 401 ? "login" : "forbidden", why));
	}

}
