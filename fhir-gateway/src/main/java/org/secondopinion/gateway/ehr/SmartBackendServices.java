package org.secondopinion.gateway.ehr;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.gateway.GatewaySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMART Backend Services: obtains access tokens with the client credentials grant and a signed JWT client assertion,
 * from the token endpoint named in configuration or discovered at {@code {base}/.well-known/smart-configuration}.
 * A token is reused until {@code refreshBefore} its expiry, and replaced at once when the EHR refuses it.
 */
final class SmartBackendServices implements Authenticator {

	static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

	private static final Logger log = LoggerFactory.getLogger(SmartBackendServices.class);

	private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

	private final EhrId ehrId;

	private final URI baseUrl;

	private final GatewaySettings.Auth settings;

	private final ClientAssertionSigner signer;

	private final EhrTransport transport;

	private final EhrMetrics metrics;

	private final JsonMapper mapper;

	private final Clock clock;

	private @Nullable URI tokenEndpoint;

	private @Nullable AccessToken token;

	SmartBackendServices(EhrId ehrId, URI baseUrl, GatewaySettings.Auth settings, ClientAssertionSigner signer,
			EhrTransport transport, EhrMetrics metrics, JsonMapper mapper, Clock clock) {
		this.ehrId = ehrId;
		this.baseUrl = baseUrl;
		this.settings = settings;
		this.signer = signer;
		this.transport = transport;
		this.metrics = metrics;
		this.mapper = mapper;
		this.clock = clock;
		this.tokenEndpoint = settings.tokenEndpoint();
	}

	@Override
	public synchronized Optional<String> authorization() {
		AccessToken current = token;
		if (current == null || !clock.instant().isBefore(current.refreshAt())) {
			current = requestToken();
			token = current;
		}
		return Optional.of("Bearer " + current.value());
	}

	@Override
	public synchronized void invalidate() {
		token = null;
	}

	private AccessToken requestToken() {
		URI endpoint = tokenEndpoint();
		String form = form(Map.of("grant_type", "client_credentials", "scope", settings.scopeOrDefault(),
				"client_assertion_type", ASSERTION_TYPE, "client_assertion", signer.assertion(endpoint)));
		EhrResponse response;
		try {
			response = transport.exchange(endpoint, () -> HttpRequest.newBuilder(endpoint)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(form)), null, true);
		}
		catch (EhrUnavailableException ex) {
			metrics.tokenRequest("refused");
			throw new EhrAuthenticationException("Token endpoint of EHR " + ehrId + " refused the client assertion ("
					+ signer.algorithm() + ", client " + settings.clientId() + "): " + ex.getMessage(), ex.status());
		}
		JsonNode body = json(response.body(), "token response");
		String value = body.path("access_token").asString("");
		if (value.isEmpty()) {
			metrics.tokenRequest("refused");
			throw new EhrAuthenticationException("Token endpoint of EHR " + ehrId + " answered without an access_token",
					response.status());
		}
		metrics.tokenRequest("issued");
		Duration lifetime = body.path("expires_in").isNumber() ? Duration.ofSeconds(body.path("expires_in").asLong())
				: DEFAULT_LIFETIME;
		Instant now = clock.instant();
		Duration early = settings.refreshBeforeOrDefault();
		Instant refreshAt = lifetime.compareTo(early.multipliedBy(2)) > 0 ? now.plus(lifetime).minus(early)
				: now.plus(lifetime.dividedBy(2));
		log.info("Obtained an access token from EHR {} valid for {} s", ehrId, lifetime.toSeconds());
		return new AccessToken(value, refreshAt);
	}

	private URI tokenEndpoint() {
		if (tokenEndpoint != null) {
			return tokenEndpoint;
		}
		URI discovery = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/.well-known/smart-configuration");
		EhrResponse response;
		try {
			response = transport.exchange(discovery,
					() -> HttpRequest.newBuilder(discovery).header("Accept", "application/json").GET(), null);
		}
		catch (EhrUnavailableException ex) {
			throw new EhrAuthenticationException("Cannot discover the token endpoint of EHR " + ehrId + ": "
					+ ex.getMessage(), ex.status());
		}
		String endpoint = json(response.body(), "smart-configuration").path("token_endpoint").asString("");
		if (endpoint.isEmpty()) {
			throw new EhrAuthenticationException("The smart-configuration of EHR " + ehrId + " names no token_endpoint",
					response.status());
		}
		tokenEndpoint = discovery.resolve(endpoint);
		return tokenEndpoint;
	}

	private JsonNode json(byte[] body, String what) {
		try {
			return mapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw new EhrAuthenticationException("The " + what + " of EHR " + ehrId + " is not JSON", 200);
		}
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private record AccessToken(String value, Instant refreshAt) {

		@Override
		public String toString() {
			return "AccessToken[refreshAt=" + refreshAt + "]";
		}

	}

}
