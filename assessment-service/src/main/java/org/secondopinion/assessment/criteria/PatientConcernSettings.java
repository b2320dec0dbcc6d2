package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * @param requestCodes FHIR ValueSet of codes that mark a request for a second opinion (Communication category or
 * reason, Flag code, questionnaire answer)
 * @param phrases wording in a patient's message, flag or free-text answer that asks for a second opinion or says
 * they feel unheard
 * @param answers questionnaire answers that are concerns in themselves
 * @param within only signals this recent count
 * @param requestQuestions wording of a question (item text) to which a yes is a concern: wanting another doctor to
 * review the case, not feeling listened to; matched in the text whatever its negation, and a no is not a concern
 * @param reassuranceQuestions wording of a question to which a no is a concern ("did you feel listened to?")
 * @param yesAnswers FHIR ValueSet of coded yes answers (LOINC LA33-6, HL7 v2-0136 Y, SNOMED CT 373066001, …)
 * @param noAnswers FHIR ValueSet of coded no answers
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.patient-concern")
record PatientConcernSettings(@NotNull Resource requestCodes, @NotNull List<String> phrases,
		@Valid @NotNull List<ConcernAnswer> answers, @NotNull Duration within, @NotNull List<String> requestQuestions,
		@NotNull List<String> reassuranceQuestions, @NotNull Resource yesAnswers, @NotNull Resource noAnswers) {

	/**
	 * One answer that is a concern: to question {@code linkId} of {@code questionnaire} (any questionnaire when
	 * absent; a version after {@code |} is ignored), the coded answer {@code system|code} or {@code true}.
	 * @param questionnaire the canonical URL of the questionnaire; any questionnaire when absent
	 * @param linkId the question's {@code linkId}
	 * @param answer the answer that voices the concern: a coded {@code system|code}, or {@code true}
	 */
	record ConcernAnswer(@Nullable String questionnaire, @NotBlank String linkId, @NotBlank String answer) {

		@Override
		public String toString() {
			return (questionnaire == null ? "any questionnaire" : questionnaire) + "#" + linkId + "=" + answer;
		}

	}

}
