package org.secondopinion.gateway.backfill;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.secondopinion.gateway.ehr.EhrClient;
import org.secondopinion.gateway.ehr.EhrUnavailableException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Bulk Data Access flow against one EHR, over {@link EhrClient}'s retries: whether the EHR offers
 * {@code $export}, the kick-off, the status polls and the NDJSON files, streamed line by line.
 */
final class BulkDataClient {

	/** {@code no-cache}: a server that reuses an earlier identical export's files (HAPI does) runs a new one. */
	private static final Map<String, String> ASYNC = Map.of("Accept", "application/fhir+json", "Prefer",
			"respond-async", "Cache-Control", "no-cache");

	private static final Map<String, String> NDJSON = Map.of("Accept", "application/fhir+ndjson");

	private final EhrClient client;

	private final JsonMapper mapper;

	BulkDataClient(EhrClient client, JsonMapper mapper) {
		this.client = client;
		this.mapper = mapper;
	}

	/** Whether the CapabilityStatement declares {@code $export} at system level, or at Group level for a group. */
	boolean offersExport(@Nullable String group) {
		JsonNode capabilities = client.read(URI.create(client.baseUrl() + "/metadata"));
		for (JsonNode rest : capabilities.path("rest")) {
			if (group == null && hasExport(rest.path("operation"))) {
				return true;
			}
			for (JsonNode resource : rest.path("resource")) {
				if (group != null && "Group".equals(resource.path("type").asString(""))
						&& hasExport(resource.path("operation"))) {
					return true;
				}
			}
		}
		return false;
	}

	/** Kicks off an export; answers the status URL. */
	URI kickOff(List<String> types, @Nullable Instant since, @Nullable String group) {
		StringBuilder url = new StringBuilder(client.baseUrl().toString())
			.append(group == null ? "/$export" : "/Group/" + URLEncoder.encode(group, StandardCharsets.UTF_8) + "/$export")
			.append("?_outputFormat=").append(URLEncoder.encode("application/fhir+ndjson", StandardCharsets.UTF_8));
		if (!types.isEmpty()) {
			url.append("&_type=").append(URLEncoder.encode(String.join(",", types), StandardCharsets.UTF_8));
		}
		if (since != null) {
			url.append("&_since=").append(URLEncoder.encode(since.toString(), StandardCharsets.UTF_8));
		}
		URI kickOff = URI.create(url.toString());
		return client.exchange(kickOff, ASYNC, Set.of(202), (status, headers, body) -> {
			String location = headers.firstValue("Content-Location")
				.orElseThrow(() -> new EhrUnavailableException("The $export kick-off " + kickOff
						+ " answered 202 without a Content-Location", 202));
			return kickOff.resolve(location);
		});
	}

	/** One status poll: the manifest when the export is done, else how long to wait. */
	Poll poll(URI statusUrl) {
		return client.exchange(statusUrl, Map.of("Accept", "application/json"), Set.of(200, 202),
				(status, headers, body) -> status == 202 ? new Poll(null, retryAfter(headers))
						: new Poll(manifest(mapper.readTree(body)), null));
	}

	/**
	 * Streams a file, giving each line after the first {@code skip} to {@code lines}; a dropped connection is
	 * retried and resumes after the lines already given.
	 */
	void download(URI file, long skip, int maxLineChars, LineSink lines) {
		long[] given = { skip };
		client.exchange(file, NDJSON, Set.of(200), (status, headers, body) -> {
			BoundedLines bounded = new BoundedLines(new InputStreamReader(body, StandardCharsets.UTF_8), maxLineChars);
			long number = 0;
			for (BoundedLines.Line line = bounded.next(); line != null; line = bounded.next()) {
				if (line.text().isBlank() && !line.truncated()) {
					continue;
				}
				number++;
				if (number <= given[0]) {
					continue;
				}
				lines.line(line, number);
				given[0] = number;
			}
			lines.end(number);
			return null;
		});
	}

	private static Manifest manifest(JsonNode json) {
		List<Manifest.Output> outputs = new ArrayList<>();
		for (JsonNode output : json.path("output")) {
			JsonNode count = output.get("count");
			outputs.add(new Manifest.Output(output.path("type").asString(""), output.path("url").asString(""),
					count != null && count.canConvertToLong() ? count.asLong() : null));
		}
		return new Manifest(OffsetDateTime.parse(json.path("transactionTime").asString()).toInstant(), outputs,
				json.path("requiresAccessToken").asBoolean(false));
	}

	private static boolean hasExport(JsonNode operations) {
		for (JsonNode operation : operations) {
			String name = operation.path("name").asString("").replaceFirst("^\\$", "");
			String definition = operation.path("definition").asString("");
			if (name.equals("export") || definition.endsWith("/export") || definition.endsWith("/group-export")) {
				return true;
			}
		}
		return false;
	}

	/** {@code Retry-After} in seconds or as an HTTP date; absent when the EHR sent none. */
	static Optional<Duration> retryAfter(HttpHeaders headers) {
		return headers.firstValue("Retry-After").flatMap(value -> {
			try {
				return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
			}
			catch (NumberFormatException ex) {
				try {
					Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
					return Optional.of(Duration.between(Instant.now(), at));
				}
				catch (DateTimeParseException unparseable) {
					return Optional.empty();
				}
			}
		});
	}

	/** A status poll: the manifest, or how long the EHR asked to wait. */
	record Poll(@Nullable Manifest manifest, @Nullable Optional<Duration> retryAfter) {
	}

	/** The completed export: its snapshot instant and its files. */
	record Manifest(Instant transactionTime, List<Output> outputs, boolean requiresAccessToken) {

		record Output(String type, String url, @Nullable Long count) {
		}

	}

	/** Receives a file's lines, numbered from 1 (blank lines not counted), then its end. */
	interface LineSink {

		void line(BoundedLines.Line line, long number) throws IOException;

		void end(long lines) throws IOException;

	}

}
