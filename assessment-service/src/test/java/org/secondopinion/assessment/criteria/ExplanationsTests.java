package org.secondopinion.assessment.criteria;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The explanation map read for diagnoses and findings coded outside ICD-10-CM. */
class ExplanationsTests {

	private static final String WHO = "http://hl7.org/fhir/sid/icd-10";

	private final Explanations explanations = new Explanations(
			RuleSettings.valueSetFiles().conceptMap(new ClassPathResource("conceptmaps/symptom-explanations.json")));

	@Test
	void explainsBackAndLimbPainByTheSpinalDisorderOnRecord() {
		String cm = "http://hl7.org/fhir/sid/icd-10-cm";
		String sct = "http://snomed.info/sct";
		Concept discs = concept(cm, "M51.36", "Other intervertebral disc degeneration, lumbar region");
		assertThat(explanations.explains(discs, concept(sct, "279039007", "Low back pain"))).isTrue();
		assertThat(explanations.explains(discs, concept(cm, "M54.50", "Low back pain, unspecified"))).isTrue();
		assertThat(explanations.explains(concept(cm, "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"),
				concept(sct, "10601006", "Pain in lower limb"))).isTrue();
		assertThat(explanations.explains(discs, concept(sct, "84229001", "Fatigue"))).isFalse();
	}

	@Test
	void readsWhoIcd10DiagnosesAndFindingsByTheirIcd10CmCategories() {
		Concept gilbert = concept(WHO, "E80.4", "Gilbert syndrome");
		assertThat(explanations.explains(gilbert, concept(WHO, "R17", "Unspecified jaundice"))).isTrue();
		assertThat(explanations.explains(gilbert, concept("http://snomed.info/sct", "18165001", "Jaundice"))).isTrue();
		assertThat(explanations.explains(concept("http://fhir.de/CodeSystem/bfarm/icd-10-gm", "K21.0", "Refluxkrankheit"),
				concept(WHO, "R17", "Unspecified jaundice")))
			.as("reflux explains no jaundice")
			.isFalse();
		assertThat(explanations.explains(concept(WHO, "D56.3", "Thalassaemia trait"), concept(WHO, "R17", null)))
			.as("a carrier state explains no jaundice")
			.isFalse();
	}

	@Test
	void explainsBreathlessnessAndUraemicSymptomsByKidneyFailureButNotByAnEarlierStage() {
		String sct = "http://snomed.info/sct";
		Concept dyspnoea = concept(sct, "267036007", "Dyspnea");
		assertThat(explanations.explains(concept(WHO, "N18.5", "Chronic kidney disease, stage 5"), dyspnoea)).isTrue();
		assertThat(explanations.explains(concept(sct, "46177005", "End-stage renal disease"),
				concept(sct, "418290006", "Itching"))).isTrue();
		assertThat(explanations.explains(concept(WHO, "N18.5", "Chronic kidney disease, stage 5"),
				concept(sct, "84229001", "Fatigue"))).as("what chronic kidney disease explains, stage 5 still does").isTrue();
		assertThat(explanations.explains(concept(WHO, "N18.3", "Chronic kidney disease, stage 3"), dyspnoea)).isFalse();
	}

	private static Concept concept(String system, String code, String display) {
		return new Concept(List.of(new CodedConcept(system, code, display)), display);
	}

}
