package org.secondopinion.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own authorisation rules, applied after the shared ones (health open, audit for admins) and before
 * "everything else needs an authenticated user".
 */
@FunctionalInterface
public interface ApiAccessRules {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
