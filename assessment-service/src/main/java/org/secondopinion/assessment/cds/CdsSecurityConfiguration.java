package org.secondopinion.assessment.cds;

import org.secondopinion.security.ApiAccessRules;
import org.secondopinion.security.Roles;
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
	 * The per-criterion feedback summary is for admins, who tune the rules; the FHIR view of the flags for clinicians,
	 * admins and care coordinators (of their facilities).
	 */
	@Bean
	ApiAccessRules cdsFeedbackAccess() {
		return requests -> requests.requestMatchers("/api/v1/rules/feedback")
			.hasRole(Roles.ADMIN)
			.requestMatchers("/fhir/**")
			.hasAnyRole(Roles.CLINICIAN, Roles.ADMIN, Roles.CARE_COORDINATOR);
	}

}
