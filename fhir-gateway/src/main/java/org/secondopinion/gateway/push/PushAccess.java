package org.secondopinion.gateway.push;

import java.util.List;

import org.secondopinion.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Opens the rest-hook endpoint to callers without a Keycloak token and without a CSRF token: EHRs authenticate
 * with their shared secret, which {@link SubscriptionController} checks.
 */
@Configuration(proxyBeanMethods = false)
class PushAccess {

	private static final String PREFIX = "/api/v1/subscriptions/";

	@Bean
	ApiAccessRules subscriptionAccess() {
		return new ApiAccessRules() {

			@Override
			public void configure(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers(HttpMethod.POST, PREFIX + "*").permitAll();
				requests.requestMatchers(HttpMethod.PUT, PREFIX + "*/*/*").permitAll();
				requests.requestMatchers(HttpMethod.DELETE, PREFIX + "*/*/*").permitAll();
			}

			@Override
			public List<String> pathsWithoutCsrf() {
				return List.of(PREFIX);
			}

		};
	}

}
