package org.secondopinion.assessment.picture;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A measured quantity.
 * @param unit the UCUM code when the EHR sent one, else the unit as written; {@code null} when there is none
 * @param comparator {@code <}, {@code <=}, {@code >=} or {@code >} when the value is a bound, else {@code null}
 */
public record Measurement(BigDecimal value, @Nullable String unit, @Nullable String comparator) {

	public static Measurement of(String value, @Nullable String unit) {
		return new Measurement(new BigDecimal(value), unit, null);
	}

	public boolean hasUnit() {
		return unit != null && !unit.isBlank();
	}

	@Override
	public String toString() {
		return (comparator == null ? "" : comparator) + value.stripTrailingZeros().toPlainString()
				+ (hasUnit() && !unit.startsWith("{") && !"1".equals(unit) ? " " + unit : "");
	}

}
