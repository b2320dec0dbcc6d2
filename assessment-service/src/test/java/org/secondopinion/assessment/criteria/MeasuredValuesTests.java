package org.secondopinion.assessment.criteria;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasuredValuesTests {

	@Test
	void readsANumberWrittenAsAStringWithOrWithoutItsUnit() {
		assertThat(MeasuredValues.parse("9.3 %")).satisfies(m -> {
			assertThat(m.value()).isEqualByComparingTo(new BigDecimal("9.3"));
			assertThat(m.unit()).isEqualTo("%");
		});
		assertThat(MeasuredValues.parse(" 54 mmol/mol ").unit()).isEqualTo("mmol/mol");
		assertThat(MeasuredValues.parse("118").unit()).isNull();
	}

	@Test
	void readsNoBoundRangeRatioOrWordsAsAValue() {
		assertThat(MeasuredValues.parse("<5")).isNull();
		assertThat(MeasuredValues.parse("> 90")).isNull();
		assertThat(MeasuredValues.parse("10-20")).isNull();
		assertThat(MeasuredValues.parse("20/40")).isNull();
		assertThat(MeasuredValues.parse("9.3, repeat advised")).isNull();
		assertThat(MeasuredValues.parse("Positive")).isNull();
		assertThat(MeasuredValues.parse(null)).isNull();
	}

}
