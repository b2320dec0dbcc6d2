package org.secondopinion.localstack.evaluation;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreboardTests {

	private final Scoreboard board = new Scoreboard(List.of("MAJOR_PROCEDURE_PLANNED", "RARE_OR_COMPLEX_CONDITION"));

	@Test
	void countsAFlagOfAnotherCriterionThanTheCaseTargetsAsFalsePositive() {
		board.record("c1", Set.of("MAJOR_PROCEDURE_PLANNED"), Set.of("MAJOR_PROCEDURE_PLANNED", "RARE_OR_COMPLEX_CONDITION"));

		assertThat(board.counts("MAJOR_PROCEDURE_PLANNED").truePositives).isEqualTo(1);
		assertThat(board.counts("RARE_OR_COMPLEX_CONDITION").falsePositives).isEqualTo(1);
		assertThat(board.disagreements()).containsExactly("c1: RARE_OR_COMPLEX_CONDITION flagged but not expected");
	}

	@Test
	void computesPrecisionAndRecallPerCriterionAndOverall() {
		board.record("c1", Set.of("MAJOR_PROCEDURE_PLANNED"), Set.of("MAJOR_PROCEDURE_PLANNED"));
		board.record("c2", Set.of("MAJOR_PROCEDURE_PLANNED"), Set.of());
		board.record("c3", Set.of(), Set.of("MAJOR_PROCEDURE_PLANNED"));
		board.record("c4", Set.of("RARE_OR_COMPLEX_CONDITION"), Set.of("RARE_OR_COMPLEX_CONDITION"));
		board.record("c5", Set.of(), Set.of());

		Scoreboard.Counts major = board.counts("MAJOR_PROCEDURE_PLANNED");
		assertThat(major.precision()).isEqualTo(0.5);
		assertThat(major.recall()).isEqualTo(0.5);
		assertThat(board.overall().precision()).isEqualTo(2.0 / 3);
		assertThat(board.overall().recall()).isEqualTo(2.0 / 3);
		assertThat(board.table()).contains("| `MAJOR_PROCEDURE_PLANNED` | 2 | 2 | 1 | 0.50 | 0.50 |")
			.contains("| **all criteria** | 3 | 3 | 2 | 0.67 | 0.67 |");
	}

	@Test
	void saysNotApplicableWhenACriterionWasNeitherExpectedNorFlagged() {
		board.record("c1", Set.of(), Set.of());

		assertThat(board.table()).contains("| `RARE_OR_COMPLEX_CONDITION` | 0 | 0 | 0 | n/a | n/a |");
		assertThat(board.disagreements()).isEmpty();
	}

}
