package org.secondopinion.assessment.criteria;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.Measurement;
import org.secondopinion.assessment.picture.ObservationResult;

/**
 * The number an observation carries: its quantity, or a number written as its string value, as some laboratory
 * interfaces and flowsheets send results ({@code valueString} "9.3 %", "118", "7,4 %"). Only a plain number, with or
 * without a unit after it, is read: a bound ("&lt;5", "&gt; 90"), a range ("10-20"), a ratio ("20/40") or words
 * ("9.3, repeat advised") are not a value.
 */
final class MeasuredValues {

	/** A plain number and, optionally, a unit that begins with a letter, %, µ, [ or { ("mmol/mol", "{score}"). */
	private static final Pattern NUMBER_AND_UNIT = Pattern
		.compile("\\s*([+-]?[0-9]+(?:\\.[0-9]+)?)\\s*((?:[%a-zA-Z\u00b5\\[{][\\w%/.\\[\\]{}^*\u00b5 -]*)?)\\s*");

	private MeasuredValues() {
	}

	static @Nullable Measurement of(ObservationResult result) {
		if (result.value() != null) {
			return result.value();
		}
		return parse(result.valueText());
	}

	static @Nullable Measurement parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Matcher matcher = NUMBER_AND_UNIT.matcher(text);
		if (!matcher.matches()) {
			return null;
		}
		String unit = matcher.group(2).strip();
		return new Measurement(new BigDecimal(matcher.group(1)), unit.isEmpty() ? null : unit, null);
	}

}
