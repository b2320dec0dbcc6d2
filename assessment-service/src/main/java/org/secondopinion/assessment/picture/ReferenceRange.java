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
			return text == null ? null : fromText(text).contains(value);
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

	private static final java.util.regex.Pattern BETWEEN = java.util.regex.Pattern
		.compile("(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)\\s*(?:-|\u2013|to)\\s*([0-9]+(?:\\.[0-9]+)?)(?![0-9.])");

	private static final java.util.regex.Pattern BELOW = java.util.regex.Pattern
		.compile("(?:<=?|\u2264|less than|up to|below)\\s*([0-9]+(?:\\.[0-9]+)?)", java.util.regex.Pattern.CASE_INSENSITIVE);

	private static final java.util.regex.Pattern ABOVE = java.util.regex.Pattern
		.compile("(?:>=?|\u2265|greater than|more than|above)\\s*([0-9]+(?:\\.[0-9]+)?)", java.util.regex.Pattern.CASE_INSENSITIVE);

	/**
	 * The bounds a range written only as text states ("&lt;100 ng/mL", "3.5-5.0", "&gt; 60", "Negative: &lt;100"), as
	 * laboratory interfaces often send them; no bounds when the text states none or more than one kind.
	 */
	/** The range with its bounds: as sent, or as its text states them when it was sent as text only. */
	public ReferenceRange stated() {
		return low != null || high != null || text == null ? this : fromText(text);
	}

	static ReferenceRange fromText(String text) {
		java.util.regex.Matcher between = BETWEEN.matcher(text);
		java.util.regex.Matcher below = BELOW.matcher(text);
		java.util.regex.Matcher above = ABOVE.matcher(text);
		boolean b = between.find();
		boolean l = below.find();
		boolean a = above.find();
		if (b && !l && !a) {
			return new ReferenceRange(bound(between.group(1)), bound(between.group(2)), text);
		}
		if (l && !b && !a) {
			return new ReferenceRange(null, bound(below.group(1)), text);
		}
		if (a && !b && !l) {
			return new ReferenceRange(bound(above.group(1)), null, text);
		}
		return new ReferenceRange(null, null, null);
	}

	private static Measurement bound(String number) {
		return new Measurement(new java.math.BigDecimal(number), null, null);
	}

}
