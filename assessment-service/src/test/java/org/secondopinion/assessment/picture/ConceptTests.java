package org.secondopinion.assessment.picture;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConceptTests {

	private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

	@Test
	void showsTheFirstCodingsDisplay() {
		Concept concept = new Concept(List.of(new CodedConcept(RXNORM, "1819", "buprenorphine")), "Belbuca 300 mcg");

		assertThat(concept.display()).isEqualTo("buprenorphine");
	}

	@Test
	void showsTheTextWhenTheDisplayIsOnlyACode() {
		Concept concept = new Concept(List.of(new CodedConcept(RXNORM, RXNORM, "1819")),
				"buprenorphine 300 mcg buccal film");

		assertThat(concept.display()).isEqualTo("buprenorphine 300 mcg buccal film");
	}

	@Test
	void showsTheCodeWhenNothingNamesTheConcept() {
		Concept concept = new Concept(List.of(new CodedConcept(RXNORM, "1819", "  ")), null);

		assertThat(concept.display()).isEqualTo("1819");
	}

}
