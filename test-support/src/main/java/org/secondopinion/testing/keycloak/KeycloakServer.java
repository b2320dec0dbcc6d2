package org.secondopinion.testing.keycloak;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * A real Keycloak with the realm {@code second-opinion} of {@code deploy/keycloak/}, plus generated client
 * secrets, the users {@code coordinator}, {@code coordinator-south}, {@code coordinator-intake} (the fallback
 * team's), {@code clinician} and {@code admin} with
 * generated passwords, and the public password-grant client {@code dev-cli}. With test fixtures also the client
 * {@code short-lived} (access tokens live one second) and the realm {@code other-realm}.
 * <p>
 * Tests use {@link #shared()}; the local stack uses {@link #start(KeycloakOptions)}.
 */
public final class KeycloakServer implements AutoCloseable {

	private static final Duration TOKEN_REUSE = Duration.ofMinutes(1);

	private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();

	private static @Nullable KeycloakServer shared;

	private final KeycloakCredentials credentials;

	private final @Nullable KeycloakProcess ownProcess;

	KeycloakServer(KeycloakCredentials credentials, @Nullable KeycloakProcess ownProcess) {
		this.credentials = credentials;
		this.ownProcess = ownProcess;
	}

	/**
	 * Starts a Keycloak for this JVM and waits (up to 5 minutes) until it answers. It stops on {@link #close()}, or
	 * at the latest when this JVM ends.
	 */
	public static KeycloakServer start(KeycloakOptions options) {
		KeycloakLauncher.Started started = KeycloakLauncher.start(options, ProcessHandle.current());
		return new KeycloakServer(started.credentials(), started.process());
	}

	/**
	 * The Keycloak of this build, with test fixtures, on port 18180 (system property
	 * {@code second-opinion.keycloak.port}): started by the first test JVM that asks, reused by all later ones,
	 * stopped when the Maven build ends (or, outside Maven, when this JVM ends). {@link #close()} leaves it running.
	 */
	public static synchronized KeycloakServer shared() {
		if (shared == null) {
			shared = SharedKeycloak.obtain();
		}
		return shared;
	}

	/** {@code http://127.0.0.1:<port>/realms/second-opinion}: what {@code iss} says and resource servers trust. */
	public String issuerUri() {
		return baseUrl() + "/realms/" + KeycloakOptions.REALM;
	}

	/** {@code http://127.0.0.1:<port>}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.credentials.port();
	}

	/** The generated password of a user of realm {@code second-opinion}. */
	public String passwordOf(String username) {
		return require(this.credentials.users(), username, "user");
	}

	/** The generated secret of a confidential client ({@code coordinator-ui} and the service accounts). */
	public String clientSecret(String clientId) {
		return require(this.credentials.clientSecrets(), clientId, "confidential client");
	}

	/** Username to password, for the users of realm {@code second-opinion}. */
	public Map<String, String> users() {
		return this.credentials.users();
	}

	/**
	 * An access token of the user, from the password grant of the public client {@code dev-cli}. The same token is
	 * handed out for a minute (tokens live five): Keycloak 26's brute-force detection has been seen to lock a user out
	 * for a minute after many quick successful grants, with no failed one ("user_temporarily_disabled").
	 */
	public String accessToken(String username) {
		Instant now = Instant.now();
		IssuedToken issued = this.tokens.compute(username, (user, cached) -> cached != null
				&& cached.issuedAt().plus(TOKEN_REUSE).isAfter(now) ? cached
						: new IssuedToken(endpoint().password("dev-cli", user, passwordOf(user))
							.accessToken("the password grant of " + user + " via dev-cli"), now));
		return issued.token();
	}

	private record IssuedToken(String token, Instant issuedAt) {
	}

	/** An access token of the user that expires one second after it was issued (client {@code short-lived}). */
	public String shortLivedToken(String username) {
		requireTestFixtures();
		return endpoint().password("short-lived", username, passwordOf(username))
			.accessToken("the password grant of " + username + " via short-lived");
	}

	/** A valid access token of realm {@code other-realm}: same user name, roles and audience, other issuer. */
	public String otherRealmToken() {
		requireTestFixtures();
		Map.Entry<String, String> user = this.credentials.otherRealmUsers().entrySet().iterator().next();
		return new TokenEndpoint(baseUrl() + "/realms/other-realm").password("dev-cli", user.getKey(), user.getValue())
			.accessToken("the password grant of " + user.getKey() + " in other-realm");
	}

	/** An access token of the client's service account (client credentials with its generated secret). */
	public String serviceToken(String clientId) {
		return endpoint().clientCredentials(clientId, clientSecret(clientId))
			.accessToken("the client credentials grant of " + clientId);
	}

	/** Stops the Keycloak that this instance started; does nothing for {@link #shared()}. */
	@Override
	public void close() {
		if (this.ownProcess != null) {
			this.ownProcess.stop();
		}
	}

	TokenEndpoint endpoint() {
		return new TokenEndpoint(issuerUri());
	}

	private void requireTestFixtures() {
		if (this.credentials.otherRealmUsers().isEmpty()) {
			throw new IllegalStateException("This Keycloak was started without test fixtures");
		}
	}

	private static String require(Map<String, String> values, String key, String kind) {
		String value = values.get(key);
		if (value == null) {
			throw new IllegalArgumentException("No " + kind + " '" + key + "'; known: " + values.keySet());
		}
		return value;
	}

}
