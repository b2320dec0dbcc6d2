package org.secondopinion.assessment.cds;

import java.util.List;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.secondopinion.security.ApiAccessRules;
import org.secondopinion.security.Roles;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.ObjectMapper;

/**
 * The CDS endpoints trust the calling EHR's signed JWT, not Keycloak tokens: their own filter chain, ahead of the
 * shared one. Discovery is public, as the specification allows. The endpoints are stateless and take no cookies, so
 * they need no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class CdsSecurityConfiguration {

	private static final String EHR_JWT = "ehr-jwt";

	@Bean
	@Order(1)
	SecurityFilterChain cdsHooksSecurity(HttpSecurity http, CdsTokenVerifier verifier, ObjectMapper json)
			throws Exception {
		CdsProblems problems = new CdsProblems(json);
		DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
		http.securityMatcher("/cds-services", "/cds-services/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/cds-services")
				.permitAll()
				.anyRequest()
				.hasRole(CdsTokenVerifier.ROLE))
			.oauth2ResourceServer(resourceServer -> resourceServer
				.authenticationManagerResolver(verifier::authenticationManager)
				// discovery is public: a token sent with it is not checked
				.bearerTokenResolver(request -> "GET".equals(request.getMethod())
						&& "/cds-services".equals(request.getRequestURI().substring(request.getContextPath().length()))
								? null : bearer.resolve(request))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
				.frameOptions(frame -> frame.deny()))
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	/**
	 * The per-criterion feedback summary is for admins, who tune the rules; the FHIR view of the flags, like the CDS
	 * cards, for clinicians (and admins). Care coordinators work flags as cases in the notification service.
	 */
	@Bean
	ApiAccessRules cdsFeedbackAccess() {
		return requests -> requests.requestMatchers("/api/v1/rules/feedback")
			.hasRole(Roles.ADMIN)
			.requestMatchers("/fhir/**")
			.hasAnyRole(Roles.CLINICIAN, Roles.ADMIN);
	}

	/** In the API description: CDS Hooks calls carry the EHR's signed JWT, not a Keycloak token; discovery is public. */
	@Bean
	OpenApiCustomizer cdsHooksSecurityScheme() {
		return api -> {
			api.getComponents().addSecuritySchemes(EHR_JWT, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.bearerFormat("JWT")
				.description("The calling EHR's JWT, signed with its registered key (CDS Hooks 2.0 trusting CDS clients)"));
			api.getPaths().forEach((path, item) -> {
				if (path.equals("/cds-services")) {
					item.readOperations().forEach(operation -> operation.setSecurity(List.of()));
				}
				else if (path.startsWith("/cds-services/")) {
					item.readOperations()
						.forEach(operation -> operation.setSecurity(List.of(new SecurityRequirement().addList(EHR_JWT))));
				}
			});
		};
	}

}
