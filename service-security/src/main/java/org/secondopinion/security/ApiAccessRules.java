package org.secondopinion.security;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own authorisation rules, applied after the shared ones (health open, audit for admins) and before
 * "everything else needs an authenticated user".
 */
@FunctionalInterface
public interface ApiAccessRules {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

	/**
	 * Path prefixes of endpoints that callers authenticate to without a bearer token or a session (e.g. webhooks
	 * checked by a shared secret): no cookie rides along, so they need no CSRF token.
	 */
	default List<String> pathsWithoutCsrf() {
		return List.of();
	}

}
