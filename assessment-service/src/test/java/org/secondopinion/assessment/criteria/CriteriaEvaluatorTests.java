package org.secondopinion.assessment.criteria;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.secondopinion.assessment.AssessmentSettings;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.assessment.picture.PictureFixtures.picture;

class CriteriaEvaluatorTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final ValueSetFiles FILES = RuleSettings.valueSetFiles();

	private static final String FIXTURES = "fixtures/suppression/";

	private final CriteriaEvaluator evaluator = evaluator(Duration.ofDays(30));

	@Test
	void suppressesAFindingWhenASecondOpinionOnTheSameProblemTookPlaceThisYear() {
		Assessment assessment = evaluator.assess(picture(FIXTURES + "fusion-after-second-opinion-on-the-stenosis.json"));

		assertThat(assessment.flagged()).isFalse();
	}

	@Test
	void keepsAFindingWhenTheSecondOpinionWasAboutAnotherProblem() {
		Assessment assessment = evaluator.assess(picture(FIXTURES + "fusion-after-second-opinion-on-another-problem.json"));

		assertThat(assessment.findings()).extracting(f -> f.code().code()).containsExactly("MAJOR_PROCEDURE_PLANNED");
	}

	@Test
	void flagsNothingForAPatientTheEhrRecordsAsDeceased() {
		assertThat(evaluator.assess(picture(FIXTURES + "fusion-planned-for-a-patient-who-has-died.json")).flagged()).isFalse();
	}

	@Test
	void keepsAFindingWhenTheSecondOpinionIsMoreThanTwelveMonthsOld() {
		assertThat(evaluator.assess(picture(FIXTURES + "fusion-after-second-opinion-fourteen-months-ago.json")).flagged())
			.isTrue();
	}

	@Test
	void recognisesAReferralWhoseReasonIsCodedAsSecondOpinion() {
		assertThat(evaluator.assess(picture(FIXTURES + "fusion-after-referral-coded-for-second-opinion.json")).flagged())
			.isFalse();
	}

	@Test
	void takesAnOutsideSecondOpinionVisitNamingNoConditionAsAboutEveryActiveCondition() {
		assertThat(evaluator.assess(picture(FIXTURES + "hospice-after-an-outside-second-opinion-visit-naming-no-condition.json"))
			.flagged()).isFalse();
	}

	@Test
	void recognisesANoteTitledAsASecondOpinionAboutTheCondition() {
		assertThat(evaluator.assess(picture(FIXTURES + "hospice-after-a-note-titled-second-opinion.json")).flagged())
			.isFalse();
	}

	@Test
	void readsWhichProblemASecondOpinionVisitWasAboutFromTheNoteWrittenForIt() {
		Assessment assessment = evaluator
			.assess(picture(FIXTURES + "hospice-after-a-second-opinion-visit-whose-note-is-about-another-condition.json"));

		assertThat(assessment.findings()).extracting(f -> f.code().code()).containsExactly("UNTREATABLE_PROGNOSIS");
	}

	@Test
	void ignoresADeclinedSecondOpinionAndANoteThatOnlyMentionsOne() {
		Assessment assessment = evaluator
			.assess(picture(FIXTURES + "hospice-after-a-declined-second-opinion-and-a-note-mentioning-one.json"));

		assertThat(assessment.findings()).extracting(f -> f.code().code()).containsExactly("UNTREATABLE_PROGNOSIS");
	}

	@Test
	void changesTheRulesetVersionWhenAParameterChanges() {
		assertThat(evaluator.rulesetVersion()).startsWith("2026.11-1+").hasSize("2026.11-1+".length() + 12);
		assertThat(evaluator(Duration.ofDays(30)).rulesetVersion()).isEqualTo(evaluator.rulesetVersion());
		assertThat(evaluator(Duration.ofDays(14)).rulesetVersion()).isNotEqualTo(evaluator.rulesetVersion());
	}

	@Test
	void changesTheRulesetVersionWhenAValueSetThatNoParameterNamesChanges() {
		String one = withValueSet("valuesets/red-flags-rhinitis.json").rulesetVersion();
		assertThat(withValueSet("valuesets/red-flags-rhinitis.json").rulesetVersion()).isEqualTo(one);
		assertThat(withValueSet("valuesets/red-flags-fibromyalgia.json").rulesetVersion()).isNotEqualTo(one);
	}

	@Test
	void describesEveryRuleWithItsParameters() {
		assertThat(evaluator.rules()).extracting(r -> r.code().code())
			.containsExactly("MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS");
		assertThat(evaluator.rules().get(0).parameters()).containsEntry("major-procedure.urgent-within", "PT720H");
		assertThat(evaluator.suppression()).containsEntry("suppression.within", "PT8760H");
	}

	/** An evaluator whose one rule names a value set only through {@link Criterion#valueSets()}, as a table does. */
	private static CriteriaEvaluator withValueSet(String file) {
		CodeSet set = FILES.valueSet(new ClassPathResource(file));
		Criterion rule = new Criterion() {

			@Override
			public org.secondopinion.events.CriterionCode code() {
				return org.secondopinion.events.CriterionCode.DIAGNOSIS_SYMPTOM_MISMATCH;
			}

			@Override
			public java.util.Optional<Finding> evaluate(org.secondopinion.assessment.picture.ClinicalPicture picture,
					java.time.Instant now) {
				return java.util.Optional.empty();
			}

			@Override
			public String summary() {
				return "a rule whose table names a value set";
			}

			@Override
			public java.util.Map<String, String> parameters() {
				return java.util.Map.of();
			}

			@Override
			public List<CodeSet> valueSets() {
				return List.of(set);
			}

		};
		AssessmentSettings settings = new AssessmentSettings("2026.11-1", 1, Duration.ofSeconds(1), Duration.ofMillis(300),
				Duration.ofMillis(100), new AssessmentSettings.MajorProcedure(new ClassPathResource("valuesets/major-procedures.json"),
						Duration.ofDays(30)),
				null, new AssessmentSettings.Dates(ZoneOffset.UTC, Duration.ofDays(90)));
		return new CriteriaEvaluator(List.of(rule),
				new SecondOpinionsOnRecord(FILES, RuleSettings.load("suppression", SuppressionSettings.class)),
				Clock.fixed(NOW, ZoneOffset.UTC), settings);
	}

	private static CriteriaEvaluator evaluator(Duration urgentWithin) {
		AssessmentSettings settings = new AssessmentSettings("2026.11-1", 1, Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(100),
				new AssessmentSettings.MajorProcedure(new ClassPathResource("valuesets/major-procedures.json"), urgentWithin),
				null, new AssessmentSettings.Dates(ZoneOffset.UTC, Duration.ofDays(90)));
		List<Criterion> criteria = List.of(new UntreatablePrognosis(FILES, RuleSettings.load("untreatable", UntreatableSettings.class)),
				new MajorProcedurePlanned(FILES, settings));
		return new CriteriaEvaluator(criteria,
				new SecondOpinionsOnRecord(FILES, RuleSettings.load("suppression", SuppressionSettings.class)),
				Clock.fixed(NOW, ZoneOffset.UTC), settings);
	}

}
