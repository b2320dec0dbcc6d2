package org.secondopinion.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.secondopinion.notification.cases.CaseEvent;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryLinesTests {

	private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void tellsActionsCriteriaPrioritiesAndOutcomesInWords() {
		List<HistoryLines.Line> lines = HistoryLines.of(List.of(
				new CaseEvent(AT, "opened", "system", "MAJOR_PROCEDURE_PLANNED, WORSENING_DESPITE_TREATMENT"),
				new CaseEvent(AT, "flag-updated", "system", "+RARE_OR_COMPLEX_CONDITION, -MAJOR_PROCEDURE_PLANNED, priority routine -> urgent"),
				new CaseEvent(AT, "in-review", "coordinator", null),
				new CaseEvent(AT, "closed", "coordinator", "not-needed: resolved")),
				Map.of("not-needed", Map.of("resolved", "The concern was resolved")));

		assertThat(lines).extracting(HistoryLines.Line::action)
			.containsExactly("Case opened", "Flag updated", "Review started", "Case closed");
		assertThat(lines.get(0).detail()).isEqualTo("Major procedure planned, Worsening despite treatment");
		assertThat(lines.get(1).detail())
			.isEqualTo("added: Rare or complex condition, removed: Major procedure planned, priority Routine → Urgent");
		assertThat(lines.get(2).detail()).isNull();
		assertThat(lines.get(3).detail()).isEqualTo("Not needed: The concern was resolved");
		assertThat(lines.get(3).actor()).isEqualTo("coordinator");
	}

}
