package org.secondopinion.events;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Names one connected EHR, as configured in the gateway (e.g. {@code north}); on the wire and in the database it is
 * the plain string {@link #value()}, and so it is in the JSON of any record that carries one.
 */
public record EhrId(@JsonValue String value) {

	public EhrId {
		if (value == null || value.isBlank() || value.contains("/") || !value.strip().equals(value)) {
			throw new IllegalArgumentException(
					"An EHR id must be a non-blank path segment without '/' or surrounding spaces: '" + value + "'");
		}
	}

	@JsonCreator
	public static EhrId of(String value) {
		return new EhrId(value);
	}

	/**
	 * The EHR id a request names, e.g. in a path; empty when the text cannot be one, so that a caller answers for it
	 * as for any EHR that is not configured.
	 */
	public static Optional<EhrId> parse(String value) {
		try {
			return Optional.of(new EhrId(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value;
	}

}
