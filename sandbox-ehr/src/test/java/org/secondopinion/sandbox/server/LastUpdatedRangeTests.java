package org.secondopinion.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;

import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.junit.jupiter.api.Test;

class LastUpdatedRangeTests {

	@Test
	void greaterOrEqualStartsAtTheValue() {
		LastUpdatedRange range = LastUpdatedRange.of(new DateRangeParam(new DateParam("ge2025-06-01T10:00:00.123Z")));

		assertThat(range.from()).isEqualTo(Instant.parse("2025-06-01T10:00:00.123Z"));
		assertThat(range.before()).isNull();
	}

	@Test
	void greaterThanStartsAfterTheIntervalOfTheValuesPrecision() {
		assertThat(LastUpdatedRange.of(new DateRangeParam(new DateParam("gt2025-06-01T10:00:00.123Z"))).from())
			.isEqualTo(Instant.parse("2025-06-01T10:00:00.124Z"));
		assertThat(LastUpdatedRange.of(new DateRangeParam(new DateParam("gt2025-06-01T10:00:00Z"))).from())
			.isEqualTo(Instant.parse("2025-06-01T10:00:01Z"));
	}

	@Test
	void lessThanEndsAtTheValueAndLessOrEqualAfterIt() {
		assertThat(LastUpdatedRange.of(new DateRangeParam(new DateParam("lt2025-06-01T10:00:00Z"))).before())
			.isEqualTo(Instant.parse("2025-06-01T10:00:00Z"));
		assertThat(LastUpdatedRange.of(new DateRangeParam(new DateParam("le2025-06-01T10:00:00Z"))).before())
			.isEqualTo(Instant.parse("2025-06-01T10:00:01Z"));
	}

	@Test
	void combinesLowerAndUpperBounds() {
		LastUpdatedRange range = LastUpdatedRange
			.of(new DateRangeParam(new DateParam("gt2025-06-01T10:00:00.000Z"), new DateParam("lt2025-06-02T00:00:00Z")));

		assertThat(range.from()).isEqualTo(Instant.parse("2025-06-01T10:00:00.001Z"));
		assertThat(range.before()).isEqualTo(Instant.parse("2025-06-02T00:00:00Z"));
	}

	@Test
	void noParameterIsAnOpenRange() {
		assertThat(LastUpdatedRange.of(null)).isEqualTo(new LastUpdatedRange(null, null));
	}

	@Test
	void rejectsNotEqual() {
		DateRangeParam notEqual = new DateRangeParam();
		notEqual.setLowerBound(new DateParam("ne2025-06-01T10:00:00Z"));

		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> LastUpdatedRange.of(notEqual));
	}

}
