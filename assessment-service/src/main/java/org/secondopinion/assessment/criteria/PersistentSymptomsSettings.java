package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * @param symptoms FHIR ValueSet of symptoms and findings
 * @param symptomObservationCodes Observation codes ({@code system|code}) that record a symptom in their value
 * @param explanations FHIR ConceptMap from diagnoses to the symptoms and results they explain
 * @param minimumDates a symptom recorded on at least this many dates…
 * @param minimumSpan …spanning at least this long…
 * @param ongoingWithin …and last recorded this recently is persistent
 * @param minimumNormalTests at least this many normal tests in the window make a work-up
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.persistent-symptoms")
record PersistentSymptomsSettings(@NotNull Resource symptoms, @NotNull List<String> symptomObservationCodes,
		@NotNull Resource explanations, @Min(2) int minimumDates, @NotNull Duration minimumSpan,
		@NotNull Duration ongoingWithin, @Min(1) int minimumNormalTests, @Valid @NotNull ReturnVisits returnVisits,
		@Valid @NotNull RedFlags redFlags) {

	/**
	 * The return-visit e-triggers (Singh et al.).
	 * @param primaryCareVisits FHIR ValueSet of the encounter types of a scheduled primary-care visit
	 * @param within an unplanned admission, or the unscheduled visits, this soon after the primary-care visit
	 * @param lookback only primary-care visits this recent
	 * @param minimumUnscheduledVisits this many unscheduled visits within the window trigger
	 */
	record ReturnVisits(@NotNull Resource primaryCareVisits, @NotNull Duration within, @NotNull Duration lookback,
			@Min(1) int minimumUnscheduledVisits) {
	}

	/**
	 * Red-flag findings without follow-up (Murphy et al.).
	 * @param followUp FHIR ValueSet of the procedures that follow a red flag up
	 * @param followUpWithin a red flag not followed up this soon triggers
	 * @param lookback only red flags this recent
	 */
	record RedFlags(@NotNull Resource followUp, @NotNull Duration followUpWithin, @NotNull Duration lookback,
			@Valid @NotEmpty List<RedFlag> findings) {
	}

	/**
	 * @param codes the test's codes, {@code system|code}
	 * @param reading {@code high}, {@code low} or {@code abnormal}
	 * @param confirmedByLow when not empty, also one of these tests reading low within 30 days (iron deficiency:
	 * low haemoglobin with low MCV or ferritin)
	 */
	record RedFlag(@NotBlank String name, @NotEmpty List<String> codes, @NotBlank String reading,
			@NotNull List<String> confirmedByLow) {

		@Override
		public String toString() {
			return name + " " + codes + " reads " + reading + (confirmedByLow.isEmpty() ? "" : " with low " + confirmedByLow);
		}

	}

}
