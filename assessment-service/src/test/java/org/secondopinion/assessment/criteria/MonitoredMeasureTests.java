package org.secondopinion.assessment.criteria;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonitoredMeasureTests {

	private static MonitoredMeasure measure(String worse, String mcid, @Nullable String mcidPercent) {
		return new MonitoredMeasure("marker", List.of("http://loinc.org|2857-1"), new Phrases(List.of()), worse, new BigDecimal(mcid),
				mcidPercent == null ? null : new BigDecimal(mcidPercent), "ng/mL",
				List.of(new MonitoredMeasure.UnitConversion("ng/mL", null, null)), false, null, null);
	}

	@Test
	void needsBothTheAbsoluteAndTheRelativeMcidWhenTheMeasureHasBoth() {
		MonitoredMeasure psa = measure("higher", "2", "25");
		assertThat(psa.clinicallyWorse(new BigDecimal("2.5"), new BigDecimal("8"))).isTrue();
		assertThat(psa.clinicallyWorse(new BigDecimal("2"), new BigDecimal("8"))).isTrue();
		assertThat(psa.clinicallyWorse(new BigDecimal("3"), new BigDecimal("20"))).isFalse();
		assertThat(psa.clinicallyWorse(new BigDecimal("1.5"), new BigDecimal("0.5"))).isFalse();
		assertThat(psa.clinicallyWorse(new BigDecimal("-5"), new BigDecimal("8"))).isFalse();
	}

	@Test
	void leavesAStartAtOrBelowZeroToTheAbsoluteMcid() {
		MonitoredMeasure psa = measure("higher", "2", "25");
		assertThat(psa.clinicallyWorse(new BigDecimal("2.1"), new BigDecimal("-0.3"))).isTrue();
		assertThat(psa.clinicallyWorse(new BigDecimal("1.9"), BigDecimal.ZERO)).isFalse();
	}

	@Test
	void readsARelativeMcidDownwardsWhenLowerIsWorse() {
		MonitoredMeasure falling = measure("lower", "5", "10");
		assertThat(falling.clinicallyWorse(new BigDecimal("-8"), new BigDecimal("70"))).isTrue();
		assertThat(falling.clinicallyWorse(new BigDecimal("-6"), new BigDecimal("70"))).isFalse();
	}

	@Test
	void judgesByTheAbsoluteMcidAloneWithoutARelativeOne() {
		MonitoredMeasure score = measure("higher", "5", null);
		assertThat(score.clinicallyWorse(new BigDecimal("5"), new BigDecimal("200"))).isTrue();
		assertThat(score.clinicallyWorse(new BigDecimal("4.99"), BigDecimal.ONE)).isFalse();
	}

	@Test
	void refusesAnMcidThatIsNotPositive() {
		assertThatThrownBy(() -> measure("higher", "2", "0")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("marker");
		assertThatThrownBy(() -> measure("higher", "0", null)).isInstanceOf(IllegalStateException.class);
	}

}
