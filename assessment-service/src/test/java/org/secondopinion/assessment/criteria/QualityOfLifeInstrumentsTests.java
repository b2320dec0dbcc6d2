package org.secondopinion.assessment.criteria;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secondopinion.events.PatientRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quality-of-life drop after haemodialysis began (4 May 2026) on each instrument of the table: by its code, or by
 * its text where it has no standard code. Each row gives the score before, a fall of at least the MID and a fall just
 * under it, in the instrument's own direction.
 */
class QualityOfLifeInstrumentsTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private final HighImpactTreatment criterion = new HighImpactTreatment(RuleSettings.valueSetFiles(),
			RuleSettings.load("high-impact", HighImpactSettings.class), RuleSettings.assessment(),
			RuleSettings.courses());

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"PROMIS global physical health; http://loinc.org|71971-6; ; 49; 44; 45",
			"PROMIS global mental health; http://loinc.org|71969-0; ; 52; 47; 48",
			"PROMIS-29 physical function; http://loinc.org|71959-1; ; 45; 40; 41",
			"PROMIS-29 pain interference; ; PROMIS-29 Pain interference T-score; 55; 60; 59",
			"PROMIS-29 fatigue; ; PROMIS-29 Fatigue T-score; 50; 55.5; 54",
			"EQ-5D index; http://snomed.info/sct|736534008; ; 0.81; 0.73; 0.75",
			"EQ-5D index; ; EQ-5D-3L index value (UK TTO); 0.81; 0.70; 0.76",
			"EQ VAS; http://snomed.info/sct|736535009; ; 75; 65; 70",
			"EQ VAS; ; EQ-5D-5L visual analogue scale (0-100, health today); 75; 65; 70",
			"EORTC QLQ-C30 global health status/QoL; ; EORTC QLQ-C30 Global health status/QoL (QL2); 66.7; 50; 58.3",
			"FACT-G total score; ; FACT-G total score; 82; 76; 79",
			"SF-36 physical component summary; http://loinc.org|72007-8; ; 44; 41.5; 42.5",
			"SF-36 mental component summary; ; SF-36v2 Mental Component Summary (MCS); 48; 44; 46",
			"SF-12 physical component summary; ; PCS-12; 40; 37.9; 38.5",
			"SF-12 mental component summary; http://loinc.org|72028-4; ; 50; 46.5; 47.5",
			"ECOG performance status; http://loinc.org|89247-1; ; 1; 2; 1",
			"ECOG performance status; ; ECOG PS; 0; 2; 0",
			"Karnofsky performance status; http://loinc.org|89243-0; ; 90; 70; 80",
			"KCCQ overall summary score; ; KCCQ-12 Overall Summary Score; 70; 65; 66",
			"DLQI total score; ; Dermatology Life Quality Index (DLQI) total; 5; 9; 8",
			"FACT-B total score; ; FACT-B total score; 110; 102; 103",
			"FACT-P total score; ; FACT-P total score; 120; 110; 111",
			"PROMIS-29 physical function; ; PROMIS-29 v2.1 Physical Function T-score; 45; 40; 41",
			"PROMIS-29 fatigue; ; Fatigue T-score; 50; 55; 54",
			"PROMIS-29 anxiety; ; PROMIS-29 v2.1 Anxiety T-score; 52; 57; 56",
			"PROMIS-29 depression; ; PROMIS Depression T-score; 48; 53.5; 52",
			"PROMIS-29 sleep disturbance; ; Sleep disturbance T-score; 50; 55; 54",
			"PROMIS-29 pain intensity; ; PROMIS-29 Pain intensity item; 4; 6; 5",
			"EORTC QLQ-C30 physical functioning; ; QLQ-C30 Physical functioning (PF2); 80; 66.7; 73.3",
			"EORTC QLQ-C30 role functioning; ; EORTC role functioning; 83.3; 66.7; 75",
			"EORTC QLQ-C30 emotional functioning; ; Emotional functioning (EF); 75; 58.3; 66.7",
			"EORTC QLQ-C30 cognitive functioning; ; EORTC QLQ-C30 Cognitive functioning; 83.3; 66.7; 75",
			"EORTC QLQ-C30 social functioning; ; QLQ-C30 social functioning score; 66.7; 50; 58.3",
			"FACT-C total score; ; FACT-C total score; 100; 92; 93",
			"FACT-L total score; ; FACT-L total score; 100; 94; 95",
			"FACT-G7 score; ; FACT-G7; 20; 17; 18",
			"MLHFQ total score; ; Minnesota Living with Heart Failure Questionnaire (MLHFQ) total; 40; 45; 44",
			"SGRQ total score; ; SGRQ total score; 45; 49; 48",
			"IBDQ total score; ; IBDQ total; 170; 154; 155",
			"KDQOL-36 burden of kidney disease; ; KDQOL-36 Burden of kidney disease; 50; 40; 41",
			"KDQOL-36 symptoms and problems of kidney disease; ; KDQOL-36 Symptoms and problems; 75; 65; 66",
			"KDQOL-36 effects of kidney disease; ; KDQOL-36 Effects of kidney disease; 70; 60; 61",
			"SF-12 physical component summary; ; KDQOL-36 Physical Component Summary; 40; 37.9; 38.5",
			"FACIT-Fatigue score; ; FACIT-Fatigue; 35; 32; 33",
			"ESAS total symptom distress score; ; ESAS-r total symptom distress score; 20; 26; 25",
			"MDASI mean symptom severity; ; MDASI mean symptom severity; 3; 4; 3.5",
			"MDASI mean interference; ; MDASI interference; 2.5; 3.5; 3" })
	void flagsAFallOfAtLeastTheMidOnEachInstrumentAndNotASmallerOne(String measure, String code, String text,
			BigDecimal before, BigDecimal fell, BigDecimal barely) {
		Optional<Finding> flagged = criterion.evaluate(picture(scores(code, text, before, fell)), NOW);
		assertThat(flagged).as("fall to " + fell).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith(Wording.capitalise(measure) + " fell from "
					+ before.stripTrailingZeros().toPlainString() + " to " + fell.stripTrailingZeros().toPlainString()
					+ " after hemodialysis began on 4 May 2026");
			assertThat(f.evidence()).extracting(e -> e.reference())
				.containsExactly("Procedure/hd/_history/1", "Observation/before/_history/1", "Observation/after/_history/1");
		});

		assertThat(criterion.evaluate(picture(scores(code, text, before, barely)), NOW)).as("fall to " + barely).isEmpty();
	}

	@Test
	void takesAScoreOfTheDayTheTreatmentBeganAsItsBaseline() {
		List<Resource> resources = scores(null, "EQ-5D-5L index value (US value set)", new BigDecimal("0.78"),
				new BigDecimal("0.52"));
		((Observation) resources.get(2)).setEffective(new DateTimeType("2026-05-04T14:10:00Z"));
		assertThat(criterion.evaluate(picture(resources), NOW)).hasValueSatisfying(
				f -> assertThat(f.reason()).startsWith("EQ-5D index fell from 0.78 to 0.52 after hemodialysis began on 4 May 2026"));
	}

	@Test
	void flagsAFallBelowTheScoreBeforeAMajorOperationOnceItsRecoveryIsOver() {
		Procedure fusion = new Procedure();
		fusion.setId("fusion");
		fusion.setStatus(Procedure.ProcedureStatus.COMPLETED);
		fusion.getCode().addCoding().setSystem("http://www.ama-assn.org/go/cpt").setCode("22633")
			.setDisplay("Arthrodesis, combined posterior or posterolateral technique, lumbar");
		fusion.getCode().setText("L4-5 transforaminal lumbar interbody fusion");
		fusion.setSubject(new Reference("Patient/p-1"));
		fusion.setPerformed(new DateTimeType("2026-07-08"));
		Patient patient = new Patient();
		patient.setId("p-1");
		Observation before = score("before", null, "PROMIS Physical Function T-score", "2026-06-25", new BigDecimal("38.2"));

		assertThat(criterion.evaluate(picture(List.of(patient, fusion, before,
				score("after", null, "PROMIS Physical Function T-score", "2026-10-20", new BigDecimal("30.1")))), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("PROMIS-29 physical function fell from 38.2 to 30.1 "
					+ "after L4-5 transforaminal lumbar interbody fusion on 8 Jul 2026 (past its recovery), a change of 8.1"));
		assertThat(criterion.evaluate(picture(List.of(patient, fusion, before,
				score("after", null, "PROMIS Physical Function T-score", "2026-08-12", new BigDecimal("30.1")))), NOW))
			.as("five weeks after the operation: the ordinary recovery")
			.isEmpty();
		assertThat(criterion.evaluate(picture(List.of(patient, fusion, before,
				score("after", null, "PROMIS Physical Function T-score", "2026-10-20", new BigDecimal("35.1")))), NOW))
			.as("a fall smaller than the MID")
			.isEmpty();
	}

	private static org.secondopinion.assessment.picture.ClinicalPicture picture(List<Resource> resources) {
		return org.secondopinion.assessment.picture.PictureFixtures.picture(PatientRef.of("test-ehr", "p-1"), resources);
	}

	/** A completed haemodialysis and two scores: a baseline a week before it, and one in October. */
	private static List<Resource> scores(String code, String text, BigDecimal before, BigDecimal after) {
		List<Resource> resources = new ArrayList<>();
		Patient patient = new Patient();
		patient.setId("p-1");
		resources.add(patient);
		Procedure dialysis = new Procedure();
		dialysis.setId("hd");
		dialysis.setStatus(Procedure.ProcedureStatus.COMPLETED);
		dialysis.getCode().addCoding().setSystem("http://snomed.info/sct").setCode("302497006").setDisplay("Hemodialysis");
		dialysis.setSubject(new Reference("Patient/p-1"));
		dialysis.setPerformed(new DateTimeType("2026-05-04"));
		resources.add(dialysis);
		resources.add(score("before", code, text, "2026-04-27", before));
		resources.add(score("after", code, text, "2026-10-10", after));
		return resources;
	}

	private static Observation score(String id, String code, String text, String day, BigDecimal value) {
		Observation score = new Observation();
		score.setId(id);
		score.setStatus(Observation.ObservationStatus.FINAL);
		score.addCategory().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/observation-category").setCode("survey");
		CodeableConcept concept = new CodeableConcept();
		if (code != null) {
			concept.addCoding().setSystem(code.substring(0, code.indexOf('|'))).setCode(code.substring(code.indexOf('|') + 1));
		}
		else {
			concept.addCoding().setSystem("urn:oid:1.2.840.114350.1.13.0.1.7.2.707679").setCode("QOL-" + text.hashCode());
			concept.setText(text);
		}
		score.setCode(concept);
		score.setSubject(new Reference("Patient/p-1"));
		score.setEffective(new DateTimeType(day));
		score.setValue(new Quantity().setValue(value));
		return score;
	}

}
