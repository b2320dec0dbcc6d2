package org.secondopinion.assessment.criteria;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OpinionMentionsTests {

	private final OpinionMentions mentions = new OpinionMentions(new Phrases(List.of("second opinion")));

	@ParameterizedTest
	@ValueSource(strings = {
			"Hi Dr. Patel, you mentioned I could get a second opinion before starting the new medicine. I talked it over "
					+ "with my husband and I'm comfortable going ahead with your plan - no need to set up another consult.",
			"Dr. Lee offered a second opinion. I am happy to proceed with the surgery as planned." })
	void readsASecondOpinionTheClinicianOfferedAndThePatientDeclinedByGoingAhead(String message) {
		assertThat(mentions.onlyDecline(List.of(message))).as(message).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"You mentioned I could get a second opinion. I would like one before the operation, please.",
			"Dr. Lee suggested a second opinion and I am happy to proceed with it.",
			"You mentioned a second opinion. I am comfortable going ahead with that." })
	void keepsAnOfferedSecondOpinionThePatientTakesUpAsAConcern(String message) {
		assertThat(mentions.onlyDecline(List.of(message))).as(message).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Danke für die Organisation der Zweitmeinung in Graz. Wir haben jetzt Klarheit.",
			"Merci pour le second avis, tout est clair maintenant.", "Gracias por la segunda opinión." })
	void readsThanksForASecondOpinionInOtherLanguagesAsLookingBack(String message) {
		OpinionMentions multilingual = new OpinionMentions(
				new Phrases(List.of("second opinion", "zweitmeinung", "second avis", "segunda opinion")));
		assertThat(multilingual.onlyLookBack(List.of(message))).as(message).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Спасибо за организацию второго мнения в Москве.", "Hvala na drugom mišljenju.",
			"Mulțumesc pentru a doua opinie.", "Asante kwa maoni ya pili.", "Salamat po sa pangalawang opinyon." })
	void readsThanksForASecondOpinionInTheOtherLanguagesAsLookingBack(String message) {
		OpinionMentions multilingual = new OpinionMentions(new Phrases(List.of("второго мнени", "drugom mišljenj",
				"a doua opini", "maoni ya pili", "pangalawang opinyon")));
		assertThat(multilingual.onlyLookBack(List.of(message))).as(message).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "मुझे दूसरी राय नहीं चाहिए, मैं इलाज से संतुष्ट हूँ।", "Doosri rai lene ki zarurat nahi.",
			"مجھے دوسری رائے نہیں چاہیے۔", "نظر دوم لازم نیست.", "İkinci görüşe gerek yok, plana güveniyorum." })
	void readsADeclineWrittenAfterThePhraseInTheLanguagesThatPutTheVerbLast(String message) {
		OpinionMentions verbLast = new OpinionMentions(new Phrases(List.of("दूसरी राय", "doosri rai", "دوسری رائے",
				"نظر دوم", "ikinci görüş")));
		assertThat(verbLast.onlyDecline(List.of(message))).as(message).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "मुझे दूसरी राय चाहिए क्योंकि दवा से फायदा नहीं हुआ।",
			"Mujhe doosri rai chahiye kyunke dawa ka faida nahi hua.", "نظر دوم می‌خواهم." })
	void keepsARequestInTheLanguagesThatPutTheVerbLast(String message) {
		OpinionMentions verbLast = new OpinionMentions(new Phrases(List.of("दूसरी राय", "doosri rai", "نظر دوم")));
		assertThat(verbLast.onlyDecline(List.of(message))).as(message).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ich möchte eine Zweitmeinung.", "Bitte organisieren Sie eine Zweitmeinung in Wien." })
	void keepsAGermanRequestAsARequest(String message) {
		OpinionMentions german = new OpinionMentions(new Phrases(List.of("zweitmeinung")));
		assertThat(german.onlyLookBack(List.of(message))).as(message).isFalse();
	}

}
