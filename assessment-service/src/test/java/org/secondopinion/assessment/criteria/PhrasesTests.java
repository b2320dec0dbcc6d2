package org.secondopinion.assessment.criteria;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhrasesTests {

	private final Phrases phrases = new Phrases(List.of("no … treatment options", "treatment options ... exhausted",
			"nothing more can be done"));

	@Test
	void findsAPhraseWithUpToThreeWordsInItsGap() {
		assertThat(phrases.find("There are no treatment options.")).contains("no treatment options");
		assertThat(phrases.find("No other treatment options exist")).contains("no other treatment options");
		assertThat(phrases.find("no further disease-modifying treatment options available"))
			.contains("no further disease-modifying treatment options");
		assertThat(phrases.find("Standard treatment options have been exhausted"))
			.contains("treatment options have been exhausted");
	}

	@Test
	void doesNotStretchAGapPastThreeWordsOrAcrossAClause() {
		assertThat(phrases.find("no newly approved second-line systemic treatment options")).isEmpty();
		assertThat(phrases.find("No, treatment options remain")).isEmpty();
		assertThat(phrases.find("piano treatment options")).isEmpty();
	}

	@Test
	void ignoresAGapHoldingANegationAndANegationBeforeThePhrase() {
		assertThat(phrases.find("Treatment options have not been exhausted")).isEmpty();
		assertThat(phrases.find("It is not true that there are no other treatment options")).isEmpty();
		assertThat(phrases.find("We never said nothing more can be done")).isEmpty();
	}

	@Test
	void findsAsWrittenAPhraseWithAGapWhateverItsNegation() {
		assertThat(phrases.findAsWritten("there are not no other treatment options")).contains("no … treatment options");
	}

	@Test
	void refusesAGapAtTheStartOrEndOfAPhrase() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Phrases(List.of("… treatment options")));
		assertThatIllegalArgumentException().isThrownBy(() -> new Phrases(List.of("no treatment …")));
	}

}
