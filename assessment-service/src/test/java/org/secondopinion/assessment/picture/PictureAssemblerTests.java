package org.secondopinion.assessment.picture;

import java.math.BigDecimal;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.PatientRef;

import static org.assertj.core.api.Assertions.assertThat;

class PictureAssemblerTests {

	private final ClinicalPicture picture = PictureFixtures.picture("fixtures/picture/resources-of-every-shape.json");

	@Test
	void flattensNestedQuestionnaireItemsKeepingTheExactVersion() {
		assertThat(picture.questionnaireAnswers()).singleElement().satisfies(response -> {
			assertThat(response.reference()).isEqualTo("QuestionnaireResponse/nested/_history/4");
			assertThat(response.author()).isEqualTo("Patient/p-1");
			assertThat(response.answers()).extracting(QuestionnaireAnswers.Answer::linkId)
				.containsExactly("listened-to", "comments");
			assertThat(response.answers().get(0).valueBoolean()).isFalse();
			assertThat(response.answers().get(1).valueString()).isEqualTo("I would like another opinion.");
		});
	}

	@Test
	void readsAbsoluteAndVersionedReferencesAsPlainTypeAndId() {
		assertThat(picture.orders()).singleElement()
			.satisfies(order -> assertThat(order.reasonReferences()).containsExactly("Condition/c-1"));
	}

	@Test
	void decodesTheInlineTextOfADocumentReference() {
		assertThat(picture.notes()).singleElement().satisfies(note -> {
			assertThat(note.reference()).isEqualTo("DocumentReference/letter/_history/2");
			assertThat(note.text()).isEqualTo("Nothing more can be done.");
			assertThat(note.related()).containsExactly("Condition/c-1");
		});
	}

	@Test
	void readsEachPanelComponentAsAValueCitedByThePanel() {
		assertThat(picture.observations()).singleElement().satisfies(systolic -> {
			assertThat(systolic.reference()).isEqualTo("Observation/bp/_history/1");
			assertThat(systolic.code().codings().get(0).code()).isEqualTo("8480-6");
			assertThat(systolic.value().value()).isEqualByComparingTo(new BigDecimal("150"));
			assertThat(systolic.value().unit()).isEqualTo("mmHg");
		});
	}

	@Test
	void keepsAConditionEnteredInErrorButNeverCallsItActive() {
		assertThat(picture.conditions()).singleElement().satisfies(condition -> {
			assertThat(condition.refuted()).isTrue();
			assertThat(condition.isActive()).isFalse();
		});
	}

	@Test
	void takesThePatientIdFromTheFixture() {
		assertThat(picture.patientReference()).isEqualTo("Patient/p-1");
		assertThat(picture.details().name()).isEqualTo("Pat Fixture");
	}

	@Test
	void parsesEachResourceVersionOnceAndReadsANewVersionWhenItArrives() {
		PictureAssembler assembler = new PictureAssembler(FhirContext.forR4Cached(),
				new PictureCacheSettings(100));
		PatientRef patient = PatientRef.of("ehr", "p-1");
		String active = """
				{"resourceType":"Condition","id":"c-9","subject":{"reference":"Patient/p-1"},
				 "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},
				 "code":{"coding":[{"system":"http://snomed.info/sct","code":"44054006","display":"Diabetes"}]}}""";
		ClinicalPicture first = assembler.assemble(patient,
				List.of(new PictureStore.StoredResource("Condition", "1", active, "ehr/Condition/c-9/_history/1")));

		ClinicalPicture again = assembler.assemble(patient, List.of(
				new PictureStore.StoredResource("Condition", "1", "{ not parsed again", "ehr/Condition/c-9/_history/1")));
		ClinicalPicture next = assembler.assemble(patient, List.of(new PictureStore.StoredResource("Condition",
				"2", active.replace("\"active\"", "\"resolved\""), "ehr/Condition/c-9/_history/2")));

		assertThat(again).as("the version already read comes from the cache").isEqualTo(first);
		assertThat(first.conditions()).singleElement().satisfies(c -> {
			assertThat(c.reference()).isEqualTo("Condition/c-9/_history/1");
			assertThat(c.clinicalStatus()).isEqualTo("active");
		});
		assertThat(next.conditions()).singleElement().satisfies(c -> {
			assertThat(c.reference()).isEqualTo("Condition/c-9/_history/2");
			assertThat(c.clinicalStatus()).isEqualTo("resolved");
		});
	}

}
