package org.secondopinion.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is asking: resolved from the current request's access token. */
public final class CurrentUsers {

	private static final String ROLE_PREFIX = "ROLE_";

	/**
	 * @throws IllegalStateException outside an authenticated request
	 */
	public CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
			throw new IllegalStateException("No authenticated user for this request");
		}
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a != null && a.startsWith(ROLE_PREFIX))
			.map(a -> a.substring(ROLE_PREFIX.length()))
			.collect(Collectors.toSet());
		List<String> facilities = jwt.hasClaim("facility") ? facilities(jwt.getClaims().get("facility")) : List.of();
		return new CurrentUser(jwt.getSubject() == null ? "unknown" : jwt.getSubject(),
				jwt.getClaimAsString("preferred_username"), roles, facilities, clientAddress());
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
