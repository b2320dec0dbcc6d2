package org.secondopinion.gateway.ingest;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A resource as it came from the EHR: its text, and its JSON tree when the text was parsed already (search pages);
 * an NDJSON line comes as text only.
 * @param truncated whether {@code raw} is only the start of a resource too large to hold
 */
public record Incoming(String raw, @Nullable JsonNode json, boolean truncated) {

	public static Incoming of(JsonNode resource) {
		return new Incoming(resource.toString(), resource, false);
	}

	public static Incoming line(String line) {
		return new Incoming(line, null, false);
	}

	/** The start of a line too long to hold; it is dead-lettered as oversized. */
	public static Incoming truncatedLine(String start) {
		return new Incoming(start, null, true);
	}

	int sizeInBytes() {
		return raw.getBytes(StandardCharsets.UTF_8).length;
	}

}
