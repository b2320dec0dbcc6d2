package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
	 * @param unscheduledVisits FHIR ValueSet of the encounter types of an unscheduled visit (emergency, urgent care)
	 * @param within an unplanned admission, or the unscheduled visits, this soon after the primary-care visit
	 * @param lookback only primary-care visits this recent
	 * @param minimumUnscheduledVisits this many unscheduled visits within the window trigger
	 */
	record ReturnVisits(@NotNull Resource primaryCareVisits,
			@DefaultValue("classpath:valuesets/unscheduled-visits.json") Resource unscheduledVisits,
			@NotNull Duration within, @NotNull Duration lookback, @Min(1) int minimumUnscheduledVisits) {
	}

	/**
	 * Red-flag findings without follow-up (Murphy et al.).
	 * @param followUp FHIR ValueSet of the procedures that follow a red flag up
	 * @param followUpWithin a red flag not followed up this soon triggers
	 * @param lookback only red flags this recent
	 * @param findings the red flags, each with what follows it up
	 */
	record RedFlags(@NotNull Resource followUp, @NotNull Duration followUpWithin, @NotNull Duration lookback,
			@Valid @NotEmpty List<RedFlag> findings) {
	}

	/**
	 * One red flag and what follows it up, as data: any of these within the window means it was not left alone. A red
	 * flag is a test result ({@code codes} reading {@code reading}), a finding ({@code findingCodes}), or both.
	 * @param name the red flag's name in the flag's reason, e.g. {@code raised PSA}
	 * @param codes the test's codes, {@code system|code}; none for a red flag that is a finding only
	 * @param reading {@code high}, {@code low} or {@code abnormal}
	 * @param confirmedByLow when not empty, also one of these tests reading low within 30 days (iron deficiency:
	 * low haemoglobin with low MCV or ferritin)
	 * @param organ the organ or system the finding points to, for people
	 * @param followUpProcedures FHIR ValueSet of the diagnostic procedures on that organ (biopsy, endoscopy, imaging),
	 * in any code system, ordered or done
	 * @param specialties FHIR ValueSet of the specialties that see it (Encounter type or service type, ServiceRequest
	 * code, category or performer type: a visit or referral)
	 * @param explainedBy FHIR ValueSet of the diagnoses that explain the finding, noted since or active
	 * @param knownDisease FHIR ValueSet of the diagnoses the red flag screens for (the organ's cancer, or a history
	 * of it): one already known on the day of the result makes the result the monitoring of a known disease, not a
	 * new signal, and the red flag does not apply (Murphy et al. excluded patients with the cancer already diagnosed)
	 * @param phrases wording of a follow-up procedure or referral written only as text
	 * @param findingCodes FHIR ValueSet of the finding itself, in any code system, wherever the record carries it: a
	 * Condition (problem-list entry or encounter diagnosis, e.g. ICD-10-CM R91.1), an Observation coded with it or
	 * whose coded value it is (a chest CT's finding, a BI-RADS category) and not read normal, or a DiagnosticReport's
	 * conclusion code; a follow-up whose reason code is one of these counts as follow-up
	 * @param minimumAge when set, the red flag applies from this age on the day of the result (NICE NG12's age
	 * thresholds: rectal bleeding from 50, visible haematuria from 45); a patient whose birth date is unknown is
	 * taken to be old enough
	 * @param followUpWithin when set, this red flag's own follow-up window instead of the shared
	 * {@code follow-up-within}: a finding whose guideline follow-up comes later (an incidental lung nodule's first CT
	 * at three to six months) is not unfollowed at sixty days
	 * @param promptPhrases words on the finding's own record (its text, notes, value or the report's conclusion) that call
	 * for prompt work-up whatever {@code followUpWithin} says: a nodule the radiologist calls suspicious or spiculated
	 * is held to the shared window
	 * @param reportPhrases wording of the finding in the text of a report on the organ (a DiagnosticReport's
	 * conclusion, a study Observation's text value not read normal), not negated: "suspicious for neoplasm", "BI-RADS
	 * 4"; such a report is the finding and calls for prompt work-up
	 * @param reportSites words of which one names the organ in the report's name ("XR Chest 2 Views", "Mammogram
	 * diagnostic"): the phrases are read only in such reports ("spiculated" in a chest film, not in a bone scan)
	 * @param accountedForBy FHIR ValueSet of the diagnoses that, active and known on the day of the result, account
	 * for it so that it is no new signal: heavy menstrual bleeding for an iron deficiency in a
	 * woman who still menstruates
	 * @param testNames names of the test ({@link TestNames}), for a result sent with a laboratory's own code only
	 * ("FIT - bowel cancer screening programme", "CA 125"); the codes are still needed
	 * @param repeatIsFollowUp whether the same test again, done or ordered, follows the red flag up (default true: a
	 * raised PSA is repeated before a biopsy); false where only the organ's work-up does (an iron-deficiency anaemia, a
	 * positive FIT, a raised CA-125: a second blood count or FIT does not look for the cancer)
	 */
	record RedFlag(@NotBlank String name, List<String> codes, @NotBlank String reading,
			List<String> confirmedByLow, @Nullable String organ, @Nullable Resource followUpProcedures,
			@Nullable Resource specialties, @Nullable Resource explainedBy, @Nullable Resource knownDisease,
			@Nullable List<String> phrases, @Nullable Resource findingCodes,
			@Nullable @Min(0) Integer minimumAge, @Nullable Duration followUpWithin, @Nullable List<String> promptPhrases,
			@Nullable List<String> reportPhrases, @Nullable List<String> reportSites, @Nullable Resource accountedForBy,
			@Nullable List<String> testNames, @Nullable Boolean repeatIsFollowUp) {

		/** Lists absent from the YAML bind as null and read as empty. */
		RedFlag {
			codes = codes == null ? List.of() : List.copyOf(codes);
			testNames = testNames == null ? List.of() : List.copyOf(testNames);
			if (!testNames.isEmpty() && codes.isEmpty()) {
				throw new IllegalArgumentException("Red flag '" + name + "' has test-names without test codes");
			}
			confirmedByLow = confirmedByLow == null ? List.of() : List.copyOf(confirmedByLow);
			promptPhrases = promptPhrases == null ? List.of() : List.copyOf(promptPhrases);
			reportPhrases = reportPhrases == null ? List.of() : List.copyOf(reportPhrases);
			reportSites = reportSites == null ? List.of() : List.copyOf(reportSites);
			if (!reportPhrases.isEmpty() && reportSites.isEmpty()) {
				throw new IllegalArgumentException("Red flag '" + name + "' reads report-phrases without report-sites");
			}
			if (codes.isEmpty() && findingCodes == null) {
				throw new IllegalArgumentException("Red flag '" + name + "' needs test codes or finding-codes");
			}
		}

		/** Whether the same test again, done or ordered, follows the red flag up. */
		boolean repeatCounts() {
			return repeatIsFollowUp == null || repeatIsFollowUp;
		}

		/** Whether a result's code is this red flag's test: one of its codes, or a laboratory's own code named so. */
		boolean isTest(org.secondopinion.assessment.picture.Concept code) {
			return UnfollowedRedFlags.coded(code, codes) || TestNames.named(code, testNames);
		}

		@Override
		public String toString() {
			return name + (codes.isEmpty() ? "" : " " + codes + (testNames.isEmpty() ? "" : " or named " + testNames)
					+ " reads " + reading)
					+ (confirmedByLow.isEmpty() ? "" : " with low " + confirmedByLow)
					+ (findingCodes == null ? "" : " or finding " + findingCodes.getFilename())
					+ (organ == null ? "" : " (" + organ + ")") + (minimumAge == null ? "" : " from age " + minimumAge)
					+ (followUpWithin == null ? "" : " followed up within " + followUpWithin
							+ (promptPhrases.isEmpty() ? "" : " unless called " + promptPhrases))
					+ (reportPhrases.isEmpty() ? "" : " or a report on " + reportSites + " stating " + reportPhrases);
		}

	}

}
