package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.ObservationResult;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureIndexTests {

	private static final String LOINC = "http://loinc.org";

	private static final Concept HBA1C = Concept.of(new CodedConcept(LOINC, "4548-4", "Hemoglobin A1c"));

	private static final Concept SYSTOLIC = Concept.of(new CodedConcept(LOINC, "8480-6", "Systolic blood pressure"));

	private static final Concept PAIN = new Concept(List.of(), "Pain severity 0-10 (numeric rating scale)");

	@Test
	void givesEachMeasureItsValuesInRecordOrderAsFilteringWouldWithAValueOfTwoMeasuresInBoth() {
		List<Predicate<Concept>> measures = List.of(code -> code.equals(HBA1C),
				code -> code.words().stream().anyMatch(w -> w.toLowerCase().contains("pain")),
				code -> code.equals(SYSTOLIC) || code.equals(HBA1C), code -> false);
		List<ObservationResult> observations = List.of(result("1", SYSTOLIC), result("2", HBA1C), result("3", PAIN),
				result("4", HBA1C), result("5", SYSTOLIC), result("6", Concept.none()));

		List<List<ObservationResult>> values = new MeasureIndex(measures).values(observations);

		assertThat(values).hasSize(4);
		for (int m = 0; m < measures.size(); m++) {
			assertThat(values.get(m)).containsExactlyElementsOf(filtered(observations, measures.get(m)));
		}
		assertThat(values.get(2)).extracting(ObservationResult::id).containsExactly("1", "2", "4", "5");
		assertThat(values.get(3)).isEmpty();
	}

	@Test
	void asksEachMeasureAboutACodeOnceAndAnswersEqualCodesFromMemory() {
		List<Concept> asked = new ArrayList<>();
		MeasureIndex index = new MeasureIndex(List.of(code -> {
			asked.add(code);
			return code.equals(HBA1C);
		}));

		assertThat(index.measuresOf(HBA1C)).containsExactly(0);
		assertThat(index.measuresOf(Concept.of(new CodedConcept(LOINC, "4548-4", "Hemoglobin A1c")))).containsExactly(0);
		assertThat(index.measuresOf(SYSTOLIC)).isEmpty();
		assertThat(index.measuresOf(SYSTOLIC)).isEmpty();

		assertThat(asked).containsExactly(HBA1C, SYSTOLIC);
	}

	private static List<ObservationResult> filtered(List<ObservationResult> observations, Predicate<Concept> measure) {
		return observations.stream().filter(o -> measure.test(o.code())).toList();
	}

	private static ObservationResult result(String id, Concept code) {
		return new ObservationResult("Observation/" + id + "/_history/1", id, code, "final", List.of(),
				Instant.parse("2026-01-0" + id + "T09:00:00Z"), null, null, null, List.of(), List.of(), List.of());
	}

}
