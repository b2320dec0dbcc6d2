package org.secondopinion.assessment.criteria;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secondopinion.assessment.picture.CodedConcept;

import static org.assertj.core.api.Assertions.assertThat;

class StatedSymptomsTests {

	private static final CodedConcept PALPITATIONS = new CodedConcept("http://snomed.info/sct", "80313002", "Palpitations");

	private static final CodedConcept DIZZINESS = new CodedConcept("http://snomed.info/sct", "404640003", "Dizziness");

	private static final CodedConcept COUGH = new CodedConcept("http://snomed.info/sct", "49727002", "Cough");

	private static final CodedConcept BACK_PAIN = new CodedConcept("http://snomed.info/sct", "161891005", "Backache");

	private static final CodedConcept FEVER = new CodedConcept("http://snomed.info/sct", "386661006", "Fever");

	private final StatedSymptoms stated = new StatedSymptoms(Map.ofEntries(Map.entry("Palpitations", List.of(PALPITATIONS)),
			Map.entry("racing heart", List.of(PALPITATIONS)), Map.entry("Dizziness", List.of(DIZZINESS)),
			Map.entry("dizzy spells", List.of(DIZZINESS)), Map.entry("Cough", List.of(COUGH)),
			Map.entry("Fever", List.of(FEVER)), Map.entry("back pain", List.of(BACK_PAIN)),
			Map.entry("szívdobogásérzés", List.of(PALPITATIONS)), Map.entry("szédülés", List.of(DIZZINESS)),
			Map.entry("toux", List.of(COUGH)), Map.entry("Herzklopfen", List.of(PALPITATIONS)),
			Map.entry("fièvre", List.of(FEVER)), Map.entry("dolor de espalda", List.of(BACK_PAIN))));

	@ParameterizedTest
	@ValueSource(strings = { "Thoracic back pain", "Mid back pain", "Right-sided back pain", "Upper thoracic back pain",
			"Chronic lumbar back pain" })
	void readsASymptomPlacedOnTheBodyByTheWordsBeforeIt(String text) {
		assertThat(stated.in(text).stream().flatMap(name -> stated.codings(name).stream())).as(text)
			.containsExactly(BACK_PAIN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Back pain thoracic radiation", "Thoracic outlet syndrome", "Left ventricular hypertrophy",
			"History of thoracic back pain", "Thoracic back pain resolved", "Upper" })
	void readsNoSymptomWhenSiteWordsLeaveOtherWordsOrNothing(String text) {
		assertThat(stated.in(text)).as(text).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Palpitations", "palpitation", "Recurrent palpitations", "c/o palpitations",
			"Palpitations, intermittent", "Racing heart", "Palpitations of unclear cause", "Follow-up palpitations",
			"Palpitations still happening", "Palpitations recheck" })
	void readsAClauseThatIsASymptomsNameOrSynonym(String text) {
		assertThat(stated.in(text)).as(text).hasSize(1);
		assertThat(stated.codings(stated.in(text).get(0))).as(text).containsExactly(PALPITATIONS);
	}

	@Test
	void readsEachSymptomOfAListOnce() {
		assertThat(stated.in("Palpitations, dizzy spells and cough; palpitations again").stream()
			.flatMap(name -> stated.codings(name).stream())).containsExactly(PALPITATIONS, DIZZINESS, COUGH);
	}

	@Test
	void readsSymptomsNamedInOtherLanguagesWithTheirOwnQualifiersAndConjunctions() {
		assertThat(stated.in("Szívdobogásérzés, szédülés").stream().flatMap(name -> stated.codings(name).stream()))
			.containsExactly(PALPITATIONS, DIZZINESS);
		assertThat(stated.in("Változatlanul fennálló szívdobogásérzés").stream()
			.flatMap(name -> stated.codings(name).stream())).containsExactly(PALPITATIONS);
		assertThat(stated.in("Toux persistante et fièvre").stream().flatMap(name -> stated.codings(name).stream()))
			.containsExactly(COUGH, FEVER);
		assertThat(stated.in("Rezidivierendes Herzklopfen").stream().flatMap(name -> stated.codings(name).stream()))
			.containsExactly(PALPITATIONS);
		assertThat(stated.in("Dolor de espalda crónico").stream().flatMap(name -> stated.codings(name).stream()))
			.containsExactly(BACK_PAIN);
		assertThat(stated.in("Kein Herzklopfen")).as("a negation stays in the clause").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Whooping cough", "Familial Mediterranean fever", "No palpitations", "Denies dizziness",
			"History of palpitations", "Palpitations resolved", "Cough syrup", "Palpitations episodes per week",
			"Fear of palpitations", "" })
	void readsNoSymptomWhereOtherWordsStandInTheClause(String text) {
		assertThat(stated.in(text)).as(text).isEmpty();
	}

}
