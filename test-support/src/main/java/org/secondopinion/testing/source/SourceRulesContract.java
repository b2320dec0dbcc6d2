package org.secondopinion.testing.source;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.CriterionCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules on a module's main sources that the build enforces, run by the module's {@code SourceRulesTests}: criterion
 * codes are spelled only through the vocabulary, EHR and patient ids travel as {@code EhrId} and {@code PatientRef}
 * (or {@code PatientKey}) past the edges, and no block is copied between two sources.
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

	/**
	 * A parameter or record component {@code String ehrId} or {@code String patientId} is an id that has not been
	 * parsed: it belongs only at an edge, where text arrives (a wire record, a request's path variables before they
	 * are parsed, settings) and is parsed once. Each module names its edges in {@link #stringIdEdges()}.
	 */
	@Test
	void takesEhrAndPatientIdsTypedPastTheEdges() {
		assertThat(sources.stringParametersNamed(List.of("ehrId", "patientId"), stringIdEdges().keySet()))
			.as("String ehrId/patientId declared past the edges; take org.secondopinion.events.EhrId or PatientRef "
					+ "(PatientKey for a Kafka key), or name the source in stringIdEdges() with why it is an edge")
			.isEmpty();
	}

	/**
	 * The sources of this module that are an edge where an EHR or patient id is still text, each with why: a path
	 * below {@code src/main/java}, of a file or of a package directory ending in {@code /}.
	 */
	protected Map<String, String> stringIdEdges() {
		return Map.of();
	}

	@Test
	void sharesNoRunOfMoreThanTenLinesBetweenTwoSources() {
		assertThat(sources.sharedRunsLongerThan(10)).as("copied blocks; extract what they share").isEmpty();
	}

}
