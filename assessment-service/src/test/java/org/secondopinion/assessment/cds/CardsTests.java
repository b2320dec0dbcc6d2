package org.secondopinion.assessment.cds;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.assessment.criteria.Evidence;
import org.secondopinion.assessment.criteria.MetCriterion;
import org.secondopinion.events.PatientRef;
import org.secondopinion.events.Priority;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CardsTests {

	private final Cards cards = new Cards(new CdsSettings(List.of(), null,
			"https://worklist.example.org/cases?patient={ehrId}/{patientId}", "https://rules.example.org",
			Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(10), 20), JsonMapper.builder().build());

	private final PatientRef patient = PatientRef.of("north east", "p-1");

	@Test
	void mapsPriorityToIndicator() {
		assertThat(Cards.indicator(Priority.URGENT)).isEqualTo("critical");
		assertThat(Cards.indicator(Priority.HIGH)).isEqualTo("warning");
		assertThat(Cards.indicator(Priority.ROUTINE)).isEqualTo("info");
	}

	@Test
	void keepsTheSummaryWithin140CharactersWhenManyCriteriaAreMet() {
		List<MetCriterion> all = Arrays.stream(CriterionCode.values())
			.map(code -> new MetCriterion(code, "Reason.", List.of()))
			.toList();

		Card card = cards.patientView(patient, Priority.HIGH, all);

		assertThat(card.summary()).hasSize(140).startsWith("Second opinion may be warranted: persistent symptoms").endsWith("…");
		assertThat(card.indicator()).isEqualTo("warning");
	}

	@Test
	void escapesMarkdownInReasonsAndEvidenceAndEncodesTheCaseLink() {
		Card card = cards.patientView(patient, Priority.ROUTINE, List.of(new MetCriterion(CriterionCode.MAJOR_PROCEDURE_PLANNED,
				"Fusion *L4_L5* is planned", List.of(new Evidence("ServiceRequest/7/_history/2", "[fusion]")))));

		assertThat(card.detail()).contains("Fusion \\*L4\\_L5\\* is planned")
			.contains("- `ServiceRequest/7/_history/2` \\[fusion\\]");
		assertThat(card.links()).singleElement()
			.satisfies(link -> assertThat(link.url()).isEqualTo("https://worklist.example.org/cases?patient=north+east/p-1"));
		assertThat(card.source().url()).isEqualTo("https://rules.example.org");
	}

	@Test
	void refusesASummaryOver140Characters() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Card("u", "x".repeat(141), "", "info",
				new Card.Source("s", null, null), List.of(), null, List.of(), List.of()));
	}

}
