package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.PatientRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.assessment.picture.PictureFixtures.picture;

/**
 * The red flags that are findings rather than lab values (a lung nodule, haematuria, a suspicious mammogram or breast
 * lump, rectal bleeding) and the raised CA-125: each flagged when left alone for 60 days, and cleared by a procedure, a
 * specialist visit, an explaining diagnosis or the known disease; not flagged when older than the lookback or when
 * the follow-up came in time.
 */
class RedFlagFindingsTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final String ICD = "http://hl7.org/fhir/sid/icd-10-cm";

	private static final String SCT = "http://snomed.info/sct";

	private static final String CPT = "http://www.ama-assn.org/go/cpt";

	private static final String LOINC = "http://loinc.org";

	private final PersistentSymptomsNormalWorkup criterion = new PersistentSymptomsNormalWorkup(
			RuleSettings.valueSetFiles(), RuleSettings.load("persistent-symptoms", PersistentSymptomsSettings.class));

	// lung nodule or mass

	@Test
	void flagsASolitaryPulmonaryNoduleOnTheProblemListLeftAlone() {
		assertThat(evaluate(condition("nodule", ICD, "R91.1", "Solitary pulmonary nodule", "2026-04-10")))
			.hasValueSatisfying(f -> {
				assertThat(f.reason()).contains("A lung nodule on 10 Apr 2026 has had no follow-up in the 205 days since");
				assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("Condition/nodule/_history/1");
			});
	}

	@Test
	void flagsAChestCtReportConcludingAMassOfLung() {
		DiagnosticReport ct = new DiagnosticReport().setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL)
			.setCode(concept(LOINC, "24627-2", "CT Chest"))
			.setEffective(new DateTimeType("2026-06-10"))
			.addConclusionCode(concept(SCT, "309529002", "Mass of lung"));
		ct.setId("ct");
		assertThat(evaluate(ct)).hasValueSatisfying(f -> assertThat(f.evidence())
			.extracting(Evidence::reference).containsExactly("DiagnosticReport/ct/_history/1"));
	}

	@Test
	void flagsAnImagingObservationWhoseValueIsALungNodule() {
		Observation finding = new Observation().setStatus(Observation.ObservationStatus.FINAL)
			.setCode(concept(LOINC, "24627-2", "CT Chest"))
			.setEffective(new DateTimeType("2026-04-10"))
			.setValue(concept(SCT, "427359005", "Solitary nodule of lung"));
		finding.setId("ct-finding");
		assertThat(evaluate(finding)).isPresent();
	}

	@Test
	void givesALungNoduleTheFleischnerIntervalButALungMassSixtyDays() {
		// an incidental nodule's first follow-up CT comes at three to twelve months: unfollowed at 144 days is not late
		assertThat(evaluate(condition("nodule", ICD, "R91.1", "Solitary pulmonary nodule", "2026-06-10"))).isEmpty();
		// a CT at three months is its follow-up, though later than sixty days
		DiagnosticReport followUp = new DiagnosticReport().setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL)
			.setCode(concept(LOINC, "24627-2", "CT Chest"))
			.setEffective(new DateTimeType("2026-07-20"));
		followUp.setId("ct-3-months");
		assertThat(evaluate(condition("nodule", ICD, "R91.1", "Solitary pulmonary nodule", "2026-04-10"), followUp))
			.isEmpty();
		// a mass is worked up at once
		assertThat(evaluate(condition("mass", ICD, "R91.8", "Other nonspecific abnormal finding of lung field", "2026-08-10")))
			.hasValueSatisfying(f -> assertThat(f.reason())
				.contains("A lung mass or suspected lung cancer on 10 Aug 2026 has had no follow-up in the 83 days since"));
	}

	@Test
	void takesAnOrderNeverCarriedOutForNoFollowUpOnceTheWindowHasPassed() {
		// a raised PSA on 1 Jun; a prostate biopsy ordered the next day
		Observation psa = quantity("psa", "2857-1", "PSA", 9.8, 0, 4, "2026-06-01");
		assertThat(evaluate(psa, biopsyOrder("active", null))).as("never scheduled, never done").isPresent();
		assertThat(evaluate(psa, biopsyOrder("completed", null))).as("carried out").isEmpty();
		assertThat(evaluate(psa, biopsyOrder("active", "2026-11-20"))).as("scheduled, still to come").isEmpty();
	}

	@Test
	void takesAReferralOrAStudyNamedInHebrewOrCzechForAFollowUp() {
		Observation psa = quantity("psa", "2857-1", "PSA", 6.8, 0, 4, "2026-06-01");
		assertThat(evaluate(psa, textOrder("uro", "הפניה למרפאה אורולוגית"))).as("a referral to a urology clinic")
			.isEmpty();
		assertThat(evaluate(psa, textOrder("mri", "MRI ערמונית מולטיפרמטרי"))).as("a prostate MRI").isEmpty();
		assertThat(evaluate(psa, textOrder("mr", "MR prostaty"))).as("Czech").isEmpty();
		assertThat(evaluate(psa, textOrder("neuro", "Neurologická ambulance"))).as("a neurology clinic").isPresent();
	}

	private static ServiceRequest textOrder(String id, String text) {
		ServiceRequest order = new ServiceRequest().setStatus(ServiceRequest.ServiceRequestStatus.COMPLETED)
			.setIntent(ServiceRequest.ServiceRequestIntent.ORDER)
			.setCode(new CodeableConcept().setText(text))
			.setAuthoredOnElement(new DateTimeType("2026-06-04"));
		order.setId(id);
		return order;
	}

	private static ServiceRequest biopsyOrder(String status, String scheduled) {
		ServiceRequest order = new ServiceRequest().setStatus(ServiceRequest.ServiceRequestStatus.fromCode(status))
			.setIntent(ServiceRequest.ServiceRequestIntent.ORDER)
			.setCode(concept(CPT, "55700", "Biopsy, prostate; needle or punch"))
			.setAuthoredOnElement(new DateTimeType("2026-06-02"));
		if (scheduled != null) {
			order.setOccurrence(new DateTimeType(scheduled));
		}
		order.setId("biopsy");
		return order;
	}

	@Test
	void doesNotTakeAChestCtReadAbnormalWithoutASuspiciousConclusionForARedFlag() {
		DiagnosticReport ct = new DiagnosticReport().setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL)
			.setCode(concept(LOINC, "24627-2", "CT Chest"))
			.setEffective(new DateTimeType("2026-06-10"))
			.addConclusionCode(concept(SCT, "46621007", "Atelectasis"));
		ct.setId("ct");
		assertThat(evaluate(ct)).isEmpty();
	}

	@Test
	void ignoresALungNoduleFollowedByABronchoscopyOrACtOrderedForIt() {
		Condition nodule = condition("nodule", ICD, "R91.1", "Solitary pulmonary nodule", "2026-06-10");
		assertThat(evaluate(nodule, procedure("bronch", CPT, "31628", "Bronchoscopy with lung biopsy", "2026-07-20"))).isEmpty();
		ServiceRequest ct = new ServiceRequest().setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE)
			.setIntent(ServiceRequest.ServiceRequestIntent.ORDER)
			.setCode(new CodeableConcept().setText("Repeat imaging in 6 months"))
			.setAuthoredOnElement(new DateTimeType("2026-06-12"))
			.addReasonCode(concept(ICD, "R91.1", "Solitary pulmonary nodule"));
		ct.setId("ct-order");
		assertThat(evaluate(nodule, ct)).isEmpty();
	}

	@Test
	void ignoresALungNoduleSeenByPulmonologyOrExplainedByAGranulomaOrInKnownLungCancer() {
		Condition nodule = condition("nodule", ICD, "R91.1", "Solitary pulmonary nodule", "2026-06-10");
		assertThat(evaluate(nodule, visit("pulm", SCT, "418112009", "Pulmonary medicine", "2026-07-01"))).isEmpty();
		assertThat(evaluate(nodule, condition("histo", ICD, "B39.4", "Histoplasmosis", "2026-07-15"))).isEmpty();
		assertThat(evaluate(nodule, condition("nsclc", ICD, "C34.11", "Lung cancer", "2024-01-10"))).isEmpty();
	}

	@Test
	void stillFlagsALungNoduleWhenItsOnlyVisitIsTheOneAtWhichItWasRecorded() {
		Condition nodule = condition("nodule", ICD, "R91.1", "Solitary pulmonary nodule", "2026-04-10");
		Encounter visit = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)
			.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
		visit.getPeriod().setStartElement(new DateTimeType("2026-04-10T10:00:00Z"));
		visit.addReasonCode(concept(ICD, "R91.1", "Solitary pulmonary nodule"));
		visit.addDiagnosis().setCondition(new Reference("Condition/nodule"));
		visit.setId("gp");
		assertThat(evaluate(nodule, visit)).isPresent();
	}

	@Test
	void ignoresALungNoduleOlderThanTheLookbackAndFlagsASuspiciousOneFollowedUpOnlyAfterSixtyDays() {
		assertThat(evaluate(condition("nodule", ICD, "R91.1", "Solitary pulmonary nodule", "2025-09-01"))).isEmpty();
		Condition suspicious = condition("nodule", ICD, "R91.1", "Solitary pulmonary nodule", "2026-06-10");
		suspicious.addNote().setText("2.2 cm spiculated nodule, right upper lobe");
		assertThat(evaluate(suspicious, procedure("ct", CPT, "71250", "CT thorax without contrast", "2026-09-01")))
			.isPresent();
		// the same CT at 83 days follows up a nodule nobody called suspicious
		assertThat(evaluate(condition("nodule", ICD, "R91.1", "Solitary pulmonary nodule", "2026-06-10"),
				procedure("ct", CPT, "71250", "CT thorax without contrast", "2026-09-01")))
			.isEmpty();
	}

	@Test
	void holdsANoduleAReportConcludesSuspiciousToTheSixtyDayWindow() {
		DiagnosticReport xray = new DiagnosticReport().setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL)
			.setCode(concept(CPT, "71046", "Radiologic examination, chest; 2 views"))
			.setEffective(new DateTimeType("2026-06-22"))
			.setConclusion("2.2 cm spiculated right upper lobe nodule, suspicious. CT chest recommended.")
			.addConclusionCode(concept(ICD, "R91.1", "Solitary pulmonary nodule"));
		xray.setId("cxr");
		assertThat(evaluate(xray)).hasValueSatisfying(f -> assertThat(f.reason())
			.contains("A lung nodule on 22 Jun 2026 has had no follow-up in the 132 days since"));
	}

	@Test
	void ignoresALungNoduleInAPatientUnderThirtyFive() {
		assertThat(evaluateBornIn("2000-03-01", condition("nodule", ICD, "R91.1", "Solitary pulmonary nodule", "2026-06-10")))
			.isEmpty();
	}

	// haematuria

	@Test
	void flagsVisibleHaematuriaLeftAlone() {
		assertThat(evaluate(condition("blood", ICD, "R31.0", "Gross hematuria", "2026-07-01")))
			.hasValueSatisfying(f -> assertThat(f.reason()).contains("A haematuria on 1 Jul 2026 has had no follow-up"));
	}

	@Test
	void flagsRedCellsOnUrineMicroscopyAboveTheRange() {
		assertThat(evaluate(quantity("rbc", "13945-1", "Erythrocytes [#/area] in Urine sediment", 25, 0, 2, "2026-07-01")))
			.isPresent();
		assertThat(evaluate(quantity("rbc", "13945-1", "Erythrocytes [#/area] in Urine sediment", 1, 0, 2, "2026-07-01")))
			.isEmpty();
	}

	@Test
	void ignoresHaematuriaFollowedByCystoscopyOrUrologyOrExplainedByAUrinaryInfection() {
		Condition blood = condition("blood", ICD, "R31.0", "Gross hematuria", "2026-07-01");
		assertThat(evaluate(blood, procedure("cysto", CPT, "52000", "Cystourethroscopy", "2026-08-01"))).isEmpty();
		assertThat(evaluate(blood, visit("uro", SCT, "394612005", "Urology", "2026-07-20"))).isEmpty();
		assertThat(evaluate(blood, condition("uti", ICD, "N39.0", "Urinary tract infection", "2026-07-02"))).isEmpty();
		assertThat(evaluate(blood, condition("bladder", ICD, "Z85.51", "History of bladder cancer", "2020-01-01"))).isEmpty();
	}

	@Test
	void ignoresBenignEssentialHaematuriaAndHaematuriaUnderFortyFive() {
		assertThat(evaluate(condition("blood", ICD, "R31.1", "Benign essential microscopic hematuria", "2026-07-01"))).isEmpty();
		assertThat(evaluateBornIn("1990-01-01", condition("blood", ICD, "R31.0", "Gross hematuria", "2026-07-01"))).isEmpty();
	}

	// breast

	@Test
	void flagsABiRadsFourMammogramLeftAlone() {
		Observation birads = new Observation().setStatus(Observation.ObservationStatus.FINAL)
			.setCode(concept(LOINC, "24606-6", "MG Breast Screening"))
			.setEffective(new DateTimeType("2026-06-20"))
			.setValue(concept(SCT, "397144001", "Mammography assessment (Category 4)"));
		birads.setId("mammo");
		assertThat(evaluate(birads)).hasValueSatisfying(f -> assertThat(f.reason())
			.contains("A suspicious mammogram or breast lump on 20 Jun 2026 has had no follow-up"));
	}

	@Test
	void doesNotTakeABiRadsTwoMammogramForARedFlag() {
		Observation birads = new Observation().setStatus(Observation.ObservationStatus.FINAL)
			.setCode(concept(LOINC, "24606-6", "MG Breast Screening"))
			.setEffective(new DateTimeType("2026-06-20"))
			.setValue(concept(SCT, "397141009", "Mammography assessment (Category 2)"));
		birads.setId("mammo");
		assertThat(evaluate(birads)).isEmpty();
	}

	@Test
	void ignoresABreastLumpFollowedByBiopsyOrBreastClinicOrFibroadenomaOrKnownCancer() {
		Condition lump = condition("lump", ICD, "N63.10", "Lump in right breast", "2026-06-20");
		assertThat(evaluate(lump)).isPresent();
		assertThat(evaluate(lump, procedure("core", CPT, "19083", "Breast biopsy, ultrasound guided", "2026-07-10"))).isEmpty();
		assertThat(evaluate(lump, visit("clinic", SCT, "408469009", "Breast surgery", "2026-07-01"))).isEmpty();
		assertThat(evaluate(lump, condition("fa", ICD, "D24.1", "Fibroadenoma of right breast", "2026-07-12"))).isEmpty();
		assertThat(evaluate(lump, condition("ca", ICD, "Z85.3", "History of breast cancer", "2019-05-01"))).isEmpty();
	}

	@Test
	void stillFlagsABreastLumpWhoseOnlyImagingIsAScreeningMammogram() {
		assertThat(evaluate(condition("lump", ICD, "N63.10", "Lump in right breast", "2026-06-20"),
				procedure("screen", CPT, "77067", "Screening mammography", "2026-07-10")))
			.isPresent();
	}

	// rectal bleeding

	@Test
	void flagsRectalBleedingLeftAloneAndIgnoresItWhenColonoscopyOrHaemorrhoidsFollowed() {
		Condition bleeding = condition("prbleed", SCT, "405729008", "Hematochezia", "2026-06-15");
		assertThat(evaluate(bleeding)).isPresent();
		assertThat(evaluate(bleeding, procedure("colo", CPT, "45378", "Colonoscopy", "2026-07-30"))).isEmpty();
		assertThat(evaluate(bleeding, condition("piles", ICD, "K64.1", "Second degree hemorrhoids", "2026-06-20"))).isEmpty();
		assertThat(evaluateBornIn("1995-01-01", bleeding)).isEmpty();
	}

	@Test
	void ignoresARefutedFinding() {
		Condition bleeding = condition("prbleed", ICD, "K62.5", "Hemorrhage of anus and rectum", "2026-06-15");
		bleeding.setVerificationStatus(concept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "refuted", "Refuted"));
		assertThat(evaluate(bleeding)).isEmpty();
	}

	// CA-125

	@Test
	void flagsARaisedCa125LeftAloneAndIgnoresItAfterATransvaginalUltrasoundOrInKnownOvarianCancer() {
		Observation ca125 = quantity("ca125", "10334-1", "Cancer Ag 125", 88, 0, 35, "2026-07-01");
		assertThat(evaluate(ca125)).hasValueSatisfying(f -> assertThat(f.reason())
			.contains("A raised CA-125 (88 U/mL) on 1 Jul 2026 has had no follow-up"));
		assertThat(evaluate(ca125, procedure("tvus", CPT, "76830", "Ultrasound, transvaginal", "2026-07-14"))).isEmpty();
		assertThat(evaluate(ca125, visit("gyn", SCT, "394586005", "Gynecology", "2026-08-01"))).isEmpty();
		assertThat(evaluate(ca125, condition("endo", ICD, "N80.1", "Endometriosis of ovary", "2026-08-10"))).isEmpty();
		assertThat(evaluate(ca125, condition("ovca", ICD, "C56.1", "Ovarian cancer", "2023-03-01"))).isEmpty();
		assertThat(evaluate(quantity("ca125", "10334-1", "Cancer Ag 125", 20, 0, 35, "2026-07-01"))).isEmpty();
	}

	@Test
	void describesTheFindingCodesOfEachNewRedFlagForTheRuleCatalog() {
		assertThat(criterion.parameters())
			.hasEntrySatisfying("persistent-symptoms.red-flags.lung-mass-or-suspected-lung-cancer.finding-codes",
					v -> assertThat(v).startsWith("FindingsLung 2026.12-2"))
			.hasEntrySatisfying("persistent-symptoms.red-flags.lung-nodule.finding-codes",
					v -> assertThat(v).startsWith("FindingsLungNodule 2026.12-1"))
			.containsEntry("persistent-symptoms.red-flags.lung-nodule.follow-up-within", "PT4392H")
			.containsKey("persistent-symptoms.red-flags.haematuria.finding-codes")
			.containsKey("persistent-symptoms.red-flags.suspicious-mammogram-or-breast-lump.follow-up-procedures")
			.containsKey("persistent-symptoms.red-flags.raised-CA-125.known-disease");
	}

	private Optional<Finding> evaluate(Resource... resources) {
		return evaluateBornIn("1960-01-01", resources);
	}

	private Optional<Finding> evaluateBornIn(String birthDate, Resource... resources) {
		Patient patient = new Patient().setBirthDateElement(new DateType(birthDate))
			.setGender(Enumerations.AdministrativeGender.FEMALE);
		patient.setId("p-1");
		List<Resource> all = new ArrayList<>(List.of(patient));
		all.addAll(Arrays.asList(resources));
		return criterion.evaluate(picture(PatientRef.of("test-ehr", "p-1"), all), NOW);
	}

	private static CodeableConcept concept(String system, String code, String display) {
		return new CodeableConcept(new Coding(system, code, display));
	}

	private static Condition condition(String id, String system, String code, String display, String onset) {
		Condition condition = new Condition().setCode(concept(system, code, display))
			.setClinicalStatus(concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active"))
			.setOnset(new DateTimeType(onset));
		condition.setRecordedDateElement(new DateTimeType(onset));
		condition.setId(id);
		return condition;
	}

	private static Procedure procedure(String id, String system, String code, String display, String performed) {
		Procedure procedure = new Procedure().setStatus(Procedure.ProcedureStatus.COMPLETED)
			.setCode(concept(system, code, display))
			.setPerformed(new DateTimeType(performed));
		procedure.setId(id);
		return procedure;
	}

	private static Encounter visit(String id, String system, String code, String display, String start) {
		Encounter encounter = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)
			.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"))
			.addType(concept(system, code, display));
		encounter.getPeriod().setStartElement(new DateTimeType(start));
		encounter.setId(id);
		return encounter;
	}

	private static Observation quantity(String id, String code, String display, double value, double low, double high,
			String effective) {
		Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
			.setCode(concept(LOINC, code, display))
			.setEffective(new DateTimeType(effective))
			.setValue(new Quantity().setValue(value).setUnit("U/mL"));
		observation.addReferenceRange().setLow(new Quantity().setValue(low).setUnit("U/mL"))
			.setHigh(new Quantity().setValue(high).setUnit("U/mL"));
		observation.setId(id);
		return observation;
	}

}
