package org.secondopinion.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 401 and 403 as RFC 9457 problem details, saying what is wrong without leaking internals. */
public final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean tokenPresent = request.getHeader("Authorization") != null;
		response.setHeader("WWW-Authenticate", tokenPresent
				? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\""
				: "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, tokenPresent
				? "The access token was not accepted: it is expired, not signed by the second-opinion realm, or not meant for this API."
				: "This endpoint needs an access token from the second-opinion realm (Authorization: Bearer ...).");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, ex instanceof CsrfException
				? "This request changes data but carries neither a bearer token nor a valid CSRF token."
				: "Your role does not allow this request.");
	}

	static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.getOutputStream()
			.write(("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + escape(detail) + "\",\"instance\":\"" + escape(request.getRequestURI()) + "\"}")
				.getBytes(StandardCharsets.UTF_8));
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
