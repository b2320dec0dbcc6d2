package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.assessment.picture.PictureFixtures.picture;

class UntreatablePrognosisTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final String FIXTURES = "fixtures/untreatable-prognosis/";

	private final UntreatablePrognosis criterion = new UntreatablePrognosis(RuleSettings.valueSetFiles(),
			RuleSettings.load("untreatable", UntreatableSettings.class));

	@Test
	void flagsAnActiveCancerWhoseCareMovedToAPalliativeCarePlan() {
		assertThat(evaluate("palliative-care-plan-for-pancreatic-cancer.json")).hasValueSatisfying(f -> {
			assertThat(f.code().code()).isEqualTo("UNTREATABLE_PROGNOSIS");
			assertThat(f.reason()).isEqualTo("For malignant tumor of pancreas, care has moved to a palliative care plan "
					+ "and no second opinion is on record; another specialist may know of treatment options.");
			assertThat(f.evidence()).containsExactly(new Evidence("CarePlan/pall/_history/3", "Palliative care"),
					new Evidence("Condition/panc/_history/2", "Malignant tumor of pancreas"));
			assertThat(f.problems()).contains("Condition/panc", "http://hl7.org/fhir/sid/icd-10-cm|C25.9");
		});
	}

	@Test
	void flagsAHospiceReferralForAConditionCodedOnlyInIcd10() {
		assertThat(evaluate("hospice-referral-icd-coded-condition.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("For amyotrophic lateral sclerosis, a referral to hospice care was made");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("ServiceRequest/hospice/_history/1", "Condition/als/_history/1");
		});
	}

	@Test
	void flagsAReferralToHospiceCodedAsAReferralProcedure() {
		assertThat(evaluate("referral-to-hospice-for-heart-failure.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("For chronic systolic heart failure, a referral to hospice was made and no "
					+ "second opinion is on record; another specialist may know of treatment options.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("ServiceRequest/hospice/_history/1", "Condition/hf/_history/1");
		});
	}

	@Test
	void ignoresARevokedReferralToHospiceAndAReferralToAnotherClinic() {
		assertThat(evaluate("referral-to-hospice-revoked.json")).isEmpty();
		assertThat(evaluate("referral-to-heart-failure-clinic.json")).isEmpty();
	}

	@Test
	void flagsAConditionNoteSayingThereAreNoTreatmentOptions() {
		assertThat(evaluate("condition-note-no-treatment-options.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.isEqualTo("For malignant tumor of pancreas, a note on it says \"no treatment options\" and no second opinion "
					+ "is on record; another specialist may know of treatment options."));
	}

	@Test
	void flagsAClinicalNoteAboutOneOfSeveralConditions() {
		assertThat(evaluate("clinical-note-nothing-more-can-be-done.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("For heart failure, a clinical note says \"nothing more can be done\"");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("DocumentReference/letter/_history/1", "Condition/hf/_history/1");
		});
	}

	@Test
	void flagsACertificationOfTerminalIllnessForTheHospiceBenefit() {
		assertThat(evaluate("clinical-note-hospice-benefit-elected.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("For heart failure, a clinical note says \"certification of terminal illness\""));
	}

	@Test
	void takesNothingMoreFromOneSpecialtysStandpointForTheEndOfItsWorkUpNotAnUntreatableCondition() {
		assertThat(evaluate("clinical-note-nothing-more-from-one-specialtys-standpoint.json")).isEmpty();
		assertThat(UntreatablePrognosis.ownedSentences("Nothing further to offer from an ENT standpoint. No treatment options remain."))
			.doesNotContain("ENT standpoint")
			.contains("No treatment options remain.");
	}

	@Test
	void takesAnAdvanceCarePlansWishForOneDayForNoStatementAboutNow() {
		assertThat(UntreatablePrognosis.ownedSentences("Wants all appropriate treatment for illnesses that can be "
				+ "reversed. If she were to have a severe irreversible brain injury, she would prefer comfort-focused "
				+ "care. Should her cancer progress, best supportive care only. She would prefer comfort care."))
			.contains("Wants all appropriate treatment")
			.doesNotContain("comfort-focused", "supportive care", "comfort care");
		assertThat(UntreatablePrognosis.ownedSentences("Lobectomy planned. SBRT mentioned as an alternative reserved for "
				+ "medically inoperable patients."))
			.as("patients in general").doesNotContain("inoperable");
		assertThat(UntreatablePrognosis.ownedSentences("No further treatment options. Comfort care if symptoms worsen."))
			.as("a condition inside the sentence leaves a statement about now as it is")
			.contains("No further treatment options.");
	}

	@Test
	void readsANoTreatmentOptionsStatementWithWordsInBetweenAndQuotesItAsWritten() {
		assertThat(evaluate("clinical-note-no-further-disease-modifying-options.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("For cirrhosis of liver, a clinical note says \"no further disease-modifying "
					+ "treatment options\" and no second opinion is on record; another specialist may know of treatment "
					+ "options.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("DocumentReference/hepatology/_history/1", "Condition/cirrhosis/_history/1");
		});
	}

	@Test
	void ignoresOptionsNotExhaustedAGapAcrossAClauseAndMoreThanThreeWordsInBetween() {
		assertThat(evaluate("clinical-note-treatment-options-not-exhausted.json")).isEmpty();
	}

	@Test
	void readsANoTreatmentStatementInACarePlansDescription() {
		assertThat(evaluate("care-plan-description-options-exhausted.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("For glioblastoma multiforme, a care plan says \"treatment options have been "
					+ "exhausted\"");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("CarePlan/plan/_history/1", "Condition/gbm/_history/1");
		});
	}

	@Test
	void ignoresANegatedPhrase() {
		assertThat(evaluate("negated-phrase-in-note.json")).isEmpty();
	}

	@Test
	void ignoresAPalliativePlanForAConditionThatResolved() {
		assertThat(evaluate("palliative-plan-for-resolved-condition.json")).isEmpty();
	}

	@Test
	void ignoresACompletedPalliativePlan() {
		assertThat(evaluate("completed-palliative-plan.json")).isEmpty();
	}

	@Test
	void readsCarePlansByCodeNotByTheirTitle() {
		assertThat(evaluate("palliative-plan-named-only-in-text.json")).isEmpty();
	}

	private Optional<Finding> evaluate(String fixture) {
		return criterion.evaluate(picture(FIXTURES + fixture), NOW);
	}

}
