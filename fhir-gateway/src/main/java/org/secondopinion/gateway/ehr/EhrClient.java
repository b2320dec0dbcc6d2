package org.secondopinion.gateway.ehr;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondopinion.gateway.GatewaySettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one EHR's FHIR R4 search pages. Timeouts, 429 and 5xx are retried with exponential backoff (honouring
 * {@code Retry-After}); other client errors fail at once. Log lines carry URLs and statuses, never bodies.
 */
public class EhrClient {

	private static final Logger log = LoggerFactory.getLogger(EhrClient.class);

	private final GatewaySettings.Ehr ehr;

	private final GatewaySettings.Retry retry;

	private final long maxResponseBytes;

	private final HttpClient http;

	private final JsonMapper mapper;

	private final Sleeper sleeper;

	public EhrClient(GatewaySettings.Ehr ehr, GatewaySettings settings, HttpClient http, JsonMapper mapper) {
		this(ehr, settings.retry(), settings.maxResponseBytes(), http, mapper, Thread::sleep);
	}

	EhrClient(GatewaySettings.Ehr ehr, GatewaySettings.Retry retry, long maxResponseBytes, HttpClient http,
			JsonMapper mapper, Sleeper sleeper) {
		this.ehr = ehr;
		this.retry = retry;
		this.maxResponseBytes = maxResponseBytes;
		this.http = http;
		this.mapper = mapper;
		this.sleeper = sleeper;
	}

	/** The first page of {@code GET [base]/{type}?{params}}. */
	public BundlePage search(String resourceType, Map<String, String> params) {
		String query = params.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		String base = ehr.baseUrl().toString().replaceAll("/+$", "");
		return page(URI.create(base + "/" + resourceType + (query.isEmpty() ? "" : "?" + query)));
	}

	/** Any page, e.g. one named by a {@code next} link. */
	public BundlePage page(URI url) {
		return BundlePage.of(get(url), url);
	}

	/** {@code GET url} answered with JSON (a resource, a history Bundle, a CapabilityStatement, a manifest). */
	public JsonNode read(URI url) {
		return get(url);
	}

	/**
	 * {@code GET url} with extra headers (e.g. {@code Prefer: respond-async}, an NDJSON {@code Accept}); an answer
	 * whose status is in {@code accepted} goes to {@code reader} with its body as a stream, which is never buffered
	 * here. Failures are retried as for pages; so is an {@link IOException} the reader throws (a connection dropped
	 * mid-body), so a reader called again must resume or start over.
	 */
	public <T> T exchange(URI url, Map<String, String> headers, Set<Integer> accepted, ResponseReader<T> reader) {
		Duration backoff = retry.initialBackoff();
		for (int attempt = 1;; attempt++) {
			Failure failure;
			try {
				HttpRequest.Builder request = HttpRequest.newBuilder(request(url), (name, value) -> true);
				headers.forEach(request::setHeader);
				HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
				try (InputStream body = response.body()) {
					if (accepted.contains(response.statusCode())) {
						return reader.read(response.statusCode(), response.headers(), body);
					}
					failure = new Failure(response.statusCode(), retryAfter(response));
				}
			}
			catch (HttpTimeoutException ex) {
				failure = new Failure(0, null);
			}
			catch (IOException ex) {
				failure = new Failure(0, null);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new EhrUnavailableException("Interrupted while calling " + url, 0, ex);
			}
			if (!failure.retryable()) {
				throw new EhrUnavailableException("EHR " + ehr.id() + " answered " + failure.status() + " to " + url,
						failure.status());
			}
			if (attempt >= retry.maxAttempts()) {
				throw new EhrUnavailableException("EHR " + ehr.id() + " still failing after " + attempt
						+ " attempts (last: " + failure.describe() + ") on " + url, failure.status());
			}
			Duration wait = failure.retryAfter() != null ? min(failure.retryAfter(), retry.maxBackoff()) : backoff;
			log.warn("EHR {} {} on {}; attempt {}/{}, retrying in {} ms", ehr.id(), failure.describe(), url, attempt,
					retry.maxAttempts(), wait.toMillis());
			sleep(wait);
			backoff = min(backoff.multipliedBy(2), retry.maxBackoff());
		}
	}

	/** The base URL of the EHR's FHIR API, without a trailing slash. */
	public URI baseUrl() {
		return URI.create(ehr.baseUrl().toString().replaceAll("/+$", ""));
	}

	private JsonNode get(URI url) {
		return exchange(url, Map.of(), Set.of(200), (status, headers, body) -> parse(body, url));
	}

	private HttpRequest request(URI url) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(retry.requestTimeout())
			.header("Accept", "application/fhir+json")
			.GET();
		if (ehr.bearerToken() != null && !ehr.bearerToken().isBlank()) {
			request.header("Authorization", "Bearer " + ehr.bearerToken());
		}
		return request.build();
	}

	private JsonNode parse(InputStream body, URI url) throws IOException {
		byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxResponseBytes + 1));
		if (bytes.length > maxResponseBytes) {
			throw new EhrUnavailableException("Page from " + url + " is larger than the limit of " + maxResponseBytes
					+ " bytes; lower the page size", 200);
		}
		try {
			return mapper.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw new EhrUnavailableException("Page from " + url + " is not JSON: " + ex.getOriginalMessage(), 200, ex);
		}
	}

	private void sleep(Duration wait) {
		try {
			sleeper.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EhrUnavailableException("Interrupted while waiting to retry", 0, ex);
		}
	}

	private static @Nullable Duration retryAfter(HttpResponse<?> response) {
		return response.headers().firstValue("Retry-After").map(value -> {
			try {
				return Duration.ofSeconds(Long.parseLong(value.trim()));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}).orElse(null);
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	/** Reads an accepted answer: its status, headers and body stream. */
	@FunctionalInterface
	public interface ResponseReader<T> {

		T read(int status, HttpHeaders headers, InputStream body) throws IOException;

	}

	/** Waits between attempts; replaced in tests. */
	@FunctionalInterface
	interface Sleeper {

		void sleep(long millis) throws InterruptedException;

	}

	private record Failure(int status, @Nullable Duration retryAfter) {

		boolean retryable() {
			return status == 0 || status == 408 || status == 429 || status >= 500;
		}

		String describe() {
			return status == 0 ? "timeout or connection failure" : "HTTP " + status;
		}

	}

}
