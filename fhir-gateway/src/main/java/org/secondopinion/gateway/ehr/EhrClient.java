package org.secondopinion.gateway.ehr;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.secondopinion.events.EhrId;
import org.secondopinion.gateway.GatewaySettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks FHIR R4 to one EHR: search pages, and conditional create and update for write-back. Every call goes
 * through the EHR's {@link EhrTransport} (rate limit, circuit breaker, authentication, retries with backoff and
 * jitter, size limit); other client errors fail at once. Log lines carry paths and statuses, never bodies.
 */
public class EhrClient {

	private static final String FHIR_JSON = "application/fhir+json";

	/**
	 * Sent with every search: a server that reuses the results of an identical search for a while (HAPI FHIR JPA
	 * does for 60 s by default) runs it afresh, so a repeated {@code _lastUpdated} search sees new resources.
	 */
	static final String NO_CACHE = "no-cache";

	private final GatewaySettings.Ehr ehr;

	private final EhrTransport transport;

	private final Authenticator auth;

	private final JsonMapper mapper;

	/** A client of its own, with its own limiter, breaker and meters; the application shares {@link EhrClients}. */
	public EhrClient(GatewaySettings.Ehr ehr, GatewaySettings settings, HttpClient http, JsonMapper mapper) {
		this(EhrConnections.connect(ehr, settings, http, mapper, new SimpleMeterRegistry(), Clock.systemUTC(),
				Thread::sleep, () -> ThreadLocalRandom.current().nextDouble()), ehr, mapper);
	}

	EhrClient(EhrConnections.Connection connection, GatewaySettings.Ehr ehr, JsonMapper mapper) {
		this.ehr = ehr;
		this.transport = connection.transport();
		this.auth = connection.auth();
		this.mapper = mapper;
	}

	/** The id of the EHR this client talks to. */
	public EhrId ehrId() {
		return ehr.ehrId();
	}

	/** The first page of {@code GET [base]/{type}?{params}}. */
	public BundlePage search(String resourceType, Map<String, String> params) {
		return page(url(resourceType, query(params)));
	}

	/** Any page, e.g. one named by a {@code next} link; asked for with {@code Cache-Control: no-cache}. */
	public BundlePage page(URI url) {
		return BundlePage.of(search(url), url);
	}

	/**
	 * {@code GET url} of a search or history Bundle with {@code Cache-Control: no-cache}, so that the server runs it
	 * afresh instead of answering with results it cached for an identical earlier request.
	 */
	public JsonNode search(URI url) {
		return json(transport.send(url,
				() -> HttpRequest.newBuilder(url).header("Accept", FHIR_JSON).header("Cache-Control", NO_CACHE).GET(),
				auth), url);
	}

	/**
	 * {@code POST [base]/{type}} with {@code If-None-Exist: {condition}}: creates the resource unless one matches.
	 * @param condition a search, e.g. {@code identifier=urn:system|value} (values are encoded here)
	 * @return the resource created, or the one that already matched
	 */
	public WriteOutcome createIfNoneExist(String resourceType, JsonNode resource, Map<String, String> condition) {
		URI url = url(resourceType, "");
		EhrResponse response = transport.send(url, () -> HttpRequest.newBuilder(url)
			.header("Accept", FHIR_JSON)
			.header("Content-Type", FHIR_JSON)
			.header("Prefer", "return=representation")
			.header("If-None-Exist", query(condition))
			.POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(resource))), auth);
		return new WriteOutcome(response.status() == 201, json(response, url));
	}

	/**
	 * {@code PUT [base]/{type}?{condition}}: updates the one resource that matches, or creates it if none does.
	 * @return the resource as stored
	 */
	public WriteOutcome updateWhere(String resourceType, JsonNode resource, Map<String, String> condition) {
		URI url = url(resourceType, query(condition));
		EhrResponse response = transport.send(url, () -> HttpRequest.newBuilder(url)
			.header("Accept", FHIR_JSON)
			.header("Content-Type", FHIR_JSON)
			.header("Prefer", "return=representation")
			.PUT(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(resource))), auth);
		return new WriteOutcome(response.status() == 201, json(response, url));
	}

	/** {@code GET url} answered with JSON (a resource, a history Bundle, a CapabilityStatement, a manifest). */
	public JsonNode read(URI url) {
		return json(transport.send(url, () -> HttpRequest.newBuilder(url).header("Accept", FHIR_JSON).GET(), auth), url);
	}

	/**
	 * {@code GET url} with extra headers (e.g. {@code Prefer: respond-async}, an NDJSON {@code Accept}); an answer
	 * whose status is in {@code accepted} goes to {@code reader} with its body as a stream, which is never buffered
	 * here. Goes through the EHR's rate limit, breaker and authentication; failures are retried as for pages, and so
	 * is an {@link IOException} the reader throws (a connection dropped mid-body), so a reader called again must
	 * resume or start over.
	 */
	public <T> T exchange(URI url, Map<String, String> headers, Set<Integer> accepted, ResponseReader<T> reader) {
		return transport.stream(url, () -> {
			HttpRequest.Builder request = HttpRequest.newBuilder(url).header("Accept", FHIR_JSON).GET();
			headers.forEach(request::setHeader);
			return request;
		}, auth, accepted, reader);
	}

	/** The base URL of the EHR's FHIR API, without a trailing slash. */
	public URI baseUrl() {
		return URI.create(ehr.baseUrl().toString().replaceAll("/+$", ""));
	}

	/** Whether the EHR's circuit breaker would refuse a call now, so callers may skip the EHR for this round. */
	public boolean circuitOpen() {
		return transport.circuitOpen();
	}

	/** How the connection fares: breaker state and the last error, for health and status reports. */
	public EhrConnectionStatus connectionStatus() {
		return transport.status();
	}

	private URI url(String resourceType, String query) {
		String base = ehr.baseUrl().toString().replaceAll("/+$", "");
		return URI.create(base + "/" + resourceType + (query.isEmpty() ? "" : "?" + query));
	}

	private JsonNode json(EhrResponse response, URI url) {
		if (response.body().length == 0) {
			return mapper.createObjectNode();
		}
		try {
			return mapper.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new EhrUnavailableException("Answer of EHR " + ehr.id() + " to " + url.getPath() + " is not JSON: "
					+ ex.getOriginalMessage(), response.status(), ex);
		}
	}

	private static String query(Map<String, String> params) {
		return params.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/**
	 * The answer to a write.
	 * @param created whether the EHR created the resource (201) rather than finding or updating it
	 * @param resource the resource as the EHR returned it (empty object if it returned none)
	 */
	public record WriteOutcome(boolean created, JsonNode resource) {
	}

	/** Reads an accepted answer: its status, headers and body stream. */
	@FunctionalInterface
	public interface ResponseReader<T> {

		T read(int status, HttpHeaders headers, InputStream body) throws IOException;

	}

}
