package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.PictureFixtures;
import org.secondopinion.events.PatientRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paraphrases of "no treatment options" and the palliative, hospice and comfort-care codes an EHR sends on a visit
 * or a procedure, each with the near misses of the same wording or code: negated, about a discussion not held,
 * palliative-intent treatment that continues, do-not-resuscitate status alone.
 */
class UntreatableSignalsTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final String SNOMED = "http://snomed.info/sct";

	private final UntreatablePrognosis criterion = new UntreatablePrognosis(RuleSettings.valueSetFiles(),
			RuleSettings.load("untreatable", UntreatableSettings.class));

	@ParameterizedTest
	@ValueSource(strings = { "Discussed with family: there is nothing more we can offer in terms of chemotherapy.",
			"Oncology has nothing further to offer.", "He is not a candidate for further oncologic treatment.",
			"Not a candidate for any disease-directed therapy given performance status 4.",
			"MDT: not a candidate for curative resection.", "Unfit for any systemic treatment.",
			"Further treatment would be futile.", "Plan: comfort measures only.", "Family agree to focus on comfort.",
			"Transitioned to hospice at home.", "She was referred to hospice last week.",
			"Admitted for end-of-life care.", "Patient is actively dying; family at bedside.",
			"Best supportive care recommended by the tumour board.", "Not for further chemotherapy; supportive care only.",
			"Goals of care changed to comfort.", "Symptom control only from now on.", "UK MDT: not for active treatment.",
			"Decision made with the family to withdraw active treatment.",
			"Daughter was told there are no further treatment options.",
			"Son, who was present throughout, agrees with the transition to comfort care.",
			"Seen with her daughter - no further treatment options, referred to hospice.",
			"She and her husband agreed to transition to hospice.",
			"Her husband has Parkinson disease. The patient was referred to hospice today.",
			"Decisão: BCLC D. Sem opções terapêuticas com benefício.", "Sin opciones terapéuticas; cuidados paliativos.",
			"Keine weiteren Therapieoptionen, rein palliative Versorgung.", "Brak opcji terapeutycznych.",
			"Pasienten er uhelbredelig syk; ingen kurativ behandling.",
			"Závěr komise: Další možnosti protinádorové léčby nejsou. Doporučena nejlepší podpůrná péče.",
			"Hoitoneuvottelu: palliatiivinen hoitolinjaus, ei elvytystä.",
			"Sydämen vajaatoiminnan aktiiviset hoitovaihtoehdot on käytetty.",
			"הוחלט על טיפול תומך בלבד והפניה להוספיס.", "Hastaya tedavi seçeneği kalmadı, yalnızca palyatif bakım.",
			"Απόφαση: Δεν υπάρχουν θεραπευτικές επιλογές. Συστήνεται υποστηρικτική αγωγή.",
			"NUTARTA: specifinio priešnavikinio gydymo galimybių nėra. Rekomenduojama simptominė terapija." })
	void flagsAConditionNoteWithAParaphraseOfNoTreatmentLeft(String note) {
		assertThat(criterion.evaluate(picture(cancerWithNote(note)), NOW)).as(note).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Not yet ready to transition to hospice; continues second-line chemotherapy.",
			"Hospice was discussed and ruled out; she will continue treatment.",
			"Palliative radiotherapy to the T8 metastasis for pain; continues on systemic therapy.",
			"DNR/DNI confirmed with the patient; full medical treatment otherwise.",
			"Treatment is not futile: good response on the last scan.",
			"He is a candidate for further treatment once recovered.",
			"No further treatment needed after complete resection, margins clear.",
			"Comfort during the procedure was good; no sedation needed.",
			"Not a surgical candidate; proceeding with chemotherapy.",
			"Her husband was enrolled in hospice last month.", "Social history: mother admitted to hospice in 2019.",
			"I need to go home this weekend, grandma was moved to hospice. Thank you.",
			"Grandma in hospice ~6 wks - hospice/palliative team told family no more treatment options, focus on comfort.",
			"The patient's father received end-of-life care for lung cancer; the patient starts FOLFIRINOX.",
			"Palliative-intent chemotherapy continues; symptom control is good.",
			"Withdrawal of methotrexate because of toxicity; switched to leflunomide.",
			"Lesión benigna que no requiere tratamiento. No hay opciones de tratamiento necesarias.",
			"Palliatiivinen sädehoito luustoetäpesäkkeeseen, solunsalpaajahoito jatkuu." })
	void ignoresANoteThatOnlyResemblesTheParaphrases(String note) {
		assertThat(criterion.evaluate(picture(cancerWithNote(note)), NOW)).as(note).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Onkológiai konzílium: nincs további terápiás lehetőség, csak palliatív ellátás.",
			"قرار اللجنة: لا توجد خيارات علاجية أخرى، رعاية تلطيفية فقط.",
			"Konsiliumo sprendimas: gydymo galimybės išnaudotos, tik paliatyvioji pagalba.",
			"Konsīlija lēmums: ārstēšanas iespējas ir izsmeltas, tikai paliatīvā aprūpe.",
			"Zaključak tima: nema daljnjih terapijskih opcija, samo palijativna skrb.",
			"Bolest je neizlečiva; pacijentkinja upućena u hospis.",
			"Konzilij: ni več možnosti zdravljenja, samo paliativna oskrba.",
			"Onkologická komisia: bez možnosti onkologickej liečby, len paliatívna starostlivosť.",
			"Comisia oncologică: nu mai există opțiuni terapeutice, doar îngrijiri paliative.",
			"Онкологичен комитет: няма други терапевтични възможности, само палиативни грижи.",
			"Консилиум: возможности специфического противоопухолевого лечения исчерпаны, переведена в хоспис.",
			"Консиліум: можливості протипухлинного лікування вичерпані, лише паліативна допомога.",
			"Hội chẩn: không còn lựa chọn điều trị đặc hiệu, chỉ chăm sóc giảm nhẹ.",
			"Hasil tim tumor: tidak ada lagi pilihan pengobatan, hanya perawatan paliatif.",
			"ผลการประชุมทีม: หมดทางเลือกในการรักษา ดูแลแบบประคับประคองเท่านั้น",
			"Tumor board: mareez ka cancer lailaj hai, mazeed ilaj mumkin nahi, sirf palliative care.",
			"ٹیومر بورڈ: مزید علاج ممکن نہیں۔", "ट्यूमर बोर्ड: इलाज के सभी विकल्प समाप्त, केवल प्रशामक देखभाल।",
			"Bodi la uvimbe: hakuna chaguo la matibabu, huduma shufaa pekee.",
			"Ayon sa oncologist, wala nang lunas; palliative care na lang.",
			"کمیسیون تومور: هیچ گزینه درمانی دیگری وجود ندارد، فقط مراقبت تسکینی." })
	void flagsAConditionNoteWithNoTreatmentLeftInTheOtherLanguagesOfNotes(String note) {
		assertThat(criterion.evaluate(picture(cancerWithNote(note)), NOW)).as(note).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Pacientul nu este incurabil; continuă tratamentul oncologic.",
			"Больной не инкурабелен, продолжает химиотерапию.", "Bolest nije neizlječiva.",
			"Bệnh nhân không phải vô phương cứu chữa.",
			"Đái tháo đường là bệnh không thể chữa khỏi hoàn toàn, cần kiểm soát đường huyết.",
			"Edukasi: diabetes tidak dapat disembuhkan, kontrol rutin.", "Paliatyvioji spindulinė terapija, chemoterapija tęsiama.",
			"Паллиативная лучевая терапия на метастаз в позвоночнике; химиотерапия продолжается." })
	void ignoresANegatedOrOngoingTreatmentNoteInTheOtherLanguages(String note) {
		assertThat(criterion.evaluate(picture(cancerWithNote(note)), NOW)).as(note).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Продолжает химиотерапию, паллиативная помощь параллельно с противоопухолевым лечением.",
			"Pacientul continuă chimioterapia.", "Bệnh nhân tiếp tục hóa trị.", "Pasien melanjutkan kemoterapi.",
			"Az onkológiai kezelés folytatódik.", "Pokračuje protinádorová léčba." })
	void letsALaterNoteInTheOtherLanguagesThatTreatmentGoesOnOutweighTheSignalsBeforeIt(String text) {
		org.hl7.fhir.r4.model.DocumentReference hospice = note("n-1", 120, "Enrolled in hospice last week.");
		assertThat(criterion.evaluate(picture(cancer(), hospice, note("n-2", 20, text)), NOW)).as(text).isEmpty();
		assertThat(criterion.evaluate(picture(cancer(), hospice, note("n-2", 20, "Pacientul nu continuă chimioterapia.")),
				NOW)).as("a negated one").isPresent();
	}

	@Test
	void flagsAHospiceVisitByItsEncounterType() {
		Encounter visit = encounter("finished", new Coding(SNOMED, "305336008", "Admission to hospice"));

		assertThat(criterion.evaluate(picture(cancer(), visit), NOW)).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("For malignant tumor of pancreas, a visit for admission to hospice took place");
			assertThat(f.evidence()).extracting(e -> e.reference()).contains("Encounter/visit/_history/1");
		});
	}

	@Test
	void flagsAPalliativeCareVisitByItsIcd10ReasonAndAComfortCareProcedure() {
		Encounter visit = encounter("finished", new Coding("http://www.ama-assn.org/go/cpt", "99214", "Office visit"));
		visit.addReasonCode(new CodeableConcept(new Coding("http://hl7.org/fhir/sid/icd-10-cm", "Z51.5",
				"Encounter for palliative care")));
		Procedure comfort = new Procedure();
		comfort.setId("comfort");
		comfort.setStatus(Procedure.ProcedureStatus.INPROGRESS);
		comfort.setSubject(new Reference("Patient/p-1"));
		comfort.setCode(new CodeableConcept(new Coding(SNOMED, "133918004", "Comfort measures")));

		assertThat(criterion.evaluate(picture(cancer(), visit), NOW)).isPresent();
		assertThat(criterion.evaluate(picture(cancer(), comfort), NOW)).hasValueSatisfying(
				f -> assertThat(f.reason()).contains("the record shows comfort measures"));
	}

	@Test
	void ignoresACancelledHospiceVisitAPalliativeRadiotherapyProcedureAndAnOrdinaryVisit() {
		Encounter cancelled = encounter("cancelled", new Coding(SNOMED, "305336008", "Admission to hospice"));
		Procedure radiotherapy = new Procedure();
		radiotherapy.setId("rt");
		radiotherapy.setStatus(Procedure.ProcedureStatus.COMPLETED);
		radiotherapy.setSubject(new Reference("Patient/p-1"));
		radiotherapy.setCode(new CodeableConcept(new Coding(SNOMED, "108290001", "Radiation oncology AND/OR radiotherapy")));
		Encounter oncology = encounter("finished", new Coding("http://www.ama-assn.org/go/cpt", "99214", "Office visit"));

		assertThat(criterion.evaluate(picture(cancer(), cancelled), NOW)).isEmpty();
		assertThat(criterion.evaluate(picture(cancer(), radiotherapy), NOW)).isEmpty();
		assertThat(criterion.evaluate(picture(cancer(), oncology), NOW)).isEmpty();
	}

	@Test
	void ignoresAHospiceStayAndAHospiceProcedureOfYearsAgo() {
		Encounter stay = encounter("finished", new Coding(SNOMED, "305336008", "Admission to hospice"));
		stay.getPeriod().setStart(Date.from(NOW.minusSeconds(3L * 365 * 24 * 3600)));
		Procedure hospice = new Procedure();
		hospice.setId("hospice");
		hospice.setStatus(Procedure.ProcedureStatus.COMPLETED);
		hospice.setSubject(new Reference("Patient/p-1"));
		hospice.setCode(new CodeableConcept(new Coding(SNOMED, "385763009", "Hospice care")));
		hospice.setPerformed(new DateTimeType(Date.from(NOW.minusSeconds(400L * 24 * 3600))));

		assertThat(criterion.evaluate(picture(cancer(), stay), NOW)).isEmpty();
		assertThat(criterion.evaluate(picture(cancer(), hospice), NOW)).isEmpty();
		hospice.setPerformed(new DateTimeType(Date.from(NOW.minusSeconds(300L * 24 * 3600))));
		assertThat(criterion.evaluate(picture(cancer(), hospice), NOW)).as("within the year").isPresent();
	}

	@Test
	void flagsAReferralAddressedToAHospiceAndPalliativeMedicinePhysicianOfAnyBoardByPerformerType() {
		assertThat(criterion.evaluate(picture(cancer(), referral("207QH0002X")), NOW)).as("family medicine, hospice and palliative")
			.isPresent();
		assertThat(criterion.evaluate(picture(cancer(), referral("315D00000X")), NOW)).as("inpatient hospice").isPresent();
		assertThat(criterion.evaluate(picture(cancer(), referral("207RX0202X")), NOW)).as("medical oncology").isEmpty();
	}

	@Test
	void letsALaterNoteThatTreatmentGoesOnOutweighTheSignalsBeforeIt() {
		org.hl7.fhir.r4.model.DocumentReference hospice = note("n-1", 120, "Enrolled in hospice last week.");
		assertThat(criterion.evaluate(picture(cancer(), hospice), NOW)).as("hospice alone").isPresent();
		assertThat(criterion.evaluate(picture(cancer(), hospice, note("n-2", 20,
				"Responded to treatment and was discharged alive from hospice. Full active treatment.")), NOW))
			.as("a live discharge from hospice since")
			.isEmpty();
		assertThat(criterion.evaluate(picture(cancer(), note("n-2", 60, "Concurrent palliative care alongside these "
				+ "treatments; several treatment options remain."), note("n-3", 10, "Enrolled in hospice.")), NOW))
			.as("hospice after the note that treatment went on")
			.isPresent();
	}

	private static org.hl7.fhir.r4.model.DocumentReference note(String id, int daysAgo, String text) {
		org.hl7.fhir.r4.model.DocumentReference note = new org.hl7.fhir.r4.model.DocumentReference();
		note.setId(id);
		note.setStatus(org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus.CURRENT);
		note.setSubject(new Reference("Patient/p-1"));
		note.setDate(Date.from(NOW.minusSeconds(daysAgo * 24L * 3600)));
		note.addContent().setAttachment(new org.hl7.fhir.r4.model.Attachment().setContentType("text/plain")
			.setData(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		return note;
	}

	private static org.hl7.fhir.r4.model.ServiceRequest referral(String taxonomy) {
		org.hl7.fhir.r4.model.ServiceRequest referral = new org.hl7.fhir.r4.model.ServiceRequest();
		referral.setId("ref");
		referral.setStatus(org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus.ACTIVE);
		referral.setIntent(org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent.ORDER);
		referral.setSubject(new Reference("Patient/p-1"));
		referral.setCode(new CodeableConcept(new Coding(SNOMED, "3457005", "Patient referral")));
		referral.setPerformerType(new CodeableConcept(new Coding("http://nucc.org/provider-taxonomy", taxonomy, null)));
		referral.setAuthoredOn(Date.from(NOW.minusSeconds(3L * 24 * 3600)));
		return referral;
	}

	private static Encounter encounter(String status, Coding type) {
		Encounter visit = new Encounter();
		visit.setId("visit");
		visit.setStatus(Encounter.EncounterStatus.fromCode(status));
		visit.setSubject(new Reference("Patient/p-1"));
		visit.addType(new CodeableConcept(type));
		visit.getPeriod().setStart(Date.from(NOW.minusSeconds(7L * 24 * 3600)));
		return visit;
	}

	private static Condition cancer() {
		Condition cancer = new Condition();
		cancer.setId("panc");
		cancer.setSubject(new Reference("Patient/p-1"));
		cancer.setClinicalStatus(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active")));
		cancer.setCode(new CodeableConcept(new Coding(SNOMED, "363418001", "Malignant tumor of pancreas")));
		cancer.setRecordedDate(Date.from(NOW.minusSeconds(200L * 24 * 3600)));
		return cancer;
	}

	private static Condition cancerWithNote(String note) {
		Condition cancer = cancer();
		cancer.addNote(new Annotation().setText(note));
		return cancer;
	}

	private static ClinicalPicture picture(Resource... resources) {
		Patient patient = new Patient();
		patient.setId("p-1");
		List<Resource> all = new ArrayList<>(List.of(patient));
		all.addAll(List.of(resources));
		return PictureFixtures.picture(PatientRef.of("test-ehr", "p-1"), all);
	}

}
