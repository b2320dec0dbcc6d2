package org.secondopinion.assessment.criteria;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.PictureFixtures;
import org.secondopinion.events.PatientRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each measure a specialty clinic trends, for a condition of its family treated from January 2026: four values from
 * February to October 2026 moving steadily from {@code start} to {@code worse} flag; the same moving to
 * {@code barely} (a change under the MCID, or under its relative MCID) do not, nor do the values moving the other
 * way (improving), nor the worsening when the only treatment is for a condition outside the family, nor when the
 * treatment was stopped before the first value with nothing after it. A measure is named by its LOINC code or, as
 * EHRs send scores under local codes, by its text alone.
 */
class MonitoredMeasureFamiliesTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final List<LocalDate> DAYS = List.of(LocalDate.parse("2026-02-02"), LocalDate.parse("2026-05-04"),
			LocalDate.parse("2026-08-03"), LocalDate.parse("2026-10-05"));

	private final WorseningDespiteTreatment criterion = new WorseningDespiteTreatment(RuleSettings.valueSetFiles(),
			RuleSettings.load("worsening", WorseningSettings.class), RuleSettings.assessment(), RuleSettings.courses());

	@ParameterizedTest(name = "{0}: {3}{2}")
	@CsvSource(delimiter = ';', value = {
			// neurology
			"EDSS; G35; ; EDSS; ; 3.0; 4.5; 3.5",
			"Timed 25-foot walk; G35; ; Timed 25-Foot Walk (T25FW); s; 6.0; 7.5; 6.9",
			"MDS-UPDRS part III; G20.A1; ; MDS-UPDRS Part III motor examination; ; 22; 29; 26",
			"Seizures a month; G40.909; ; Seizure frequency (seizures per month); /mo; 2; 4; 2.8",
			// vascular
			"Ankle-brachial index; I70.212; ; Ankle-brachial index, left; 1; 0.80; 0.60; 0.72",
			"Seizures a month; G40.209; ; Seizure frequency, per 30 days; /30d; 2; 4; 2.8",
			"MG-ADL; G70.00; ; MG-ADL total score; ; 4; 7; 5.5",
			"QMG; G70.01; ; Quantitative Myasthenia Gravis (QMG) score; ; 10; 14; 12",
			// dermatology
			"PASI; L40.0; ; PASI; ; 3; 8; 5",
			"Psoriasis body surface area; L40.0; ; BSA affected; %; 2; 6; 4",
			"EASI; L20.9; ; EASI score; ; 8; 16; 13",
			"SCORAD; L20.84; ; SCORAD index; ; 25; 36; 32",
			"POEM; L20.9; ; Patient-Oriented Eczema Measure (POEM); ; 8; 12; 11",
			"AN count; L73.2; ; AN count; ; 4; 7; 5",
			// gastroenterology and hepatology
			"Harvey-Bradshaw index; K50.90; ; Harvey-Bradshaw Index; ; 3; 7; 5",
			"Crohn's disease activity index; K50.112; ; Crohn's Disease Activity Index (CDAI); ; 120; 220; 170",
			"Faecal calprotectin; K51.90; http://loinc.org|38445-3; ; ug/g; 120; 400; 230",
			"Faecal calprotectin; K50.90; ; Calprotectin, stool; ug/g; 120; 400; 230",
			"Partial Mayo score; K51.011; ; Partial Mayo score; ; 2; 5; 3",
			"SCCAI; K51.90; ; SCCAI (Simple Clinical Colitis Activity Index); ; 2; 5; 3",
			"MELD; K74.60; ; MELD-Na score; ; 12; 18; 15",
			"Total bilirubin; K74.3; http://loinc.org|1975-2; ; mg/dL; 1.0; 2.5; 1.5",
			"Total bilirubin; K83.01; ; Bilirubin, total; umol/L; 17; 43; 26",
			// rheumatology
			"SDAI; M06.9; ; SDAI; ; 12; 25; 20",
			"RAPID3; L40.50; ; RAPID3 score; ; 8; 13; 11",
			"DAS28 disease activity score; M08.00; ; DAS28-CRP; ; 2.8; 4.2; 3.6",
			"ASDAS; M45.9; ; ASDAS-CRP; ; 1.8; 2.9; 2.5",
			"SLEDAI-2K; M32.14; ; SLEDAI-2K; ; 4; 10; 6",
			"Serum urate; M10.9; http://loinc.org|3084-1; ; mg/dL; 5.5; 8.0; 6.5",
			"Serum urate; M1A.9XX0; ; Uric acid; umol/L; 330; 480; 400",
			"WOMAC; M17.0; ; WOMAC total; ; 40; 55; 47",
			"KOOS; M17.11; ; KOOS, JR. interval score; ; 60; 45; 53",
			"HOOS; M16.11; ; HOOS JR; ; 65; 50; 58",
			// pain
			"BPI pain interference; M54.50; ; Brief Pain Inventory - pain interference; ; 4; 6; 4.8",
			"BPI pain severity; G89.29; ; BPI pain severity; ; 4; 6.5; 5.5",
			"PEG pain score; M54.50; ; PEG score; ; 5; 7; 5.8",
			// cardiology and pulmonology
			"KCCQ; I50.22; ; KCCQ-12 overall summary score; ; 70; 60; 66",
			"NYHA class; I50.22; ; NYHA functional class; ; 2; 3; 2.5",
			"NT-proBNP; I50.22; http://loinc.org|33762-6; ; pg/mL; 800; 1500; 1200",
			"NT-proBNP; I42.0; ; NT-proBNP; ng/L; 800; 1500; 1200",
			"6-minute walk distance; I27.0; http://loinc.org|64098-7; ; m; 420; 370; 395",
			"6-minute walk distance; I27.21; ; 6MWT distance; [ft_i]; 1380; 1210; 1300",
			"Diastolic blood pressure; I10; http://loinc.org|8462-4; ; mm[Hg]; 84; 92; 87",
			"mMRC dyspnoea scale; J44.9; ; mMRC dyspnoea grade; ; 1; 2; 1.5",
			"Asthma Control Questionnaire; J45.50; ; ACQ-6 score; ; 1.0; 1.8; 1.3",
			"Asthma Control Test; J45.40; ; Childhood Asthma Control Test (C-ACT); ; 22; 17; 20",
			"DLCO % predicted; J84.10; ; DLCO % predicted; %; 65; 52; 58",
			// nephrology, metabolism, haematology
			"Urine albumin-creatinine ratio; E11.22; http://loinc.org|9318-7; ; mg/g; 40; 120; 70",
			"Urine albumin-creatinine ratio; N18.31; ; Urine albumin/creatinine ratio; mg/mmol; 5; 15; 8",
			"eGFR; N18.31; ; eGFR (CKD-EPI); mL/min/1.73m2; 55; 45; 52",
			"HbA1c; E11.9; ; Hemoglobin A1c; %; 7.2; 8.4; 7.5",
			"Body weight on obesity treatment; E66.01; http://loinc.org|29463-7; ; kg; 110; 118; 114",
			"BMI on obesity treatment; E66.01; ; BMI; kg/m2; 38; 41; 39.5",
			"LDL cholesterol; E78.5; http://loinc.org|13457-7; ; mg/dL; 100; 150; 125",
			"LDL cholesterol; E78.01; ; LDL-C; mmol/L; 2.6; 3.9; 3.2",
			"Haemoglobin on anaemia treatment; D50.9; http://loinc.org|718-7; ; g/dL; 11.5; 9.8; 10.8",
			"Haemoglobin on anaemia treatment; D63.1; ; Hgb; g/L; 115; 98; 108",
			// psychiatry and sleep
			"PHQ-9 depression score; F33.1; ; PHQ-9 total score; ; 10; 16; 13",
			"MADRS; F31.4; ; MADRS total; ; 20; 28; 24",
			"HAM-D; F33.1; ; HAM-D17; ; 14; 20; 17",
			"Y-BOCS; F42.2; ; Y-BOCS total; ; 18; 25; 21",
			"ADHD rating scale; F90.0; ; Vanderbilt total symptom score; ; 20; 32; 27",
			"Insomnia Severity Index; F51.01; ; Insomnia Severity Index; ; 12; 19; 16",
			// ear and eye
			"Tinnitus Handicap Inventory; H93.11; ; Tinnitus Handicap Inventory (THI); ; 30; 40; 35",
			"SNOT-22; J32.4; ; SNOT-22 total score; ; 34; 58; 41",
			"Visual acuity (ETDRS letters); H35.3211; ; BCVA (ETDRS letters); ; 70; 52; 62",
			"Visual acuity (logMAR); H34.8110; ; Visual acuity (logMAR); ; 0.3; 0.7; 0.5",
			"Central subfield thickness; E11.3511; ; Central subfield thickness; um; 300; 380; 320" })
	void flagsAWorseningBeyondTheMcidOnTreatmentForTheFamilyAndNoNearMiss(String measure, String condition,
			String code, String text, String unit, BigDecimal start, BigDecimal worse, BigDecimal barely) {
		String moved = worse.compareTo(start) > 0 ? " rose from " : " fell from ";
		assertThat(criterion.evaluate(picture(condition, Treatment.ACTIVE, code, text, unit, start, worse), NOW))
			.as("worsening to " + worse)
			.hasValueSatisfying(f -> {
				assertThat(f.reason()).startsWith(measure + moved);
				assertThat(f.reason()).contains("despite maintenance treatment throughout");
				assertThat(f.problems()).contains("Condition/cond", "http://hl7.org/fhir/sid/icd-10-cm|" + condition);
			});

		assertThat(criterion.evaluate(picture(condition, Treatment.ACTIVE, code, text, unit, start, barely), NOW))
			.as("a change under the MCID, to " + barely)
			.isEmpty();
		assertThat(criterion.evaluate(picture(condition, Treatment.ACTIVE, code, text, unit, worse, start), NOW))
			.as("improving from " + worse + " to " + start)
			.isEmpty();
		assertThat(criterion.evaluate(picture("J30.9", Treatment.ACTIVE, code, text, unit, start, worse), NOW))
			.as("the only treatment is for allergic rhinitis")
			.isEmpty();
		assertThat(criterion.evaluate(picture(condition, Treatment.STOPPED_BEFORE, code, text, unit, start, worse), NOW))
			.as("the treatment stopped before the first value")
			.isEmpty();
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = ';', value = {
			"a Crohn's disease activity index in rheumatoid arthritis; M06.9; Crohn's disease activity index; 120; 220",
			"a PASI in atopic dermatitis; L20.9; PASI; 3; 8",
			"an EDSS in Parkinson's disease; G20.A1; EDSS; 3; 4.5",
			"a weight gain on treatment of type 2 diabetes; E11.9; Body weight; 90; 100",
			"a haemoglobin fall in sickle cell disease; D57.1; Hgb; 9.5; 7.5",
			"an LDL rise in hypertriglyceridaemia; E78.1; LDL cholesterol; 100; 150",
			"a urate rise in asymptomatic hyperuricaemia; E79.0; Uric acid; 7; 10",
			"a walk distance fall in acute pulmonary embolism; I26.99; 6MWT distance; 420; 300",
			"a Y-BOCS rise in obsessive-compulsive personality disorder; F60.5; Y-BOCS total; 18; 26",
			"a visual acuity loss in cataract; H25.11; ETDRS letters; 70; 50" })
	void leavesAMeasureOutsideItsFamilyAlone(String what, String condition, String text, BigDecimal start,
			BigDecimal worse) {
		String unit = switch (text) {
			case "Body weight" -> "kg";
			case "Hgb" -> "g/dL";
			case "LDL cholesterol", "Uric acid" -> "mg/dL";
			case "6MWT distance" -> "m";
			default -> null;
		};
		assertThat(criterion.evaluate(picture(condition, Treatment.ACTIVE, null, text, unit, start, worse), NOW))
			.as(what)
			.isEmpty();
	}

	@org.junit.jupiter.api.Test
	void readsMonthlyIntravitrealInjectionsForMacularDegenerationAsTreatmentThroughAFallInAcuity() {
		List<Resource> resources = built("H35.3211", Treatment.STOPPED_BEFORE, null, "BCVA (ETDRS letters)", null,
				new BigDecimal(70), new BigDecimal(52)).resources();
		assertThat(criterion.evaluate(withInjections(resources, "2026-01-12", "2026-10-19"), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Visual acuity (ETDRS letters) fell from 70 letters to 52 letters")
				.contains("despite intravitreal injection throughout"));
		assertThat(criterion.evaluate(withInjections(resources, "2026-01-12", "2026-04-06"), NOW))
			.as("the injections stopped in April")
			.isEmpty();
	}

	@org.junit.jupiter.api.Test
	void takesAPrescriptionsReasonWrittenAsTheNameOfARecordedConditionForThatCondition() {
		assertThat(criterion.evaluate(withReasonInWords("Lumbar radiculopathy", "Lumbar radiculopathy"), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Oswestry Disability Index rose from 34% to 56%")
				.contains("despite maintenance treatment throughout"));
		assertThat(criterion.evaluate(withReasonInWords("Lumbar radiculopathy", "Essential hypertension"), NOW))
			.as("the reason names another condition")
			.isEmpty();
		assertThat(criterion.evaluate(withReasonInWords("Lumbar radiculopathy", "Radiculopathy, lumbar region, chronic"), NOW))
			.as("words that are not the condition's name, which only a terminology could match")
			.isEmpty();
	}

	private static ClinicalPicture withReasonInWords(String condition, String reason) {
		List<Resource> resources = built("M51.17", Treatment.ACTIVE, null, "Oswestry Disability Index", "%",
				new BigDecimal(34), new BigDecimal(56)).resources();
		for (Resource resource : resources) {
			if (resource instanceof Condition c) {
				c.getCode().setText(condition);
			}
			if (resource instanceof MedicationRequest request) {
				request.getReasonReference().clear();
				request.addReasonCode(new CodeableConcept().setText(reason));
			}
		}
		return PictureFixtures.picture(PatientRef.of("test-ehr", "p-1"), resources);
	}

	private static ClinicalPicture withInjections(List<Resource> resources, String first, String last) {
		List<Resource> all = new ArrayList<>(resources);
		LocalDate day = LocalDate.parse(first);
		int n = 0;
		while (!day.isAfter(LocalDate.parse(last))) {
			org.hl7.fhir.r4.model.Procedure injection = new org.hl7.fhir.r4.model.Procedure();
			injection.setId("ivt-" + n++);
			injection.setStatus(org.hl7.fhir.r4.model.Procedure.ProcedureStatus.COMPLETED);
			injection.getCode().addCoding().setSystem("http://www.ama-assn.org/go/cpt").setCode("67028")
				.setDisplay("Intravitreal injection");
			injection.setSubject(new Reference("Patient/p-1"));
			injection.setPerformed(new DateTimeType(day.toString()));
			injection.addReasonReference(new Reference("Condition/cond"));
			all.add(injection);
			day = day.plusWeeks(5);
		}
		return PictureFixtures.picture(PatientRef.of("test-ehr", "p-1"), all);
	}

	private enum Treatment {

		ACTIVE, STOPPED_BEFORE

	}

	private record Built(List<Resource> resources) {
	}

	private static ClinicalPicture picture(String icd10cm, Treatment treatment, String code, String text, String unit,
			BigDecimal start, BigDecimal end) {
		return PictureFixtures.picture(PatientRef.of("test-ehr", "p-1"),
				built(icd10cm, treatment, code, text, unit, start, end).resources());
	}

	private static Built built(String icd10cm, Treatment treatment, String code, String text, String unit,
			BigDecimal start, BigDecimal end) {
		List<Resource> resources = new ArrayList<>();
		Patient patient = new Patient();
		patient.setId("p-1");
		resources.add(patient);

		Condition condition = new Condition();
		condition.setId("cond");
		condition.getClinicalStatus().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/condition-clinical").setCode("active");
		condition.getCode().addCoding().setSystem("http://hl7.org/fhir/sid/icd-10-cm").setCode(icd10cm);
		condition.setSubject(new Reference("Patient/p-1"));
		condition.setOnset(new DateTimeType("2025-06-01"));
		resources.add(condition);

		MedicationRequest request = new MedicationRequest();
		request.setId("rx");
		request.setStatus(treatment == Treatment.ACTIVE ? MedicationRequest.MedicationRequestStatus.ACTIVE
				: MedicationRequest.MedicationRequestStatus.STOPPED);
		request.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
		request.setMedication(new CodeableConcept().setText("maintenance treatment"));
		request.setSubject(new Reference("Patient/p-1"));
		request.setAuthoredOnElement(new DateTimeType(treatment == Treatment.ACTIVE ? "2026-01-20" : "2025-09-01"));
		request.addReasonReference(new Reference("Condition/cond"));
		resources.add(request);

		long span = ChronoUnit.DAYS.between(DAYS.get(0), DAYS.get(DAYS.size() - 1));
		for (int i = 0; i < DAYS.size(); i++) {
			BigDecimal share = BigDecimal.valueOf(ChronoUnit.DAYS.between(DAYS.get(0), DAYS.get(i)))
				.divide(BigDecimal.valueOf(span), MathContext.DECIMAL64);
			BigDecimal value = start.add(end.subtract(start).multiply(share)).round(new MathContext(6));
			resources.add(value("v-" + i, code, text, unit, DAYS.get(i), value));
		}
		return new Built(resources);
	}

	private static Observation value(String id, String code, String text, String unit, LocalDate day, BigDecimal value) {
		Observation observation = new Observation();
		observation.setId(id);
		observation.setStatus(Observation.ObservationStatus.FINAL);
		CodeableConcept concept = new CodeableConcept();
		if (code != null) {
			concept.addCoding().setSystem(code.substring(0, code.indexOf('|'))).setCode(code.substring(code.indexOf('|') + 1));
		}
		else {
			concept.addCoding().setSystem("urn:oid:1.2.840.114350.1.13.0.1.7.2.707679").setCode("LOCAL-" + Math.abs(text.hashCode()));
			concept.setText(text);
		}
		observation.setCode(concept);
		observation.setSubject(new Reference("Patient/p-1"));
		observation.setEffective(new DateTimeType(day.toString()));
		Quantity quantity = new Quantity().setValue(value);
		if (unit != null) {
			quantity.setUnit(unit).setSystem("http://unitsofmeasure.org").setCode(unit);
		}
		observation.setValue(quantity);
		return observation;
	}

}
