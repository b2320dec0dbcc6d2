package org.secondopinion.gateway.push;

import java.util.List;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.secondopinion.gateway.ingest.IngestSettings;
import org.secondopinion.security.ApiAccessRules;
import org.springdoc.core.customizers.OpenApiCustomizer;
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

	private static final String EHR_SECRET = "ehr-secret";

	/** In the API description: notifications carry the EHR's shared secret in the configured header. */
	@Bean
	OpenApiCustomizer subscriptionSecurityScheme(IngestSettings settings) {
		return api -> {
			api.getComponents().addSecuritySchemes(EHR_SECRET, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
				.in(SecurityScheme.In.HEADER)
				.name(settings.push().secretHeader())
				.description("The shared secret configured for the EHR (second-opinion.gateway.ingest.push.secrets)"));
			api.getPaths().forEach((path, item) -> {
				if (path.startsWith(PREFIX)) {
					item.readOperations()
						.forEach(operation -> operation.setSecurity(List.of(new SecurityRequirement().addList(EHR_SECRET))));
				}
			});
		};
	}

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
