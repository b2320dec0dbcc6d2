package org.secondopinion.events;

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

	@Override
	public String toString() {
		return value;
	}

}
