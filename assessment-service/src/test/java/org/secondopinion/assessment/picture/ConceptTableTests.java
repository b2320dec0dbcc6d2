package org.secondopinion.assessment.picture;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConceptTableTests {

	@Test
	void readsTheSameCodedConceptOfTwoResourcesAsOneInstance() {
		Concept first = FhirValues.concept(systolic("Systolic blood pressure"));
		Concept second = FhirValues.concept(systolic("Systolic blood pressure"));

		assertThat(second).isSameAs(first);
		assertThat(second.codings().get(0).code()).isEqualTo("8480-6");
	}

	@Test
	void keepsConceptsThatDifferInTextOrDisplayApart() {
		Concept named = FhirValues.concept(systolic("Systolic blood pressure"));
		Concept renamed = FhirValues.concept(systolic("Systolic BP"));

		assertThat(renamed).isNotSameAs(named).isNotEqualTo(named);
		assertThat(renamed.display()).isEqualTo("Systolic BP");
	}

	@Test
	void doesNotShareAConceptWhoseTextIsNarrative() {
		CodeableConcept narrative = systolic("Systolic blood pressure").setText("taken twice, arm hurt after the cuff");

		Concept first = FhirValues.concept(narrative);
		Concept second = FhirValues.concept(narrative.copy());

		assertThat(second).isEqualTo(first).isNotSameAs(first);
		assertThat(second.text()).isEqualTo("taken twice, arm hurt after the cuff");
	}

	@Test
	void holdsSystemsAndCodesAsCanonicalStrings() {
		CodedConcept coding = new CodedConcept(new String("http://loinc.org"), new String("8480-6"), null);

		assertThat(coding.system()).isSameAs("http://loinc.org");
		assertThat(coding.code()).isSameAs("8480-6");
		assertThat(CodedConcept.canonical(null)).isNull();
	}

	private static CodeableConcept systolic(String display) {
		return new CodeableConcept().addCoding(new Coding("http://loinc.org", "8480-6", display));
	}

}
