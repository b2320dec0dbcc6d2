package org.secondopinion.assessment.criteria;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.secondopinion.assessment.picture.PictureFixtures;
import org.secondopinion.events.PatientRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DIAGNOSIS_SYMPTOM_MISMATCH on labels given by exclusion whose red flags are written only in progress notes: a
 * note-read red flag counts where a coded one does, dated at the note, with the note as evidence.
 */
class LabelRedFlagsInNotesTests {

	private static final Instant NOW = Instant.parse("2026-11-15T09:00:00Z");

	private final DiagnosisSymptomMismatch criterion = new DiagnosisSymptomMismatch(RuleSettings.valueSetFiles(),
			RuleSettings.load("diagnosis-mismatch", MismatchSettings.class));

	@Test
	void countsWeightLossWrittenInANoteAsTheSecondRedFlagAfterAPanicDisorderLabel() {
		assertThat(evaluate(panic(), severeBloodPressure(), note("n-1", "2026-11-04",
				"Panic disorder. Still having spells weekly despite sertraline. Lost 5 kg without trying.")))
			.hasValueSatisfying(f -> {
				assertThat(f.reason()).startsWith("Unintentional weight loss and high systolic blood pressure followed "
						+ "panic disorder, diagnosed on 20 Jan 2026, which does not explain them (anxiety disorder is a "
						+ "diagnosis of exclusion)");
				assertThat(f.evidence()).extracting(Evidence::reference)
					.containsExactly("Condition/panic/_history/1", "DocumentReference/n-1/_history/1",
							"Observation/bp/_history/1");
				assertThat(f.evidence()).extracting(Evidence::display).contains("lost 5 kg without trying");
			});
	}

