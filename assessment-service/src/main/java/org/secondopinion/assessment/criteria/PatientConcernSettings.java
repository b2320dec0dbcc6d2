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
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.patient-concern")
record PatientConcernSettings(@NotNull Resource requestCodes, @NotNull List<String> phrases,
		@Valid @NotNull List<ConcernAnswer> answers, @NotNull Duration within) {

	/**
	 * One answer that is a concern: to question {@code linkId} of {@code questionnaire} (any questionnaire when
	 * absent; a version after {@code |} is ignored), the coded answer {@code system|code} or {@code true}.
	 */
	record ConcernAnswer(@Nullable String questionnaire, @NotBlank String linkId, @NotBlank String answer) {

		@Override
		public String toString() {
			return (questionnaire == null ? "any questionnaire" : questionnaire) + "#" + linkId + "=" + answer;
		}

	}

}
