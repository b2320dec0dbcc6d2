package org.secondopinion.security;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every endpoint needs a valid JWT from the second-opinion realm except health probes; tokens are checked for
 * signature, issuer, audience and expiry. Requests that carry a bearer token are stateless and need no CSRF token;
 * any other state-changing request does.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@EnableConfigurationProperties(SecuritySettings.class)
public class ServiceSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties, SecuritySettings settings) {
		String issuer = properties.getJwt().getIssuerUri();
		if (issuer == null || issuer.isBlank()) {
			throw new IllegalStateException(
					"Set spring.security.oauth2.resourceserver.jwt.issuer-uri to the Keycloak realm, e.g. http://127.0.0.1:8180/realms/second-opinion");
		}
		// resolved on first use, so that a service can start before Keycloak answers
		return new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(settings.clockSkew()),
					new JwtIssuerValidator(issuer), new JwtClaimValidator<List<String>>("aud",
							audience -> audience != null && audience.contains(settings.audience()))));
			return decoder;
		});
	}

	@Bean
	CurrentUsers currentUsers() {
		return new CurrentUsers();
	}

	/**
	 * The bearer-token chain; it matches every request that an earlier chain (e.g. a service's session-based web UI,
	 * ordered before this one) leaves to it.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE - 100)
	@ConditionalOnMissingBean(name = "apiSecurity")
	SecurityFilterChain apiSecurity(HttpSecurity http, List<ApiAccessRules> rules) throws Exception {
		ProblemResponses problems = new ProblemResponses();
		JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
		authentication.setJwtGrantedAuthoritiesConverter(new RealmRoles());
		authentication.setPrincipalClaimName("sub");
		RequestMatcher bearerRequests = request -> {
			String header = request.getHeader("Authorization");
			return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
		};
		List<String> withoutCsrf = rules.stream().flatMap(rule -> rule.pathsWithoutCsrf().stream()).toList();
		RequestMatcher csrfExempt = request -> bearerRequests.matches(request)
				|| withoutCsrf.stream().anyMatch(request.getRequestURI()::startsWith);
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
			// counts and timings without patient data, scraped without a token from inside the cluster only
			// (docs/security.md#metrics-and-traces); the other actuator endpoints stay for admins
			requests.requestMatchers("/actuator/prometheus").permitAll();
			requests.requestMatchers("/error").permitAll();
			requests.requestMatchers("/api/v1/audit", "/api/v1/audit/**").hasRole(Roles.ADMIN);
			requests.requestMatchers("/actuator/**").hasRole(Roles.ADMIN);
			rules.forEach(rule -> rule.configure(requests));
			requests.anyRequest().authenticated();
		})
			.oauth2ResourceServer(resourceServer -> resourceServer
				.jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.ignoringRequestMatchers(csrfExempt))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; frame-ancestors 'none'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
				.frameOptions(frame -> frame.deny()))
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(SecuritySettings settings) {
		FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
				new RequestSizeLimit(settings.maxRequestSize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeaders() {
		FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(java.util.EnumSet.copyOf(java.util.List.of(SecurityHeaders.dispatcherTypes())));
		return registration;
	}

	@Bean
	@ConditionalOnClass(name = "org.apache.catalina.valves.ValveBase")
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> containerErrorHeaders() {
		return factory -> factory.addEngineValves(new ContainerErrorHeaders());
	}

}