	@Test
	void needsTwoDifferentRedFlagsWhenOneIsOnlyWritten() {
		assertThat(evaluate(panic(), note("n-1", "2026-11-04", "Lost 5 kg without trying."))).isEmpty();
		// coded and written, a weight loss is one red flag: not the label's two, only the coded finding's own ground
		assertThat(evaluate(panic(), coded("wl", "R63.4", "Abnormal weight loss", "2026-10-20"),
				note("n-1", "2026-10-20", "Lost 5 kg without trying.")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Abnormal weight loss began after panic disorder")
				.doesNotContain("diagnosis of exclusion"));
	}

	@Test
	void countsTwoRedFlagsWrittenInNotesAfterANonSpecificBackPainLabel() {
		assertThat(evaluate(backPain(), note("n-1", "2026-09-20", "Low back pain, now woke with back pain every night."),
				note("n-2", "2026-10-30", "Drenching night sweats, lost 6 kg since the summer.")))
			.hasValueSatisfying(f -> assertThat(f.reason())
				.startsWith("Pain waking from sleep, night sweats and unintentional weight loss followed low back pain"));
	}

	@Test
	void leavesNegatedFamilyInstructionalTemplatedAndOldMentionsAlone() {
		for (String text : List.of("Denies unintentional weight loss, fevers or night sweats.",
				"No fevers, night sweats or unintentional weight loss.",
				"ROS: Constitutional: negative for fever, chills, night sweats and unintentional weight loss.",
				"Family history: mother had unexplained weight loss and fevers before her lymphoma.",
				"Return if you develop fevers or notice unintentional weight loss.",
				"Red flags reviewed (fever, weight loss, night sweats); none present.",
				"History of unintentional weight loss in 2019, since regained. Weight stable.",
				"Lost 5 kg on a diet as planned.")) {
			assertThat(evaluate(panic(), severeBloodPressure(), note("n-1", "2026-11-04", text))).as(text).isEmpty();
		}
	}

	@Test
	void leavesAWrittenRedFlagBeforeTheLabelOrBeyondTheWindowAlone() {
		assertThat(evaluate(panic(), severeBloodPressure(), note("n-1", "2026-01-10", "Lost 5 kg without trying.")))
			.as("before the label")
			.isEmpty();
		assertThat(evaluate(panic(), severeBloodPressure(), note("n-1", "2026-05-10", "Lost 5 kg without trying.")))
			.as("older than recent-within, the label not carried on after it")
			.isEmpty();
	}

	@Test
	void leavesAWrittenRedFlagALaterDiagnosisMayExplainAlone() {
		assertThat(evaluate(panic(), severeBloodPressure(), note("n-1", "2026-11-04", "Lost 5 kg without trying."),
				coded("thyro", "E05.90", "Thyrotoxicosis, unspecified without thyrotoxic crisis or storm", "2026-11-10")))
			.isEmpty();
	}

	@Test
	void judgesACatchAllAgainstSymptomsTypedAsVisitReasons() {
		Condition somatoform = coded("som", "F45.9", "Somatoform disorder, unspecified", "2026-02-10");
		assertThat(evaluate(somatoform, visit("v-1", "2026-10-20", "Follow-up, weight loss")))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Somatoform disorder, unspecified, a catch-all "
					+ "diagnosis, has stood for 278 days while symptoms continue (weight loss, last on 20 Oct 2026)"));
		assertThat(evaluate(somatoform, visit("v-1", "2026-10-20", "Follow-up, no weight loss")))
			.as("a reason that names no symptom on its own")
			.isEmpty();
		assertThat(evaluate(somatoform, visit("v-1", "2026-01-20", "Weight loss")))
			.as("the symptom was typed before the diagnosis only")
			.isEmpty();
	}

	@Test
	void readsAMyopathicElectromyogramInAReportConclusionAsARedFlagOfAFunctionalNeurologicalLabel() {
		Condition functional = coded("fnd", "F44.4", "Conversion disorder with motor symptom or deficit", "2026-03-02");
		assertThat(evaluate(functional, report("emg", "2026-10-07", "Active (irritable) myopathic process, proximal > distal.")))
			.hasValueSatisfying(f -> assertThat(f.evidence()).extracting(Evidence::reference)
				.contains("Condition/fnd/_history/1", "DiagnosticReport/emg/_history/1"));
		assertThat(evaluate(functional, report("emg", "2026-10-07", "Normal study. No myopathic process or denervation.")))
			.isEmpty();
	}

	private static Encounter visit(String id, String day, String reason) {
		Encounter visit = new Encounter();
		visit.setId(id);
		visit.setStatus(Encounter.EncounterStatus.FINISHED);
		visit.setSubject(new Reference("Patient/p-1"));
		visit.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
		visit.getPeriod().setStartElement(new DateTimeType(day + "T09:00:00Z")).setEndElement(new DateTimeType(day + "T09:30:00Z"));
		visit.addReasonCode(new CodeableConcept().setText(reason));
		return visit;
	}

	private static DiagnosticReport report(String id, String day, String conclusion) {
		DiagnosticReport report = new DiagnosticReport();
		report.setId(id);
		report.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
		report.setSubject(new Reference("Patient/p-1"));
		report.setCode(new CodeableConcept().setText("Electrodiagnostic report"));
		report.setEffective(new DateTimeType(day));
		report.setConclusion(conclusion);
		return report;
	}

	private Optional<Finding> evaluate(Resource... resources) {
		List<Resource> all = new ArrayList<>();
		Patient patient = new Patient();
		patient.setId("p-1");
		patient.setBirthDate(Date.from(Instant.parse("1978-05-01T00:00:00Z")));
		patient.setGender(Enumerations.AdministrativeGender.FEMALE);
		all.add(patient);
		all.addAll(List.of(resources));
		return criterion.evaluate(PictureFixtures.picture(PatientRef.of("test", "p-1"), all), NOW);
	}

	private static Condition panic() {
		return condition("panic", new Coding("http://hl7.org/fhir/sid/icd-10-cm", "F41.0",
				"Panic disorder [episodic paroxysmal anxiety]"), new Coding("http://snomed.info/sct", "371631005",
						"Panic disorder"), "2026-01-20");
	}

	private static Condition backPain() {
		return condition("lbp", new Coding("http://hl7.org/fhir/sid/icd-10-cm", "M54.50", "Low back pain, unspecified"),
				new Coding("http://snomed.info/sct", "279039007", "Low back pain"), "2026-08-01");
	}

	private static Condition coded(String id, String icd, String display, String day) {
		return condition(id, new Coding("http://hl7.org/fhir/sid/icd-10-cm", icd, display), null, day);
	}

	private static Condition condition(String id, Coding first, Coding second, String day) {
		Condition condition = new Condition();
		condition.setId(id);
		condition.setSubject(new Reference("Patient/p-1"));
		condition.setClinicalStatus(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null)));
		CodeableConcept code = new CodeableConcept(first);
		if (second != null) {
			code.addCoding(second);
		}
		condition.setCode(code);
		condition.setRecordedDateElement(new DateTimeType(day));
		condition.setOnset(new DateTimeType(day));
		return condition;
	}

	private static Observation severeBloodPressure() {
		Observation bp = new Observation();
		bp.setId("bp");
		bp.setStatus(Observation.ObservationStatus.FINAL);
		bp.setSubject(new Reference("Patient/p-1"));
		bp.addCategory(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", null)));
		bp.setCode(new CodeableConcept(new Coding("http://loinc.org", "85354-9", "Blood pressure panel")));
		bp.setEffective(new DateTimeType("2026-10-01T10:00:00Z"));
		bp.addComponent()
			.setCode(new CodeableConcept(new Coding("http://loinc.org", "8480-6", "Systolic blood pressure")))
			.setValue(new Quantity().setValue(212).setUnit("mm[Hg]").setSystem("http://unitsofmeasure.org").setCode("mm[Hg]"));
		bp.addComponent()
			.setCode(new CodeableConcept(new Coding("http://loinc.org", "8462-4", "Diastolic blood pressure")))
			.setValue(new Quantity().setValue(110).setUnit("mm[Hg]").setSystem("http://unitsofmeasure.org").setCode("mm[Hg]"));
		return bp;
	}

	private static DocumentReference note(String id, String day, String text) {
		DocumentReference note = new DocumentReference();
		note.setId(id);
		note.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
		note.setSubject(new Reference("Patient/p-1"));
		note.setType(new CodeableConcept(new Coding("http://loinc.org", "11506-3", "Progress note")));
		note.setDate(Date.from(Instant.parse(day + "T15:00:00Z")));
		note.addContent().setAttachment(new Attachment().setContentType("text/plain")
			.setData(text.getBytes(StandardCharsets.UTF_8)));
		return note;
	}

}
