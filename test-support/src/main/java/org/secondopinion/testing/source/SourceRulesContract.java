package org.secondopinion.testing.source;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.CriterionCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules on a module's main sources that the build enforces, run by the module's {@code SourceRulesTests}: criterion
 * codes are spelled only through the vocabulary, and no block is copied between two sources.
 */
public abstract class SourceRulesContract {

	private final MainSources sources = MainSources.ofThisModule();

	@Test
	void spellsCriterionCodesOnlyThroughTheVocabulary() {
		List<String> codes = Arrays.stream(CriterionCode.values()).map(CriterionCode::code).toList();

		assertThat(sources.literalsOf(codes, Set.of()))
			.as("criterion codes written as string literals; use org.secondopinion.events.CriterionCode")
			.isEmpty();
	}

	@Test
	void sharesNoRunOfMoreThanTenLinesBetweenTwoSources() {
		assertThat(sources.sharedRunsLongerThan(10)).as("copied blocks; extract what they share").isEmpty();
	}

}
