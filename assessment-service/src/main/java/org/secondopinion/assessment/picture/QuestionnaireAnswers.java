package org.secondopinion.assessment.picture;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A QuestionnaireResponse, its nested items flattened.
 * @param questionnaire the canonical URL of the questionnaire answered, if stated
 * @param author the unversioned reference of who wrote the answers, e.g. {@code Patient/7}
 */
public record QuestionnaireAnswers(String reference, String id, @Nullable String questionnaire, String status,
		@Nullable Instant authored, @Nullable String author, @Nullable String source, List<Answer> answers) {

	public QuestionnaireAnswers {
		answers = List.copyOf(answers);
	}

	/** One answer to one question; only the value of the answer's type is set. */
	public record Answer(String linkId, @Nullable String question, @Nullable Boolean valueBoolean,
			@Nullable CodedConcept valueCoding, @Nullable String valueString, @Nullable BigDecimal valueNumber) {
	}

}
