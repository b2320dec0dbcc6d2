package org.secondopinion.assessment.picture;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A span of time; an absent start or end is open. */
public record Period(@Nullable Instant start, @Nullable Instant end) {

	public static Period of(@Nullable Instant start, @Nullable Instant end) {
		return new Period(start, end);
	}

	/** Whether the whole of {@code [from, to]} lies inside this period; an open end counts as still going. */
	public boolean covers(Instant from, Instant to) {
		return (start == null || !start.isAfter(from)) && (end == null || !end.isBefore(to));
	}

	public boolean contains(Instant instant) {
		return covers(instant, instant);
	}

}
