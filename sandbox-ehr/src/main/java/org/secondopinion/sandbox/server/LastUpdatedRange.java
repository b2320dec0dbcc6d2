package org.secondopinion.sandbox.server;

import java.time.Instant;
import java.util.Date;

import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * A {@code _lastUpdated} search parameter as a half-open range of instants. A value stands for the whole interval
 * its precision spans (FHIR search semantics): {@code gt2025-01-01T10:00:00Z} means from 10:00:01,
 * {@code le2025-01-01} means before the next day, {@code ge...} and {@code lt...} start and end at the value itself.
 *
 * @param from the earliest instant, inclusive
 * @param before the end of the range, exclusive
 */
record LastUpdatedRange(@Nullable Instant from, @Nullable Instant before) {

	static LastUpdatedRange of(@Nullable DateRangeParam range) {
		if (range == null || range.isEmpty()) {
			return new LastUpdatedRange(null, null);
		}
		return new LastUpdatedRange(lower(range.getLowerBound()), upper(range.getUpperBound()));
	}

	private static @Nullable Instant lower(@Nullable DateParam bound) {
		if (bound == null || bound.getValue() == null) {
			return null;
		}
		return switch (prefixOf(bound)) {
			case GREATERTHAN_OR_EQUALS, EQUAL, APPROXIMATE -> start(bound);
			case GREATERTHAN, STARTS_AFTER -> end(bound);
			default -> throw unsupported(bound);
		};
	}

	private static @Nullable Instant upper(@Nullable DateParam bound) {
		if (bound == null || bound.getValue() == null) {
			return null;
		}
		return switch (prefixOf(bound)) {
			case LESSTHAN_OR_EQUALS, EQUAL, APPROXIMATE -> end(bound);
			case LESSTHAN, ENDS_BEFORE -> start(bound);
			default -> throw unsupported(bound);
		};
	}

	private static ParamPrefixEnum prefixOf(DateParam bound) {
		ParamPrefixEnum prefix = bound.getPrefix();
		return prefix == null ? ParamPrefixEnum.EQUAL : prefix;
	}

	private static Instant start(DateParam bound) {
		return bound.getValue().toInstant();
	}

	private static Instant end(DateParam bound) {
		Date start = bound.getValue();
		return bound.getPrecision().add(start, 1).toInstant();
	}

	private static InvalidRequestException unsupported(DateParam bound) {
		return new InvalidRequestException("Unsupported _lastUpdated prefix: " + bound.getValueAsQueryToken());
	}

}
