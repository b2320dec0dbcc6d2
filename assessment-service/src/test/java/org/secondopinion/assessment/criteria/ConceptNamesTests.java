package org.secondopinion.assessment.criteria;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConceptNamesTests {

	private final ConceptNames names = new ConceptNames(List.of("Hereditary angioedema (ORPHA:91378)",
			"Huntington's disease", "Dravet syndrome", "Endovascular aneurysm repair", "EVAR", "Fabry disease",
			"Cystic fibrosis", "HAE", ""));

	@ParameterizedTest
	@ValueSource(strings = { "Hereditary angioedema", "HEREDITARY ANGIOEDEMA type I (C1-INH deficiency)",
			"Hereditary   angioedema\n(confirmed)", "Huntington disease", "huntington's disease, early stage",
			"Dravet-syndrome", "Dråvet syndrome on stiripentol, not controlled", "Planned EVAR for 6.1 cm AAA",
			"Elective endovascular aneurysm repair (EVAR)", "Cystic fibrosis. Family history of diabetes",
			"Child with Dravet syndrome" })
	void findsANameAsWholeWordsIgnoringCaseAccentsAndPunctuation(String text) {
		assertThat(names.find(text)).as(text).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Family history of Huntington's disease", "Fabry disease, suspected by the family",
			"Cystic fibrosis carrier", "Screening for cystic fibrosis", "No evidence of hereditary angioedema",
			"Dravet syndrome?", "?Dravet syndrome", "Dravet syndrome ruled out", "CT angiogram post EVAR",
			"Surveillance after endovascular aneurysm repair", "Follow-up EVAR", "s/p EVAR 2019",
			"Evaluation for endovascular aneurysm repair", "EVARS study", "Dravetsyndrome", "hae",
			"Angioedema", "Huntington chorea", "Carrier of cystic fibrosis (son with cystic fibrosis)",
			"Obligate carrier; mother of a boy with Huntington disease", "Brother has hereditary angioedema" })
	void ignoresANameInADenyingContextOrNotAsWholeWords(String text) {
		assertThat(names.find(text)).as(text).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void reportsTheLongestNameFound() {
		assertThat(names.find(List.of("Elective endovascular aneurysm repair (EVAR) in March")))
			.hasValue("endovascular aneurysm repair");
	}

	@org.junit.jupiter.api.Test
	void keepsNoNameShorterThanFourLettersUnlessItHasSeveralWords() {
		assertThat(new ConceptNames(List.of("No", "HUS", "Q fever")).size()).isEqualTo(1);
	}

	@org.junit.jupiter.api.Test
	void readsNamesOfAKindOfVisitWhateverWordsStandAroundThemWhenTheSetSaysSo() {
		List<String> visits = List.of("Office visit", "Family medicine");
		assertThat(new ConceptNames(visits).find("Follow-up office visit")).isEmpty();
		assertThat(new ConceptNames(visits, false).find("Follow-up office visit")).hasValue("office visit");
		assertThat(new ConceptNames(visits, false).find("Family medicine clinic")).hasValue("family medicine");
		assertThat(new ConceptNames(visits, false).find("Urgent care")).isEmpty();
	}


	@ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
			Mastectomia radical modificada à esquerda | mastectomy
			Mastectomie totale gauche | mastectomy
			Mastektomie links | mastectomy
			Artroplastia total do joelho direito | arthroplasty
			Radioterapia adjuvante de parede torácica | radiotherapy
			Protocolo AC ciclo 2: doxorrubicina | doxorubicin
			Genuxal (ciclofosfamida) 600 mg/m2 | cyclophosphamide
			Cyclophosphamid 600 mg/m2 | cyclophosphamide
			Zoloft (cloridrato de sertralina) | sertraline
			Oesophagectomy planned | esophagectomy
			Haemodialysis three times weekly | hemodialysis
			Amputación transtibial derecha | amputation
			""")
	void findsANameInTheSpellingsOfOtherLanguagesAndOfBritishEnglish(String text, String name) {
		ConceptNames families = new ConceptNames(List.of("Mastectomy", "Arthroplasty", "Radiotherapy", "doxorubicin",
				"cyclophosphamide", "sertraline", "Esophagectomy", "Hemodialysis", "Amputation"));
		assertThat(families.find(text)).as(text).hasValue(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mammography", "Mastalgia", "Radiography of chest", "Arthroscopy", "History of mastectomia",
			"Sem radioterapia prévia: no radiotherapy" })
	void foldsNoWordIntoAnotherNameOrPastItsContext(String text) {
		ConceptNames families = new ConceptNames(List.of("Mastectomy", "Arthroplasty", "Radiotherapy"));
		assertThat(families.find(text)).as(text).isEmpty();
	}
}
