package org.secondopinion.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.testing.source.MainSources;

import static org.assertj.core.api.Assertions.assertThat;

class SourceRulesTests {

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
