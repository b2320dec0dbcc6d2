package org.secondopinion.testing.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.secondopinion.testing.keycloak.KeycloakServer;

/**
 * Calls every mapped endpoint with a bearer token of each realm role, without a token and, for pages of a web UI,
 * from a signed-in browser session of each user, and reports each answer that its row of the access table does not
 * allow. An endpoint without a row is a failure too, and so is a row for an endpoint that is not mapped.
 * <p>
 * "Admitted" means any answer but 401 and 403 (a 404 for an id that names nothing, a 400 for a missing body are
 * admitted: the request got past the access rules).
 */
public final class AccessCheck {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final String baseUrl;

	private final Map<String, Supplier<String>> tokens;

	private final Map<Endpoint, Access> table;

	private final Map<String, BrowserSession> sessions = new LinkedHashMap<>();

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(TIMEOUT)
		.build();

	/**
	 * @param tokens per realm role, a supplier of an access token that carries it
	 * @param table per endpoint, who may call it
	 */
	public AccessCheck(String baseUrl, Map<String, Supplier<String>> tokens, Map<Endpoint, Access> table) {
		this.baseUrl = baseUrl;
		this.tokens = tokens;
		this.table = table;
	}

	/**
	 * A token per realm role from the shared Keycloak's users ({@code coordinator}, {@code clinician},
	 * {@code admin}) and the service account of {@code serviceClient}.
	 */
	public static Map<String, Supplier<String>> realmRoleTokens(KeycloakServer keycloak, String serviceClient) {
		Map<String, Supplier<String>> tokens = new LinkedHashMap<>();
		tokens.put("care-coordinator", () -> keycloak.accessToken("coordinator"));
		tokens.put("clinician", () -> keycloak.accessToken("clinician"));
		tokens.put("admin", () -> keycloak.accessToken("admin"));
		tokens.put("service", () -> keycloak.serviceToken(serviceClient));
		return tokens;
	}

	/** Signed-in browser sessions per realm role, for the endpoints of {@link Access#session}. */
	public AccessCheck withSession(String role, BrowserSession session) {
		sessions.put(role, session);
		return this;
	}

	/** Each way the service's answers differ from the table; empty when they all agree. */
	public List<String> failures(Set<Endpoint> mapped) {
		List<String> failures = new ArrayList<>();
		Set<Endpoint> unmapped = new TreeSet<>(table.keySet());
		unmapped.removeAll(mapped);
		unmapped.forEach(endpoint -> failures.add(endpoint + " has a row in the table but is not mapped"));
		for (Endpoint endpoint : mapped) {
			Access access = table.get(endpoint);
			if (access == null) {
				failures.add(endpoint + " has no row in the access table: say which roles it admits");
				continue;
			}
			check(endpoint, access, failures);
		}
		return failures;
	}

	private void check(Endpoint endpoint, Access access, List<String> failures) {
		int anonymous = bearer(endpoint, null);
		Map<String, Integer> byRole = new LinkedHashMap<>();
		tokens.forEach((role, token) -> byRole.put(role, bearer(endpoint, token.get())));
		switch (access) {
			case Access.Roles(Set<String> roles) -> {
				expectRefusedWithoutToken(endpoint, anonymous, failures);
				byRole.forEach((role, status) -> {
					if (roles.contains(role) && refused(status)) {
						failures.add(endpoint + " refuses role " + role + " with " + status + " but the table admits it");
					}
					else if (!roles.contains(role) && status != 403) {
						failures.add(endpoint + " answers role " + role + " with " + status + " but the table admits only "
								+ new TreeSet<>(roles) + " (expected 403)");
					}
				});
			}
			case Access.Session(Set<String> roles) -> {
				expectRefusedWithoutToken(endpoint, anonymous, failures);
				byRole.forEach((role, status) -> {
					if (!refused(status)) {
						failures.add(endpoint + " is a page of the web UI but a bearer token of role " + role
								+ " got " + status);
					}
				});
				if (sessions.isEmpty()) {
					failures.add(endpoint + " is a page of the web UI but no browser session was given to check it");
				}
				sessions.forEach((role, session) -> {
					int status = session.call(endpoint);
					if (roles.contains(role) && refused(status)) {
						failures.add(endpoint + " refuses the session of role " + role + " with " + status);
					}
					else if (!roles.contains(role) && status != 403) {
						failures.add(endpoint + " answers the session of role " + role + " with " + status
								+ " but the table admits only " + new TreeSet<>(roles) + " (expected 403)");
					}
				});
			}
			case Access.Anyone() -> {
				if (refused(anonymous)) {
					failures.add(endpoint + " is open to anyone but refuses a caller without a token with " + anonymous);
				}
				byRole.forEach((role, status) -> {
					if (refused(status)) {
						failures.add(endpoint + " is open to anyone but refuses role " + role + " with " + status);
					}
				});
			}
			case Access.EhrJwt() -> {
				if (anonymous != 401) {
					failures.add(endpoint + " answers a caller without a token with " + anonymous + " (expected 401)");
				}
				byRole.forEach((role, status) -> {
					if (status != 401) {
						failures.add(endpoint + " takes only an EHR's JWT but answers a Keycloak token of role " + role
								+ " with " + status + " (expected 401)");
					}
				});
			}
			case Access.SharedSecret() -> {
				Set<Integer> answers = new HashSet<>(byRole.values());
				answers.add(anonymous);
				if (answers.size() != 1 || answers.contains(403) || answers.stream().anyMatch(s -> s / 100 == 2)) {
					failures.add(endpoint + " is opened by the EHR's shared secret alone, but callers without it got "
							+ answers + " (no token: " + anonymous + ", by role: " + byRole + ")");
				}
			}
		}
	}

