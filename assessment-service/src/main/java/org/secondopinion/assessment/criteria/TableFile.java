package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rule's JSON table as read, with the fingerprint of its bytes. Read strictly: a property the table type does not
 * know fails the load, so that a misspelt field is not silently ignored.
 */
record TableFile<T>(T content, String fingerprint) {

	/** Reads the table; {@code kind} names it in the error when it cannot be read ("measure table"). */
	static <T> TableFile<T> read(Resource resource, Class<T> type, String kind) {
		try (InputStream in = resource.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			T content = JsonMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(bytes, type);
			return new TableFile<>(content, Fingerprint.of(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + kind + " " + resource.getDescription(), ex);
		}
	}

}
