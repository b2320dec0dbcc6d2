package org.secondopinion.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is asking: resolved from the current request's access token or the session's login. */
public final class CurrentUsers {

	private static final String ROLE_PREFIX = "ROLE_";

	/**
	 * @throws IllegalStateException outside an authenticated request
	 */
	public CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Map<String, Object> claims = claims(authentication);
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a != null && a.startsWith(ROLE_PREFIX))
			.map(a -> a.substring(ROLE_PREFIX.length()))
			.collect(Collectors.toSet());
		Object facility = claims.get("facility");
		List<String> facilities = facility == null ? List.of() : facilities(facility);
		Object subject = claims.get("sub");
		Object username = claims.get("preferred_username");
		return new CurrentUser(subject == null ? "unknown" : subject.toString(),
				username == null ? null : username.toString(), roles, facilities, clientAddress());
	}

	/** The claims of a bearer token, or of a browser session's login (OpenID Connect user). */
	private static Map<String, Object> claims(@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
			return jwt.getClaims();
		}
		if (authentication != null && authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal user) {
			return user.getAttributes();
		}
		throw new IllegalStateException("No authenticated user for this request");
	}

	private static List<String> facilities(Object claim) {
		if (claim instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of(String.valueOf(claim));
	}

	private static @Nullable String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
