package org.secondopinion.events;

/**
 * Names one connected EHR, as configured in the gateway (e.g. {@code north}); on the wire and in the database it is
 * the plain string {@link #value()}.
 */
public record EhrId(String value) {

	public EhrId {
		if (value == null || value.isBlank() || value.contains("/") || !value.strip().equals(value)) {
			throw new IllegalArgumentException(
					"An EHR id must be a non-blank path segment without '/' or surrounding spaces: '" + value + "'");
		}
	}

	public static EhrId of(String value) {
		return new EhrId(value);
	}

	@Override
	public String toString() {
		return value;
	}

}