	private static void expectRefusedWithoutToken(Endpoint endpoint, int status, List<String> failures) {
		// a state-changing request without a token may meet the CSRF check (403) before the authentication check
		boolean expected = endpoint.method().equals("GET") ? status == 401 : refused(status);
		if (!expected) {
			failures.add(endpoint + " answers a caller without a token with " + status);
		}
	}

	private static boolean refused(int status) {
		return status == 401 || status == 403;
	}

	private int bearer(Endpoint endpoint, @Nullable String token) {
		HttpRequest.Builder request = request(endpoint, "{}", "application/json").header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return status(http, request.build());
	}

	HttpRequest.Builder request(Endpoint endpoint, String body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + endpoint.samplePath())).timeout(TIMEOUT);
		if (endpoint.method().equals("GET") || endpoint.method().equals("DELETE")) {
			return request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
		}
		return request.header("Content-Type", contentType)
			.method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body));
	}

	/** The status only: the body is closed unread, so that an event stream does not hold the check up. */
	static int status(HttpClient client, HttpRequest request) {
		try {
			HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			response.body().close();
			return response.statusCode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A browser's session of a web UI: its cookies, and the CSRF token its forms carry (when it has one). */
	public record BrowserSession(HttpClient client, String baseUrl, @Nullable String csrfToken) {

		private static final Pattern LOGIN_FORM = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");

		private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\"\\s+content=\"([^\"]+)\"");

		/**
		 * Signs in as a browser does: the web UI's OpenID Connect login ({@code /oauth2/authorization/{registration}}),
		 * Keycloak's login form, back to the UI; then reads a CSRF token from the UI's start page, when the user may
		 * see it.
		 */
		public static BrowserSession signIn(String baseUrl, String registration, String username, String password) {
			CookieHandler cookies = new BrowserCookies();
			HttpClient following = HttpClient.newBuilder()
				.cookieHandler(cookies)
				.followRedirects(HttpClient.Redirect.NORMAL)
				.connectTimeout(TIMEOUT)
				.build();
			String loginPage = body(following, HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/authorization/" + registration))
				.timeout(TIMEOUT)
				.build());
			Matcher form = LOGIN_FORM.matcher(loginPage);
			if (!form.find()) {
				throw new IllegalStateException("No Keycloak login form where the sign-in of " + username + " led");
			}
			body(following, HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
				.timeout(TIMEOUT)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
						+ "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId="))
				.build());
			HttpClient client = HttpClient.newBuilder()
				.cookieHandler(cookies)
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(TIMEOUT)
				.build();
			HttpResponse<String> start = send(client,
					HttpRequest.newBuilder(URI.create(baseUrl + "/")).timeout(TIMEOUT).header("Accept", "text/html").build());
			if (toLogin(start)) {
				throw new IllegalStateException("The sign-in of " + username + " did not leave a session: " + start.statusCode()
						+ " to " + start.headers().firstValue("Location").orElse("?")
						+ "");
			}
			Matcher csrf = CSRF.matcher(start.body());
			return new BrowserSession(client, baseUrl, csrf.find() ? csrf.group(1) : null);
		}

		/**
		 * A browser's cookie jar, per host, without the checks of {@code java.net.CookieManager} that a browser does not
		 * make for a local address: it sends {@code Secure} cookies (Keycloak's) over plain HTTP to 127.0.0.1 as
		 * browsers do for this trustworthy origin. For tests only: no paths, domains or expiry.
		 */
		private static final class BrowserCookies extends CookieHandler {

			private final Map<String, Map<String, String>> byHost = new java.util.concurrent.ConcurrentHashMap<>();

			@Override
			public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
				Map<String, String> cookies = byHost.getOrDefault(uri.getHost(), Map.of());
				if (cookies.isEmpty()) {
					return Map.of();
				}
				StringBuilder header = new StringBuilder();
				cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
				return Map.of("Cookie", List.of(header.toString()));
			}

			@Override
			public void put(URI uri, Map<String, List<String>> responseHeaders) {
				responseHeaders.forEach((name, values) -> {
					if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
						Map<String, String> cookies = byHost.computeIfAbsent(uri.getHost(), host -> new LinkedHashMap<>());
						for (String value : values) {
							String pair = value.split(";", 2)[0];
							int equals = pair.indexOf('=');
							if (equals > 0) {
								String cookie = pair.substring(0, equals).trim();
								String content = pair.substring(equals + 1).trim();
								boolean expired = value.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
								if (expired || content.isEmpty()) {
									cookies.remove(cookie);
								}
								else {
									cookies.put(cookie, content);
								}
							}
						}
					}
				});
			}

		}

		/** A redirect to the login: the session is not (or no longer) signed in. */
		private static boolean toLogin(HttpResponse<?> response) {
			return response.statusCode() / 100 == 3 && response.headers()
				.firstValue("Location")
				.filter(location -> location.contains("/oauth2/authorization/") || location.contains("/protocol/openid-connect/"))
				.isPresent();
		}

		private static String body(HttpClient client, HttpRequest request) {
			return send(client, request).body();
		}

		private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
			try {
				return client.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		int call(Endpoint endpoint) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + endpoint.samplePath()))
				.timeout(TIMEOUT)
				.header("Accept", "text/html");
			if (endpoint.method().equals("GET")) {
				request.GET();
			}
			else {
				String form = csrfToken == null ? "" : "_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8);
				request.header("Content-Type", "application/x-www-form-urlencoded")
					.method(endpoint.method(), HttpRequest.BodyPublishers.ofString(form));
			}
			HttpResponse<String> response = send(client, request.build());
			// a redirect to the login is the browser's form of 401
			return toLogin(response) ? 401 : response.statusCode();
		}

	}

}
