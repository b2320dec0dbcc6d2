package org.secondopinion.assessment.picture;

import org.jspecify.annotations.Nullable;

/** The normal range an observation is read against; either bound may be missing. */
public record ReferenceRange(@Nullable Measurement low, @Nullable Measurement high, @Nullable String text) {

	/**
	 * Whether the value lies inside the range: {@code true} or {@code false}, or {@code null} when it cannot be told
	 * (no bound, or units that differ).
	 */
	public @Nullable Boolean contains(Measurement value) {
		if (low == null && high == null) {
			return null;
		}
		if (!sameUnit(low, value) || !sameUnit(high, value)) {
			return null;
		}
		boolean aboveLow = low == null || value.value().compareTo(low.value()) >= 0;
		boolean belowHigh = high == null || value.value().compareTo(high.value()) <= 0;
		return aboveLow && belowHigh;
	}

	private static boolean sameUnit(@Nullable Measurement bound, Measurement value) {
		return bound == null || !bound.hasUnit() || !value.hasUnit() || bound.unit().equalsIgnoreCase(value.unit());
	}

}
