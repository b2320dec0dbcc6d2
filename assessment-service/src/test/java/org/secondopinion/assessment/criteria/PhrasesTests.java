package org.secondopinion.assessment.criteria;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhrasesTests {

	private final Phrases phrases = new Phrases(List.of("no … treatment options", "treatment options ... exhausted",
			"nothing more can be done"));

	@Test
	void findsAPhraseWithUpToThreeWordsInItsGap() {
		assertThat(phrases.find("There are no treatment options.")).contains("no treatment options");
		assertThat(phrases.find("No other treatment options exist")).contains("no other treatment options");
		assertThat(phrases.find("no further disease-modifying treatment options available"))
			.contains("no further disease-modifying treatment options");
		assertThat(phrases.find("Standard treatment options have been exhausted"))
			.contains("treatment options have been exhausted");
	}

	@Test
	void doesNotStretchAGapPastThreeWordsOrAcrossAClause() {
		assertThat(phrases.find("no newly approved second-line systemic treatment options")).isEmpty();
		assertThat(phrases.find("No, treatment options remain")).isEmpty();
		assertThat(phrases.find("piano treatment options")).isEmpty();
	}

	@Test
	void ignoresAGapHoldingANegationAndANegationBeforeThePhrase() {
		assertThat(phrases.find("Treatment options have not been exhausted")).isEmpty();
		assertThat(phrases.find("It is not true that there are no other treatment options")).isEmpty();
		assertThat(phrases.find("We never said nothing more can be done")).isEmpty();
	}

	@Test
	void findsAsWrittenAPhraseWithAGapWhateverItsNegation() {
		assertThat(phrases.findAsWritten("there are not no other treatment options")).contains("no … treatment options");
	}

	@Test
	void readsATwoWordNegationWhoseFirstWordAloneIsAnotherLanguagesWord() {
		Phrases other = new Phrases(List.of("a doua opini", "drugo mišljenj", "continuă chimioterapia", "uitbehandeld",
				"ikinci görüş", "y kien thu hai", "tiep tuc hoa tri"));
		assertThat(other.find("Nu vreau a doua opinie.")).isEmpty();
		assertThat(other.find("Pacientul nu continuă chimioterapia.")).as("the negation and the phrase's first word")
			.isEmpty();
		assertThat(other.find("Ne želim drugo mišljenje.")).isEmpty();
		assertThat(other.find("Tôi không muốn ý kiến thứ hai.")).isEmpty();
		assertThat(other.find("Bệnh nhân không tiếp tục hóa trị.")).isEmpty();
		assertThat(other.find("Patiënt is nu uitbehandeld.")).as("Dutch nu, now").isPresent();
		assertThat(other.find("Ne zaman ikinci görüş alabilirim?")).as("Turkish ne, what").isPresent();
		assertThat(other.find("Tôi không biết có thể xin ý kiến thứ hai được không?")).as("asked politely").isPresent();
	}

	@Test
	void readsAThaiNegationJoinedToThePhrase() {
		Phrases thai = new Phrases(List.of("ความเห็นที่สอง"));
		assertThat(thai.find("ผมขอความเห็นที่สองครับ")).isPresent();
		assertThat(thai.find("ผมไม่ต้องการความเห็นที่สองครับ")).isEmpty();
		assertThat(thai.find("ผมไม่ต้องการ ความเห็นที่สองครับ")).isEmpty();
	}

	@Test
	void readsTheArabicAndPersianFormsOfALetterAndVietnameseWithoutItsMarksAlike() {
		assertThat(new Phrases(List.of("نظر پزشک دیگر")).find("نظر پزشك ديگر")).isPresent();
		assertThat(new Phrases(List.of("ادامه شیمی\u200Cدرمانی")).find("ادامه شیمیدرمانی")).as("a zero-width non-joiner")
			.isPresent();
		assertThat(new Phrases(List.of("không còn lựa chọn điều trị")).find("khong con lua chon dieu tri")).isPresent();
	}

	@Test
	void refusesAGapAtTheStartOrEndOfAPhrase() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Phrases(List.of("… treatment options")));
		assertThatIllegalArgumentException().isThrownBy(() -> new Phrases(List.of("no treatment …")));
	}

}
