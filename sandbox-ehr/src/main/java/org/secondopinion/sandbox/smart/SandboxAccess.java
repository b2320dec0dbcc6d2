package org.secondopinion.sandbox.smart;

import java.io.IOException;
import java.nio.file.Files;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWKSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The access control in force: the mode (configured, and switchable at run time by tests and demos), the static
 * credentials, the registered SMART clients and the tokens issued to them.
 */
@Component
public class SandboxAccess {

	private static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(5);

	private final Map<String, RegisteredClient> clients = new ConcurrentHashMap<>();

	private final IssuedTokens tokens;

	private final AccessSettings settings;

	private volatile AccessMode mode;

	private volatile @Nullable String username;

	private volatile @Nullable String password;

	private volatile @Nullable String token;

	private volatile Duration tokenLifetime;

	SandboxAccess(AccessSettings settings) {
		this.settings = settings;
		this.tokens = new IssuedTokens(Clock.systemUTC());
		this.mode = AccessMode.NONE;
		this.tokenLifetime = DEFAULT_TOKEN_LIFETIME;
		reset();
	}

	/** Back to the configured mode, credentials and clients; forgets issued tokens and their counts. */
	public final synchronized void reset() {
		mode = settings.mode() == null ? AccessMode.NONE : settings.mode();
		username = settings.username();
		password = settings.password();
		token = settings.token();
		tokenLifetime = settings.tokenLifetime() == null ? DEFAULT_TOKEN_LIFETIME : settings.tokenLifetime();
		clients.clear();
		tokens.clear();
		for (AccessSettings.Client client : settings.clients() == null ? List.<AccessSettings.Client>of()
				: settings.clients()) {
			try {
				register(client.clientId(), JWKSet.parse(Files.readString(client.jwks())), client.scope());
			}
			catch (IOException | ParseException ex) {
				throw new IllegalArgumentException("Cannot read the JWK Set of client " + client.clientId() + " from "
						+ client.jwks() + ": " + ex.getMessage(), ex);
			}
		}
	}

	/** Requires SMART access tokens of the FHIR endpoints. */
	public void requireSmart() {
		mode = AccessMode.SMART;
	}

	/** Requires HTTP basic with these credentials. */
	public void requireBasic(String username, String password) {
		this.username = username;
		this.password = password;
		mode = AccessMode.BASIC;
	}

	/** Requires this static bearer token. */
	public void requireBearer(String token) {
		this.token = token;
		mode = AccessMode.BEARER;
	}

	/** Registers a SMART client with its public keys; {@code scope} limits what it may be granted (null: anything). */
	public void register(String clientId, JWKSet publicKeys, @Nullable String scope) {
		if (publicKeys.getKeys().stream().anyMatch(key -> key.isPrivate())) {
			throw new IllegalArgumentException("Register the public keys of client " + clientId + ", not private ones");
		}
		clients.put(clientId, new RegisteredClient(clientId, publicKeys, scope));
	}

	/** How long the access tokens issued from now on are valid. */
	public void tokenLifetime(Duration lifetime) {
		this.tokenLifetime = lifetime;
	}

	/** How many access tokens the token endpoint issued to a client. */
	public int tokensIssuedTo(String clientId) {
		return tokens.issuedTo(clientId);
	}

	/** Makes every issued access token invalid, as if the authorization server had rotated its keys. */
	public void revokeTokens() {
		tokens.revokeAll();
	}

	AccessMode mode() {
		return mode;
	}

	@Nullable String username() {
		return username;
	}

	@Nullable String password() {
		return password;
	}

	@Nullable String token() {
		return token;
	}

	Duration currentTokenLifetime() {
		return tokenLifetime;
	}

	Optional<RegisteredClient> client(String clientId) {
		return Optional.ofNullable(clients.get(clientId));
	}

	IssuedTokens tokens() {
		return tokens;
	}

	/** A SMART backend client known to the token endpoint. */
	record RegisteredClient(String clientId, JWKSet publicKeys, @Nullable String scope) {
	}

}
