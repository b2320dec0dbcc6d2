package org.secondopinion.assessment.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.Measurement;

/**
 * One row of the monitored-measures table.
 * @param codes the measure's codes as {@code system|code}
 * @param texts words of the code's text or a coding's display that name the measure, for scores EHRs send with no
 * standard code (DAS28, the asthma control test): matched as the quality-of-life table's texts are, as whole words
 * in the text as written, without its bracketed parts, or in one of them ({@link InstrumentNames})
 * @param worse {@code higher} or {@code lower}: which way is worse
 * @param mcid the minimal clinically important difference, in {@code unit}
 * @param mcidPercent when set, a relative MCID the worsening must reach as well: the change as a percentage of where
 * the trend started (PSA on androgen deprivation: at least 2 ng/mL and at least 25%); {@code null} for an absolute
 * MCID alone
 * @param unit the canonical unit values are compared in
 * @param units the units values may arrive in, each with its conversion to the canonical unit
 * @param unitOptional whether a value may come without a unit (scores on their own scale)
 * @param conditions the family of conditions whose treatment it monitors (ICD-10-CM categories, SNOMED CT
 * hierarchies); {@code null} for any condition the treatment is for
 * @param treatments medicines prescribed for the family's conditions and nothing else (glaucoma drops): one counts as
 * treating the family with no reason recorded, when the patient has an active condition of the family; {@code null}
 * when a treatment must name its reason
 */
record MonitoredMeasure(String name, List<String> codes, Phrases texts, String worse, BigDecimal mcid,
		@Nullable BigDecimal mcidPercent, String unit, List<UnitConversion> units, boolean unitOptional, @Nullable CodeSet conditions, @Nullable String source,
		@Nullable CodeSet treatments) {

	MonitoredMeasure(String name, List<String> codes, Phrases texts, String worse, BigDecimal mcid,
			@Nullable BigDecimal mcidPercent, String unit, List<UnitConversion> units, boolean unitOptional,
			@Nullable CodeSet conditions, @Nullable String source) {
		this(name, codes, texts, worse, mcid, mcidPercent, unit, units, unitOptional, conditions, source, null);
	}

	MonitoredMeasure {
		codes = List.copyOf(codes);
		units = List.copyOf(units);
		if (!"higher".equals(worse) && !"lower".equals(worse)) {
			throw new IllegalStateException("Measure " + name + ": worse must be 'higher' or 'lower', not " + worse);
		}
		if (mcid.signum() <= 0 || (mcidPercent != null && mcidPercent.signum() <= 0)) {
			throw new IllegalStateException("Measure " + name + ": mcid and mcidPercent must be positive");
		}
	}

	/** canonical = value × factor + offset. */
	record UnitConversion(String unit, @Nullable BigDecimal factor, @Nullable BigDecimal offset) {

		BigDecimal toCanonical(BigDecimal value) {
			BigDecimal scaled = factor == null ? value : value.multiply(factor);
			return offset == null ? scaled : scaled.add(offset);
		}

	}

	boolean higherIsWorse() {
		return "higher".equals(worse);
	}

	/**
	 * Whether a change (signed, in the canonical unit, worse when in the measure's worse direction) from where the
	 * trend started is clinically important: at least the MCID, and at least {@code mcidPercent} of the start when the
	 * measure has a relative MCID. A start at or below zero (a marker that was undetectable) leaves the absolute MCID
	 * alone to decide, as any rise from nothing is relatively infinite.
	 */
	boolean clinicallyWorse(BigDecimal change, BigDecimal start) {
		BigDecimal worsening = higherIsWorse() ? change : change.negate();
		if (worsening.compareTo(mcid) < 0) {
			return false;
		}
		if (mcidPercent == null || start.signum() <= 0) {
			return true;
		}
		return worsening.multiply(BigDecimal.valueOf(100)).compareTo(mcidPercent.multiply(start)) >= 0;
	}

	boolean measures(Concept code) {
		return Codes.listed(code, codes) || InstrumentNames.names(code, texts);
	}

	/** Whether the condition is one this measure monitors (any condition when the measure names none). */
	boolean monitors(Concept condition) {
		return conditions == null || conditions.matches(condition);
	}

	/**
	 * Whether a coded reason names a condition of the measure's family: a measure that names none accepts no coded
	 * reason alone, only a reference to a recorded condition.
	 */
	boolean monitorsCoded(Concept reason) {
		return conditions != null && conditions.matches(reason);
	}

	/**
	 * Whether a reason written in words is, as a whole, one of the names the family's value set gives ("DM2", "RA",
	 * "HFrEF"): short abbreviations are taken only as the whole reason, never found among other words.
	 */
	boolean namesTheFamily(String words) {
		if (conditions == null || words.isBlank()) {
			return false;
		}
		String normal = Phrases.normalise(words).strip();
		return conditions.namedConcepts().keySet().stream().anyMatch(n -> Phrases.normalise(n).strip().equals(normal));
	}

	/** Whether a medicine is one prescribed for the family's conditions alone (by code or ingredient name). */
	boolean treatsOnly(Concept medicine) {
		return treatments != null && treatments.matchesCodeOrName(medicine);
	}

	/** The value in the canonical unit; empty when it has no unit (and needs one) or one the table cannot convert. */
	Optional<BigDecimal> canonical(Measurement value) {
		if (!value.hasUnit()) {
			return unitOptional ? Optional.of(value.value()) : Optional.empty();
		}
		String given = normaliseUnit(value.unit());
		return units.stream()
			.filter(u -> normaliseUnit(u.unit()).equals(given))
			.findFirst()
			.map(u -> u.toCanonical(value.value()));
	}

	static String normaliseUnit(String unit) {
		return unit.toLowerCase(Locale.ROOT).replace(" ", "").replace("{", "").replace("}", "").replace("_", "")
			.replace("^", "");
	}

}
