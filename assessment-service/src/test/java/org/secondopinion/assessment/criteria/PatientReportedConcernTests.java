package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.FlagPayload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.assessment.picture.PictureFixtures.picture;

class PatientReportedConcernTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final String FIXTURES = "fixtures/patient-reported-concern/";

	private final PatientReportedConcern criterion = new PatientReportedConcern(RuleSettings.valueSetFiles(),
			RuleSettings.load("patient-concern", PatientConcernSettings.class),
			new SecondOpinionsOnRecord(RuleSettings.valueSetFiles(), RuleSettings.load("suppression", SuppressionSettings.class)));

	@Test
	void flagsAConfiguredQuestionnaireAnswerAskingForASecondOpinion() {
		assertThat(evaluate("questionnaire-wants-second-opinion.json")).hasValueSatisfying(f -> {
			assertThat(f.code().code()).isEqualTo("PATIENT_REPORTED_CONCERN");
			assertThat(f.reason()).isEqualTo("The patient answered \"Would you like a second opinion about your "
					+ "diagnosis or treatment plan?\" with \"Yes\" on 18 Oct 2026; a second opinion can answer their "
					+ "concern and keep their trust in the plan.");
			assertThat(f.evidence()).extracting(FlagPayload.Evidence::reference)
				.containsExactly("QuestionnaireResponse/pre-visit/_history/2");
		});
	}

	@Test
	void ignoresTheSameQuestionnaireAnsweredNo() {
		assertThat(evaluate("questionnaire-declines-second-opinion.json")).isEmpty();
	}

	@Test
	void readsPhrasesInAFreeTextAnswerOfAnyQuestionnaire() {
		assertThat(evaluate("questionnaire-free-text-of-another-form.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("The patient answered \"Anything else?\" with \"Nobody listens to me about the pain."));
	}

	@Test
	void flagsAPortalMessageFromThePatientAskingForASecondOpinion() {
		assertThat(evaluate("portal-message-asks-for-second-opinion.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("The patient wrote on 22 Oct 2026: \"My knee has been swollen");
			assertThat(f.evidence()).extracting(FlagPayload.Evidence::reference)
				.containsExactly("Communication/msg/_history/1");
		});
	}

	@Test
	void flagsAMessageFromThePatientsRepresentativeButNotFromAClinician() {
		assertThat(evaluate("parent-asks-for-second-opinion.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("The patient's representative wrote on 22 Oct 2026: \"This is his mother."));
		assertThat(evaluate("nurse-writes-about-second-opinion.json")).isEmpty();
	}

	@Test
	void ignoresAClinicianLetterAboutASecondOpinion() {
		assertThat(evaluate("clinician-letter-mentions-declined-second-opinion.json")).isEmpty();
	}

	@Test
	void ignoresAPatientSayingTheyDoNotNeedASecondOpinion() {
		assertThat(evaluate("patient-says-no-second-opinion-needed.json")).isEmpty();
	}

	@Test
	void flagsAConcernRaisedThroughTheApiByItsCategoryEvenWithoutThePhrase() {
		assertThat(evaluate("concern-raised-through-the-api.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("The patient wrote on 30 Oct 2026: \"Please arrange for another doctor to look at my scans.\""));
	}

	@Test
	void flagsAFlagAskingForASecondOpinionByItsText() {
		assertThat(evaluate("patient-flag-asks-for-second-opinion.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("The patient raised a flag on their record saying \"I want a second opinion before the hysterectomy\""));
	}

	@Test
	void ignoresARequestOlderThanAYear() {
		assertThat(evaluate("old-message-asks-for-second-opinion.json")).isEmpty();
	}

	@Test
	void flagsAYesInEveryAnswerFormToQuestionsThatCarryOnlyALinkIdAndText() {
		assertThat(evaluate("linkid-only-questionnaires-answered-yes.json")).hasValueSatisfying(f -> {
			assertThat(f.evidence()).extracting(FlagPayload.Evidence::reference)
				.containsExactlyInAnyOrder("QuestionnaireResponse/loinc-yes/_history/1",
						"QuestionnaireResponse/v2-yes/_history/1", "QuestionnaireResponse/snomed-yes/_history/1",
						"QuestionnaireResponse/boolean-yes/_history/1", "QuestionnaireResponse/string-yes/_history/1");
			assertThat(f.reason()).startsWith("The patient answered \"Would you like another doctor to review your "
					+ "diagnosis?\" with \"Yes\" on 14 Oct 2026");
		});
	}

	@Test
	void ignoresANoInEveryAnswerFormToTheSameQuestions() {
		assertThat(evaluate("linkid-only-questionnaires-answered-no.json")).isEmpty();
	}

	@Test
	void flagsANoToWhetherThePatientFeltListenedTo() {
		assertThat(evaluate("questionnaire-felt-not-listened-to.json")).hasValueSatisfying(
				f -> assertThat(f.evidence()).extracting(FlagPayload.Evidence::reference)
					.containsExactly("QuestionnaireResponse/visit-survey/_history/1"));
	}

	@Test
	void ignoresAYesToFeelingListenedToAndToQuestionsThatOnlyMentionAnotherDoctor() {
		assertThat(evaluate("questionnaire-felt-listened-to.json")).isEmpty();
	}

	@Test
	void ignoresARequestAnsweredByASecondOpinionThatTookPlaceAfterIt() {
		assertThat(evaluate("request-answered-by-later-second-opinion.json")).isEmpty();
	}

	@Test
	void flagsARequestMadeAgainAfterTheLastSecondOpinionCitingOnlyTheNewOne() {
		assertThat(evaluate("new-request-after-second-opinion.json")).hasValueSatisfying(f -> {
			assertThat(f.evidence()).extracting(FlagPayload.Evidence::reference)
				.containsExactly("Communication/msg-2/_history/1");
			assertThat(f.reason()).startsWith("The patient wrote on 20 Sep 2026: \"The nodule has grown again");
		});
	}

	@Test
	void ignoresAMessageAfterASecondOpinionThatOnlyThanksForItOrReportsOnIt() {
		assertThat(evaluate("thanks-for-the-second-opinion-and-a-refill-after-it.json")).isEmpty();
		assertThat(evaluate("my-second-opinion-went-well-after-it.json")).isEmpty();
	}

	@Test
	void flagsAMessageAfterASecondOpinionThatAsksForAFurtherOne() {
		assertThat(evaluate("thanks-for-the-second-opinion-but-asks-for-a-third.json")).hasValueSatisfying(f -> assertThat(
				f.reason()).startsWith("The patient wrote on 20 Sep 2026: \"Thanks for the second opinion in June, but"));
	}

	@Test
	void flagsAMessageAfterASecondOpinionThatStillSaysThePatientIsNotTakenSeriously() {
		assertThat(evaluate("after-the-second-opinion-still-not-taken-seriously.json")).isPresent();
	}

	@Test
	void readsThanksForASecondOpinionAsARequestWhenNoneIsOnRecord() {
		assertThat(evaluate("thanks-for-mentioning-a-second-opinion-with-none-on-record.json")).isPresent();
	}

	private Optional<Finding> evaluate(String fixture) {
		return criterion.evaluate(picture(FIXTURES + fixture), NOW);
	}

}
