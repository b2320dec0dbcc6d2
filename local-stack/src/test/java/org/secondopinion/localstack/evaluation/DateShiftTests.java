package org.secondopinion.localstack.evaluation;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DateShiftTests {

	private final DateShift shift = new DateShift(35);

	@Test
	void movesDatesDateTimesAndInstantsKeepingTheirPrecisionAndOffset() {
		assertThat(shift.shift("2026-11-01")).isEqualTo("2026-12-06");
		assertThat(shift.shift("2026-11-01T09:30:00Z")).isEqualTo("2026-12-06T09:30:00Z");
		assertThat(shift.shift("2026-11-28T23:15:00.123+01:00")).isEqualTo("2027-01-02T23:15:00.123+01:00");
		assertThat(shift.shift("2026-11-01T09:30")).isEqualTo("2026-12-06T09:30");
	}

	@Test
	void leavesPartialDatesAndOtherTextAlone() {
		assertThat(shift.shift("2026-11")).isNull();
		assertThat(shift.shift("2026")).isNull();
		assertThat(shift.shift("MRN-2026-11-01-7")).isNull();
		assertThat(shift.shift("55705006")).isNull();
	}

	@Test
	void movesEveryDateOfAResourceAndLeavesTheOriginalUntouched() {
		JsonNode request = EvaluationSet.JSON.readTree("""
				{"resourceType":"ServiceRequest","id":"r1","authoredOn":"2026-10-20",
				 "occurrencePeriod":{"start":"2026-11-18T08:00:00Z","end":"2026-11-18T12:00:00Z"},
				 "note":[{"text":"scheduled","time":"2026-10-20T10:00:00-05:00"}],
				 "code":{"coding":[{"system":"http://snomed.info/sct","code":"55705006"}]}}""");

		JsonNode moved = shift.apply(request);

		assertThat(moved.path("authoredOn").asString()).isEqualTo("2026-11-24");
		assertThat(moved.path("occurrencePeriod").path("start").asString()).isEqualTo("2026-12-23T08:00:00Z");
		assertThat(moved.path("note").get(0).path("time").asString()).isEqualTo("2026-11-24T10:00:00-05:00");
		assertThat(moved.path("code").path("coding").get(0).path("code").asString()).isEqualTo("55705006");
		assertThat(request.path("authoredOn").asString()).isEqualTo("2026-10-20");
	}

}
