package org.secondopinion.notification.web;

import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.secondopinion.security.ProblemResponses;
import org.secondopinion.security.RealmRoles;
import org.secondopinion.security.Roles;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The web UI's own filter chain, ordered before the shared bearer-token chain: a session created by an OpenID
 * Connect login through Keycloak (authorization code with PKCE), CSRF protection on every form, and the same realm
 * roles and {@code facility} claim as the API, read from the access token of the login. The live case stream and
 * the printable packet also accept that session when a browser asks without a bearer token, and so do the API
 * description and its Swagger UI, for admins.
 */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

	static final String REGISTRATION = "keycloak";

	private static final String LOGIN = "/oauth2/authorization/" + REGISTRATION;

	@Bean
	ClientRegistrationRepository clientRegistrations(OAuth2ResourceServerProperties resourceServer, UiSettings settings) {
		String issuer = issuer(resourceServer);
		String endpoints = issuer + "/protocol/openid-connect";
		boolean secret = !settings.clientSecret().isBlank();
		ClientRegistration.Builder registration = ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(settings.clientId())
			.clientAuthenticationMethod(secret ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC : ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile")
			.issuerUri(issuer)
			.authorizationUri(endpoints + "/auth")
			.tokenUri(endpoints + "/token")
			.jwkSetUri(endpoints + "/certs")
			.userInfoUri(endpoints + "/userinfo")
			.userNameAttributeName("preferred_username")
			.providerConfigurationMetadata(Map.of("end_session_endpoint", endpoints + "/logout"))
			.clientName("Second Opinion");
		if (secret) {
			registration.clientSecret(settings.clientSecret());
		}
		return new InMemoryClientRegistrationRepository(registration.build());
	}

	@Bean
	@Order(1)
	SecurityFilterChain uiSecurity(HttpSecurity http, ClientRegistrationRepository registrations, JwtDecoder jwtDecoder,
			OAuth2ResourceServerProperties resourceServer, CaseStream stream) throws Exception {
		ProblemResponses problems = new ProblemResponses();
		RequestMatcher pages = new OrRequestMatcher(pathPattern("/"), pathPattern("/cases/**"),
				pathPattern("/dashboard"), pathPattern("/dashboard/**"), pathPattern("/filters"),
				pathPattern("/filters/**"), pathPattern("/admin/**"), pathPattern("/logout"));
		RequestMatcher assets = new OrRequestMatcher(pathPattern("/css/**"), pathPattern("/js/**"),
				pathPattern("/vendor/**"), pathPattern("/favicon.svg"));
		RequestMatcher login = new OrRequestMatcher(pathPattern("/login/**"), pathPattern("/oauth2/**"));
		RequestMatcher browserApi = new OrRequestMatcher(pathPattern("/api/v1/cases/stream"),
				pathPattern("/api/v1/cases/*/packet"));
		RequestMatcher sessionWithoutBearer = request -> request.getHeader("Authorization") == null
				&& request.getRequestedSessionId() != null;
		RequestMatcher browserApiWithSession = request -> browserApi.matches(request)
				&& sessionWithoutBearer.matches(request);
		// the API description and its Swagger UI, opened in a browser by an admin signed in to the UI
		RequestMatcher apiDocs = new OrRequestMatcher(pathPattern("/v3/api-docs"), pathPattern("/v3/api-docs/**"),
				pathPattern("/swagger-ui.html"), pathPattern("/swagger-ui/**"));
		RequestMatcher apiDocsWithoutBearer = request -> request.getHeader("Authorization") == null
				&& apiDocs.matches(request);
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));

		DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, "/oauth2/authorization");
		authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		logout.setPostLogoutRedirectUri("{baseUrl}/");
		String keycloakOrigin = origin(issuer(resourceServer));

		http.securityMatcher(new OrRequestMatcher(pages, assets, login, browserApiWithSession, apiDocsWithoutBearer))
			// a stream that the sign-out ended comes back to complete with the session already gone: it was
			// authorised when it was opened
			.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers(assets)
				.permitAll()
				.requestMatchers(login)
				.permitAll()
				.requestMatchers(apiDocs)
				.hasRole(Roles.ADMIN)
				.requestMatchers(pathPattern("/admin/**"))
				.hasRole(Roles.ADMIN)
				.anyRequest()
				.hasAnyRole(Roles.CARE_COORDINATOR, Roles.ADMIN))
			.oauth2Login(oauth -> oauth
				.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(realmRolesAndFacilities(jwtDecoder))))
			.logout(out -> out.addLogoutHandler((request, response, authentication) -> {
				jakarta.servlet.http.HttpSession session = request.getSession(false);
				if (session != null) {
					stream.endSession(session.getId());
				}
			}).logoutSuccessHandler(logout))
			.requestCache(cache -> cache.requestCache(pagesOnly(html)))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN), html)
				.defaultAuthenticationEntryPointFor(problems, request -> true)
				.defaultAccessDeniedHandlerFor(problems, request -> browserApi.matches(request) || UiErrorPages.asksForJson(request))
				.defaultAccessDeniedHandlerFor(UiSecurityConfiguration::forbiddenPage, request -> true))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "frame-ancestors 'none'; form-action 'self' " + keycloakOrigin))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
				.frameOptions(frame -> frame.deny()))
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable());
		return http.build();
	}

	/**
	 * Remembers, for after the sign-in, only a page the browser navigated to: never a fetch or an htmx request (a
	 * worklist row, a filter), which an old page may still send while the browser is on Keycloak's form, and which
	 * would otherwise be where the sign-in lands.
	 */
	private static HttpSessionRequestCache pagesOnly(MediaTypeRequestMatcher html) {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		RequestMatcher navigation = request -> "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
				&& html.matches(request);
		cache.setRequestMatcher(navigation);
		return cache;
	}

	/**
	 * Takes roles and facilities from the login's access token, checked like any bearer token (issuer, audience,
	 * signature), so that the UI grants exactly what the API would.
	 */
	private static OAuth2UserService<OidcUserRequest, OidcUser> realmRolesAndFacilities(JwtDecoder jwtDecoder) {
		OidcUserService delegate = new OidcUserService();
		RealmRoles realmRoles = new RealmRoles();
		return request -> {
			OidcUser user = delegate.loadUser(request);
			Jwt accessToken = jwtDecoder.decode(request.getAccessToken().getTokenValue());
			Collection<GrantedAuthority> authorities = realmRoles.convert(accessToken);
			Map<String, Object> claims = new HashMap<>();
			for (String claim : new String[] { "sub", "preferred_username", "facility", "realm_access" }) {
				Object value = accessToken.getClaims().get(claim);
				if (value != null) {
					claims.put(claim, value);
				}
			}
			return new DefaultOidcUser(authorities, user.getIdToken(), new OidcUserInfo(claims), "preferred_username");
		};
	}

	/** A signed-in user whose role does not open the UI (e.g. a clinician), or a form without a valid CSRF token. */
	private static void forbiddenPage(jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response,
			org.springframework.security.access.AccessDeniedException denied) throws java.io.IOException {
		response.setStatus(403);
		response.setContentType("text/html;charset=UTF-8");
		String reason = denied instanceof org.springframework.security.web.csrf.CsrfException
				? "The form had expired. Go back, reload the page and try again."
				: "The coordinator worklist is for care coordinators and admins. Sign out and sign in with such an account.";
		response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not allowed · "
				+ "Second Opinion</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main id=\"main\">"
				+ "<h1>Not allowed</h1><p class=\"error\">" + reason + "</p><p><a href=\"/\">Back to the worklist</a></p>"
				+ "</main></body></html>");
	}

	private static String issuer(OAuth2ResourceServerProperties resourceServer) {
		String issuer = resourceServer.getJwt().getIssuerUri();
		if (issuer == null || issuer.isBlank()) {
			throw new IllegalStateException("Set spring.security.oauth2.resourceserver.jwt.issuer-uri to the Keycloak realm");
		}
		return issuer;
	}

	private static String origin(String url) {
		URI uri = URI.create(url);
		return uri.getScheme() + "://" + uri.getAuthority();
	}

}
