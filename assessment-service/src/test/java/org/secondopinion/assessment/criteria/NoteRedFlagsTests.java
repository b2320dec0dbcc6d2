package org.secondopinion.assessment.criteria;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class NoteRedFlagsTests {

	private static final NoteRedFlags NOTES = NoteRedFlags.load(new ClassPathResource("tables/note-red-flags.json"));

	@Test
	void readsRedFlagsAsCliniciansWriteThemInNotes() {
		assertThat(found("Still having spells weekly. Lost 5 kg without trying. Tremor during spells."))
			.containsExactly("unintentional weight loss");
		assertThat(found("Reports unintentional weight loss of 12 lb over 3 months.")).containsExactly("unintentional weight loss");
		assertThat(found("Drenching night sweats for 6 weeks, fevers to 39.")).containsExactly("night sweats", "fever");
		assertThat(found("Woke with back pain every night this month.")).containsExactly("pain waking from sleep");
		assertThat(found("Noticed blood in the stool twice last week.")).containsExactly("rectal bleeding");
		assertThat(found("New saddle numbness since Tuesday.")).containsExactly("saddle anaesthesia");
		assertThat(found("He has lost 6kg since the summer.")).containsExactly("unintentional weight loss");
		assertThat(found("A 3-month history of night sweats.")).as("the present illness, not the past").containsExactly("night sweats");
		assertThat(found("Denies fever. Reports night sweats.")).containsExactly("night sweats");
		assertThat(found("Denies fever but has had night sweats.")).containsExactly("night sweats");
	}

	@Test
	void leavesNegatedFindingsInEveryFormAlone() {
		assertThat(found("Denies unintentional weight loss.")).isEmpty();
		assertThat(found("No fevers, night sweats or unintentional weight loss.")).isEmpty();
		assertThat(found("Negative for fever, chills, night sweats and blood in the stool.")).isEmpty();
		assertThat(found("Patient has not had any night sweats.")).isEmpty();
		assertThat(found("Without fever or rectal bleeding.")).isEmpty();
		assertThat(found("Weight loss of 5 kg: none.\nNight sweats: denies\nFever: no")).isEmpty();
		assertThat(found("Fever (-), night sweats (-)")).isEmpty();
		assertThat(found("Pertinent negatives: fever, night sweats, rectal bleeding, saddle anaesthesia.")).isEmpty();
		assertThat(found("Weight stable. Afebrile.")).isEmpty();
	}

	@Test
	void leavesTemplatedReviewOfSystemsWithEverythingNegativeAlone() {
		assertThat(found("""
				REVIEW OF SYSTEMS
				Constitutional: Negative for fever, chills, night sweats and unintentional weight loss.
				Gastrointestinal: Negative for blood in stool, melena and hematemesis.
				Genitourinary: Negative for hematuria and urinary retention.
				Musculoskeletal: Positive for back pain.
				""")).isEmpty();
	}

	@Test
	void leavesFamilyHistoryInstructionsAndThePastAlone() {
		assertThat(found("Family history: mother had unexplained weight loss and night sweats before her lymphoma."))
			.isEmpty();
		assertThat(found("Mother had rectal bleeding and colon cancer at 52.")).isEmpty();
		assertThat(found("Return if you notice blood in the stool, fevers or unintentional weight loss.")).isEmpty();
		assertThat(found("Red flags reviewed: night sweats, fever, saddle numbness.")).isEmpty();
		assertThat(found("Watch for fever or limping.")).isEmpty();
		assertThat(found("H/o rectal bleeding from hemorrhoids.")).isEmpty();
		assertThat(found("Had night sweats in 2019 with a viral illness.")).isEmpty();
		assertThat(found("Night sweats years ago, none since.")).isEmpty();
		assertThat(found("Patient has a history of covid-19, fever (finding), sputum finding (finding).")).isEmpty();
	}

	@Test
	void leavesFindingsTheSentenceExplainsAwayAlone() {
		assertThat(found("Lost 5 kg on a diet, as planned.")).isEmpty();
		assertThat(found("Lost 4 kg since starting semaglutide.")).isEmpty();
		assertThat(found("Lost 5 kg, not trying to lose weight.")).as("a negated explanation does not explain it")
			.containsExactly("unintentional weight loss");
		assertThat(found("Hay fever this spring.")).isEmpty();
		assertThat(found("Night sweats with hot flashes since menopause.")).isEmpty();
	}

	@Test
	void readsWeightLossAndItsNegationsInTheLanguagesNotesArriveIn() {
		assertThat(found("Douleurs aux ceintures, raideur matinale. Perte de 4,5 kg depuis juin."))
			.containsExactly("unintentional weight loss");
		assertThat(found("Ungewollter Gewichtsverlust von 6 kg.")).containsExactly("unintentional weight loss");
		assertThat(found("Kilo kaybı var.")).containsExactly("unintentional weight loss");
		assertThat(found("Pas de perte de poids, pas de fièvre.")).as("French negation").isEmpty();
		assertThat(found("Kein Gewichtsverlust.")).as("German negation").isEmpty();
		assertThat(found("Sin pérdida de peso.")).as("Spanish negation").isEmpty();
		assertThat(found("Kilo kaybı yok.")).as("Turkish negation after it").isEmpty();
		assertThat(found("Perte de poids de 5 kg sous régime.")).as("a diet explains it").isEmpty();
	}

	private static List<String> found(String text) {
		return NOTES.stated(text, 2026).stream().map(s -> s.entry().name()).toList();
	}

}
