package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.PatientDetails;
import org.secondopinion.assessment.picture.PerformedProcedure;
import org.secondopinion.assessment.picture.PlannedProcedure;
import org.secondopinion.events.PatientRef;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class MajorProcedurePlannedTests {

	private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

	private static final CodedConcept SPINAL_FUSION = new CodedConcept("http://snomed.info/sct", "55705006", "Spinal fusion");

	private static final CodedConcept PHYSIOTHERAPY = new CodedConcept("http://snomed.info/sct", "91251008", "Physical therapy procedure");

	private static final CodedConcept KNEE_REPLACEMENT = new CodedConcept("http://snomed.info/sct", "609588000", "Total knee replacement");

	private final MajorProcedurePlanned criterion = criterion(ZoneOffset.UTC);

	@Test
	void flagsAnActiveOrderForSpinalFusionAsMajorProcedure() {
		Optional<Finding> finding = criterion.evaluate(picture(List.of(request("sr-1", SPINAL_FUSION, "active", "order", null)), List.of()), NOW);

		assertThat(finding).hasValueSatisfying(f -> {
			assertThat(f.code().code()).isEqualTo("MAJOR_PROCEDURE_PLANNED");
			assertThat(f.reason()).isEqualTo("Spinal fusion is planned; a second opinion before major surgery can confirm it is the right treatment.");
			assertThat(f.evidence()).singleElement().satisfies(e -> {
				assertThat(e.reference()).isEqualTo("ServiceRequest/sr-1/_history/1");
				assertThat(e.display()).isEqualTo("Spinal fusion");
			});
			assertThat(f.urgent()).isFalse();
		});
	}

	@Test
	void ignoresARequestForAProcedureOutsideTheValueSet() {
		assertThat(criterion.evaluate(picture(List.of(request("sr-2", PHYSIOTHERAPY, "active", "order", null)), List.of()), NOW)).isEmpty();
	}

	@Test
	void ignoresACompletedOrRevokedRequest() {
		assertThat(criterion.evaluate(picture(List.of(request("sr-3", SPINAL_FUSION, "completed", "order", null),
				request("sr-4", SPINAL_FUSION, "revoked", "order", null)), List.of()), NOW)).isEmpty();
	}

	@Test
	void ignoresAMereReferralIntentThatIsNotAPlan() {
		assertThat(criterion.evaluate(picture(List.of(request("sr-5", SPINAL_FUSION, "active", "filler-order", null)), List.of()), NOW)).isEmpty();
	}

	@Test
	void ignoresARequestAlreadyFulfilledByAProcedure() {
		PerformedProcedure done = new PerformedProcedure("Procedure/pr-1/_history/1", List.of(SPINAL_FUSION), "completed",
				NOW.minus(Duration.ofDays(2)), List.of("ServiceRequest/sr-6"));

		assertThat(criterion.evaluate(picture(List.of(request("sr-6", SPINAL_FUSION, "active", "order", null)), List.of(done)), NOW)).isEmpty();
	}

	@Test
	void treatsTheSameProcedureDoneAfterTheRequestAsPerformed() {
		PerformedProcedure done = new PerformedProcedure("Procedure/pr-2/_history/1", List.of(SPINAL_FUSION), "completed",
				NOW.minus(Duration.ofDays(1)), List.of());

		assertThat(criterion.evaluate(picture(List.of(request("sr-7", SPINAL_FUSION, "active", "order", null)), List.of(done)), NOW)).isEmpty();
	}

	@Test
	void keepsFlaggingWhenTheSameProcedureWasDoneYearsBeforeTheRequest() {
		PerformedProcedure earlier = new PerformedProcedure("Procedure/pr-3/_history/1", List.of(SPINAL_FUSION), "completed",
				NOW.minus(Duration.ofDays(2000)), List.of());

		assertThat(criterion.evaluate(picture(List.of(request("sr-8", SPINAL_FUSION, "active", "order", null)), List.of(earlier)), NOW)).isPresent();
	}

	@Test
	void marksSurgeryScheduledWithinThirtyDaysAsUrgentAndSaysWhen() {
		Optional<Finding> finding = criterion.evaluate(picture(List.of(request("sr-9", SPINAL_FUSION, "active", "order", NOW.plus(Duration.ofDays(10)))), List.of()), NOW);

		assertThat(finding).hasValueSatisfying(f -> {
			assertThat(f.urgent()).isTrue();
			assertThat(f.reason()).startsWith("Spinal fusion on 11 Jun 2026 is planned");
		});
	}

	@Test
	void flagsAProcedureInPreparation() {
		PlannedProcedure preparation = new PlannedProcedure("Procedure", "pr-4", "Procedure/pr-4/_history/2", List.of(SPINAL_FUSION),
				"preparation", null, null, null);

		assertThat(criterion.evaluate(picture(List.of(preparation), List.of()), NOW)).isPresent();
	}

	@Test
	void flagsAThyroidectomyInPreparationWithoutADateAsPlannedSurgery() {
		PlannedProcedure thyroidectomy = new PlannedProcedure("Procedure", "pr-5", "Procedure/pr-5/_history/1",
				List.of(new CodedConcept("http://www.ama-assn.org/go/cpt", "60240", "Thyroidectomy, total or complete")),
				"preparation", null, null, null, "Total thyroidectomy (substernal goiter)");

		assertThat(criterion.evaluate(picture(List.of(thyroidectomy), List.of()), NOW)).hasValueSatisfying(f -> assertThat(
				f.evidence()).extracting(Evidence::reference).containsExactly("Procedure/pr-5/_history/1"));
	}

	@Test
	void flagsASacrocolpopexyInPreparationWithoutADateAsPlannedSurgery() {
		PlannedProcedure sacrocolpopexy = new PlannedProcedure("Procedure", "pr-6", "Procedure/pr-6/_history/1",
				List.of(new CodedConcept("http://www.ama-assn.org/go/cpt", "57425", "Laparoscopy, surgical, colpopexy (suspension of vaginal apex)")),
				"preparation", null, null, null, "Laparoscopic sacrocolpopexy with cystoscopy");

		assertThat(criterion.evaluate(picture(List.of(sacrocolpopexy), List.of()), NOW)).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("Laparoscopy, surgical, colpopexy (suspension of vaginal apex) is planned;");
			assertThat(f.due()).isNull();
		});
	}

	@Test
	void flagsATextOnlySacrocolpopexyButNotATextOnlyHysteroscopicMyomectomy() {
		PlannedProcedure sacrocolpopexy = new PlannedProcedure("ServiceRequest", "sr-s", "ServiceRequest/sr-s/_history/1",
				List.of(), "active", "order", NOW.minus(Duration.ofDays(3)), null, "Robotic sacrocolpopexy for vault prolapse");
		PlannedProcedure hysteroscopic = new PlannedProcedure("ServiceRequest", "sr-h", "ServiceRequest/sr-h/_history/1",
				List.of(), "active", "order", NOW.minus(Duration.ofDays(3)), null, "Hysteroscopic myomectomy");

		assertThat(criterion.evaluate(picture(List.of(sacrocolpopexy), List.of()), NOW)).isPresent();
		assertThat(criterion.evaluate(picture(List.of(hysteroscopic), List.of()), NOW)).isEmpty();
	}

	@Test
	void flagsALumbarArthrodesisCodedInCptThatTheValueSetCoversOnlyAsAFamily() {
		CodedConcept lumbarFusion = new CodedConcept("http://www.ama-assn.org/go/cpt", "22612",
				"Arthrodesis, posterior or posterolateral technique, single interspace; lumbar");
		assertThat(criterion.evaluate(picture(List.of(request("sr-cpt", lumbarFusion, "active", "order", null)), List.of()), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Arthrodesis, posterior or posterolateral technique"));
	}

	@Test
	void flagsARadicalProstatectomyAsADescendantOfProstatectomyInTheShippedExpansion() {
		CodedConcept radical = new CodedConcept("http://snomed.info/sct", "26294005", "Radical prostatectomy");
		assertThat(criterion.evaluate(picture(List.of(request("sr-rp", radical, "active", "order", null)), List.of()), NOW)).isPresent();
	}

	@Test
	void describesTheValueSetWithItsExpansionDateForTheRuleCatalog() {
		assertThat(criterion.parameters().get("major-procedure.value-set")).startsWith("MajorProcedures 2026.12-16")
			.contains("shipped expansion of 14 codes dated 2026-12-08T00:00:00Z");
	}

	@Test
	void reportsASurgeryWhoseDateHasPassedAsNotRecordedInsteadOfPlannedAndNotUrgent() {
		Optional<Finding> finding = criterion.evaluate(picture(List.of(request("sr-10", SPINAL_FUSION, "active", "order", day("2026-05-18"))), List.of()), NOW);

		assertThat(finding).hasValueSatisfying(f -> {
			assertThat(f.code().code()).isEqualTo("MAJOR_PROCEDURE_PLANNED");
			assertThat(f.reason()).isEqualTo("Spinal fusion was scheduled for 18 May 2026 and is not recorded as performed; "
					+ "confirm whether it took place before referring.");
			assertThat(f.urgent()).isFalse();
			assertThat(f.due()).isEqualTo(new Due(LocalDate.of(2026, 5, 18), true));
			assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("ServiceRequest/sr-10/_history/1");
		});
	}

	@Test
	void marksSurgeryScheduledForTodayAsUrgentEvenAfterItsStartOfDay() {
		Optional<Finding> finding = criterion.evaluate(picture(List.of(request("sr-11", SPINAL_FUSION, "active", "order", day("2026-06-01"))), List.of()), NOW);

		assertThat(finding).hasValueSatisfying(f -> {
			assertThat(f.urgent()).isTrue();
			assertThat(f.reason()).startsWith("Spinal fusion on 1 Jun 2026 is planned");
			assertThat(f.due()).isEqualTo(new Due(LocalDate.of(2026, 6, 1), false));
		});
	}

	@Test
	void countsTheUrgencyWindowInWholeDaysWithItsLastDayIncluded() {
		assertThat(criterion.evaluate(picture(List.of(request("sr-12", SPINAL_FUSION, "active", "order", day("2026-07-01"))), List.of()), NOW))
			.as("30 days ahead").hasValueSatisfying(f -> assertThat(f.urgent()).isTrue());
		assertThat(criterion.evaluate(picture(List.of(request("sr-13", SPINAL_FUSION, "active", "order", day("2026-07-02"))), List.of()), NOW))
			.as("31 days ahead").hasValueSatisfying(f -> assertThat(f.urgent()).isFalse());
		assertThat(criterion.evaluate(picture(List.of(request("sr-14", SPINAL_FUSION, "active", "order",
				Instant.parse("2026-07-01T23:59:00Z"))), List.of()), NOW))
			.as("late on the 30th day").hasValueSatisfying(f -> assertThat(f.urgent()).isTrue());
	}

	@Test
	void keepsAskingToConfirmForNinetyDaysAfterTheDateThenDropsTheStaleOrder() {
		assertThat(criterion.evaluate(picture(List.of(request("sr-15", SPINAL_FUSION, "active", "order", day("2026-03-03"))), List.of()), NOW))
			.as("90 days past").hasValueSatisfying(f -> assertThat(f.reason()).contains("was scheduled for 3 Mar 2026"));
		assertThat(criterion.evaluate(picture(List.of(request("sr-16", SPINAL_FUSION, "active", "order", day("2026-03-02"))), List.of()), NOW))
			.as("91 days past").isEmpty();
	}

	@Test
	void reportsNothingForAPastDatedOrderThatAProcedureFulfilled() {
		PerformedProcedure done = new PerformedProcedure("Procedure/pr-5/_history/1", List.of(SPINAL_FUSION), "completed",
				day("2026-05-18"), List.of("ServiceRequest/sr-17"));

		assertThat(criterion.evaluate(picture(List.of(request("sr-17", SPINAL_FUSION, "active", "order", day("2026-05-18"))), List.of(done)), NOW)).isEmpty();
	}

	@Test
	void saysWhichProceduresArePlannedAndWhichAreOverdueWhenBothAreOpen() {
		Optional<Finding> finding = criterion.evaluate(picture(List.of(request("sr-18", SPINAL_FUSION, "active", "order", day("2026-05-20")),
				request("sr-19", KNEE_REPLACEMENT, "active", "order", day("2026-06-20"))), List.of()), NOW);

		assertThat(finding).hasValueSatisfying(f -> {
			assertThat(f.reason()).isEqualTo("Total knee replacement on 20 Jun 2026 is planned; a second opinion before major surgery "
					+ "can confirm it is the right treatment. Spinal fusion was scheduled for 20 May 2026 and is not recorded as "
					+ "performed; confirm whether it took place before referring.");
			assertThat(f.urgent()).isTrue();
			assertThat(f.due()).isEqualTo(new Due(LocalDate.of(2026, 5, 20), true));
		});
	}

	@Test
	void asksToReassessWhenTheDateEntersTheWindowPassesOrLapses() {
		assertThat(criterion.evaluate(picture(List.of(request("sr-20", SPINAL_FUSION, "active", "order", day("2026-08-10"))), List.of()), NOW))
			.hasValueSatisfying(f -> assertThat(f.changesAt()).isEqualTo(Instant.parse("2026-07-11T00:00:00Z")));
		assertThat(criterion.evaluate(picture(List.of(request("sr-21", SPINAL_FUSION, "active", "order", day("2026-06-10"))), List.of()), NOW))
			.hasValueSatisfying(f -> assertThat(f.changesAt()).isEqualTo(Instant.parse("2026-06-11T00:00:00Z")));
		assertThat(criterion.evaluate(picture(List.of(request("sr-22", SPINAL_FUSION, "active", "order", day("2026-05-10"))), List.of()), NOW))
			.hasValueSatisfying(f -> assertThat(f.changesAt()).isEqualTo(Instant.parse("2026-08-09T00:00:00Z")));
		assertThat(criterion.evaluate(picture(List.of(request("sr-23", SPINAL_FUSION, "active", "order", null)), List.of()), NOW))
			.hasValueSatisfying(f -> assertThat(f.changesAt()).isNull());
	}

	@Test
	void countsDaysOnTheCalendarOfTheConfiguredZone() {
		// 12:30 UTC on 1 June is already 00:30 on 2 June in Auckland (UTC+12 in June)
		Instant now = Instant.parse("2026-06-01T12:30:00Z");
		PlannedProcedure lateOnTheFirst = request("sr-24", SPINAL_FUSION, "active", "order", Instant.parse("2026-06-01T11:00:00Z"));

		assertThat(criterion.evaluate(picture(List.of(lateOnTheFirst), List.of()), now))
			.as("in UTC both are 1 June: today").hasValueSatisfying(f -> {
				assertThat(f.urgent()).isTrue();
				assertThat(f.reason()).startsWith("Spinal fusion on 1 Jun 2026 is planned");
			});
		assertThat(criterion(ZoneId.of("Pacific/Auckland")).evaluate(picture(List.of(lateOnTheFirst), List.of()), now))
			.as("in Auckland the surgery was at 23:00 yesterday").hasValueSatisfying(f -> {
				assertThat(f.urgent()).isFalse();
				assertThat(f.reason()).startsWith("Spinal fusion was scheduled for 1 Jun 2026 and is not recorded as performed");
				assertThat(f.due()).isEqualTo(new Due(LocalDate.of(2026, 6, 1), true));
				assertThat(f.changesAt()).isEqualTo(Instant.parse("2026-08-30T12:00:00Z"));
			});
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "http://www.ama-assn.org/go/cpt, 34705, endovascular aortic aneurysm repair",
			"http://www.ama-assn.org/go/cpt, 61867, deep brain stimulator electrode implantation",
			"http://www.cms.gov/Medicare/Coding/ICD10, 00H00MZ, insertion of neurostimulator lead into brain",
			"http://www.ama-assn.org/go/cpt, 35656, femoral-popliteal bypass",
			"http://www.ama-assn.org/go/cpt, 35301, carotid endarterectomy",
			"http://www.ama-assn.org/go/cpt, 50365, renal allotransplantation",
			"http://www.ama-assn.org/go/cpt, 47135, liver transplant", "http://www.ama-assn.org/go/cpt, 33945, heart transplant",
			"http://www.ama-assn.org/go/cpt, 32854, bilateral lung transplant",
			"http://www.ama-assn.org/go/cpt, 63047, lumbar laminectomy", "http://www.ama-assn.org/go/cpt, 31365, laryngectomy with neck dissection",
			"http://www.ama-assn.org/go/cpt, 60540, adrenalectomy", "http://www.ama-assn.org/go/cpt, 43644, gastric bypass",
			"http://www.cms.gov/Medicare/Coding/ICD10, 04V03DZ, EVAR in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0TY00Z0, kidney transplant in ICD-10-PCS",
			"http://snomed.info/sct, 444588006, endovascular repair of abdominal aortic aneurysm",
			"http://www.ama-assn.org/go/cpt, 60240, total thyroidectomy",
			"http://www.ama-assn.org/go/cpt, 60220, thyroid lobectomy",
			"http://www.ama-assn.org/go/cpt, 60271, substernal thyroidectomy by cervical approach",
			"http://www.ama-assn.org/go/cpt, 60500, parathyroidectomy",
			"http://www.ama-assn.org/go/cpt, 60521, thymectomy by sternal split",
			"http://www.ama-assn.org/go/cpt, 60650, laparoscopic adrenalectomy",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0GTK0ZZ, resection of thyroid in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0GTR0ZZ, resection of parathyroid in ICD-10-PCS",
			"http://snomed.info/sct, 24443003, total thyroidectomy as a descendant of thyroidectomy",
			"http://www.ama-assn.org/go/cpt, 57425, laparoscopic sacrocolpopexy",
			"http://www.ama-assn.org/go/cpt, 57280, abdominal sacrocolpopexy",
			"http://www.ama-assn.org/go/cpt, 57283, uterosacral ligament suspension",
			"http://www.ama-assn.org/go/cpt, 57285, vaginal paravaginal defect repair",
			"http://www.ama-assn.org/go/cpt, 58146, abdominal myomectomy of five or more fibroids",
			"http://www.ama-assn.org/go/cpt, 58545, laparoscopic myomectomy",
			"http://www.ama-assn.org/go/cpt, 56633, radical vulvectomy",
			"http://www.ama-assn.org/go/cpt, 57531, radical trachelectomy",
			"http://www.ama-assn.org/go/cpt, 45126, pelvic exenteration for colorectal malignancy",
			"http://www.ama-assn.org/go/cpt, 58240, pelvic exenteration for gynaecological malignancy",
			"http://snomed.info/sct, 699782009, laparoscopic sacrocolpopexy in SNOMED CT" })
	void flagsEverySurgicalSpecialtysMajorOperations(String system, String code, String what) {
		assertThat(criterion.evaluate(picture(List.of(request("sr-x", new CodedConcept(system, code, what), "active", "order", null)), List.of()), NOW))
			.as(what).isPresent();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "http://www.ama-assn.org/go/cpt, 36556, central venous catheter",
			"http://www.ama-assn.org/go/cpt, 36821, arteriovenous fistula for dialysis",
			"http://www.ama-assn.org/go/cpt, 45378, colonoscopy", "http://www.ama-assn.org/go/cpt, 66984, cataract surgery",
			"http://www.ama-assn.org/go/cpt, 29881, knee arthroscopy", "http://www.ama-assn.org/go/cpt, 11402, skin excision",
			"http://www.ama-assn.org/go/cpt, 34700, below the aortic family",
			"http://www.ama-assn.org/go/cpt, 60100, thyroid core needle biopsy",
			"http://www.ama-assn.org/go/cpt, 60300, aspiration of a thyroid cyst",
			"http://www.ama-assn.org/go/cpt, 60280, thyroglossal duct cyst excision",
			"http://www.ama-assn.org/go/cpt, 60660, radiofrequency ablation of a thyroid nodule",
			"http://www.ama-assn.org/go/cpt, 60699, unlisted endocrine procedure",
			"http://www.cms.gov/Medicare/Coding/ICD10, 031C0ZF, radial artery to vein fistula",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0DB68ZX, endoscopic gastric biopsy",
			"http://www.ama-assn.org/go/cpt, 57160, pessary fitting", "http://www.ama-assn.org/go/cpt, 57454, colposcopy with biopsy",
			"http://www.ama-assn.org/go/cpt, 57461, LEEP conization", "http://www.ama-assn.org/go/cpt, 57522, LEEP",
			"http://www.ama-assn.org/go/cpt, 58558, hysteroscopy with polypectomy",
			"http://www.ama-assn.org/go/cpt, 58561, hysteroscopic myomectomy",
			"http://www.ama-assn.org/go/cpt, 58120, dilation and curettage", "http://www.ama-assn.org/go/cpt, 58300, IUD insertion",
			"https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets, A4562, pessary supply" })
	void leavesMinorProceduresOut(String system, String code, String what) {
		assertThat(criterion.evaluate(picture(List.of(request("sr-y", new CodedConcept(system, code, what), "active", "order", null)), List.of()), NOW))
			.as(what).isEmpty();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({
			"http://www.ama-assn.org/go/cpt, 15757, free flap with microvascular anastomosis",
			"http://www.ama-assn.org/go/cpt, 19367, TRAM flap breast reconstruction",
			"http://www.ama-assn.org/go/cpt, 21196, sagittal split osteotomy",
			"http://www.ama-assn.org/go/cpt, 22856, cervical disc arthroplasty",
			"http://www.ama-assn.org/go/cpt, 22207, three-column spinal osteotomy",
			"http://www.ama-assn.org/go/cpt, 27236, hemiarthroplasty for femoral neck fracture",
			"http://www.ama-assn.org/go/cpt, 27245, intramedullary nail of intertrochanteric fracture",
			"http://www.ama-assn.org/go/cpt, 27506, femoral shaft nailing",
			"http://www.ama-assn.org/go/cpt, 27759, tibial shaft nailing",
			"http://www.ama-assn.org/go/cpt, 27226, acetabular fracture fixation",
			"http://www.ama-assn.org/go/cpt, 27702, total ankle replacement",
			"http://www.ama-assn.org/go/cpt, 28725, subtalar arthrodesis",
			"http://www.ama-assn.org/go/cpt, 28805, transmetatarsal amputation",
			"http://www.ama-assn.org/go/cpt, 24900, above-elbow amputation",
			"http://www.ama-assn.org/go/cpt, 25927, transmetacarpal amputation",
			"http://www.ama-assn.org/go/cpt, 31780, tracheal resection",
			"http://www.ama-assn.org/go/cpt, 32320, pleurectomy and decortication",
			"http://www.ama-assn.org/go/cpt, 32672, lung volume reduction",
			"http://www.ama-assn.org/go/cpt, 33340, left atrial appendage closure",
			"http://www.ama-assn.org/go/cpt, 33475, pulmonary valve replacement",
			"http://www.ama-assn.org/go/cpt, 33692, tetralogy of Fallot repair",
			"http://www.ama-assn.org/go/cpt, 33979, LVAD implantation",
			"http://www.ama-assn.org/go/cpt, 34844, fenestrated EVAR",
			"http://www.ama-assn.org/go/cpt, 37215, carotid stenting",
			"http://www.ama-assn.org/go/cpt, 37226, femoropopliteal stent",
			"http://www.ama-assn.org/go/cpt, 92928, coronary stent",
			"http://www.ama-assn.org/go/cpt, 93656, atrial fibrillation ablation",
			"http://www.ama-assn.org/go/cpt, 93583, alcohol septal ablation",
			"http://www.ama-assn.org/go/cpt, 38120, laparoscopic splenectomy",
			"http://www.ama-assn.org/go/cpt, 38745, axillary lymph node dissection",
			"http://www.ama-assn.org/go/cpt, 38780, retroperitoneal lymph node dissection",
			"http://www.ama-assn.org/go/cpt, 39220, mediastinal tumour resection",
			"http://www.ama-assn.org/go/cpt, 42420, total parotidectomy",
			"http://www.ama-assn.org/go/cpt, 43281, laparoscopic paraesophageal hernia repair",
			"http://www.ama-assn.org/go/cpt, 43775, sleeve gastrectomy",
			"http://www.ama-assn.org/go/cpt, 43845, duodenal switch",
			"http://www.ama-assn.org/go/cpt, 44202, laparoscopic small bowel resection",
			"http://www.ama-assn.org/go/cpt, 44626, Hartmann reversal",
			"http://www.ama-assn.org/go/cpt, 45402, laparoscopic rectopexy with sigmoid resection",
			"http://www.ama-assn.org/go/cpt, 47562, laparoscopic cholecystectomy",
			"http://www.ama-assn.org/go/cpt, 47780, hepaticojejunostomy",
			"http://www.ama-assn.org/go/cpt, 48155, total pancreatectomy",
			"http://www.ama-assn.org/go/cpt, 49205, cytoreductive surgery",
			"http://www.ama-assn.org/go/cpt, 50405, pyeloplasty",
			"http://www.ama-assn.org/go/cpt, 50081, percutaneous nephrolithotomy of a stone over 2 cm",
			"http://www.ama-assn.org/go/cpt, 50075, open nephrolithotomy of a staghorn calculus",
			"http://www.ama-assn.org/go/cpt, 50820, ileal conduit",
			"http://www.ama-assn.org/go/cpt, 51960, augmentation cystoplasty",
			"http://www.ama-assn.org/go/cpt, 54125, penectomy",
			"http://www.ama-assn.org/go/cpt, 54530, radical orchiectomy",
			"http://www.ama-assn.org/go/cpt, 58720, salpingo-oophorectomy",
			"http://www.ama-assn.org/go/cpt, 58943, oophorectomy for ovarian malignancy",
			"http://www.ama-assn.org/go/cpt, 60605, carotid body tumour excision",
			"http://www.ama-assn.org/go/cpt, 61736, laser interstitial thermal therapy",
			"http://www.ama-assn.org/go/cpt, 61885, neurostimulator pulse generator",
			"http://www.ama-assn.org/go/cpt, 62223, ventriculoperitoneal shunt",
			"http://www.ama-assn.org/go/cpt, 62362, intrathecal pump",
			"http://www.ama-assn.org/go/cpt, 63685, spinal cord stimulator generator",
			"http://www.ama-assn.org/go/cpt, 64568, vagus nerve stimulator",
			"http://www.ama-assn.org/go/cpt, 65101, enucleation of eye",
			"http://www.ama-assn.org/go/cpt, 65756, endothelial keratoplasty",
			"http://www.ama-assn.org/go/cpt, 67042, vitrectomy with membrane peeling",
			"http://www.ama-assn.org/go/cpt, 67108, retinal detachment repair with vitrectomy",
			"http://www.ama-assn.org/go/cpt, 69502, mastoidectomy",
			"http://www.ama-assn.org/go/cpt, 69930, cochlear implant",
			"http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets, S2068, DIEP flap breast reconstruction",
			"http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets, C9600, drug-eluting coronary stent",
			"http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets, G0413, percutaneous fixation of posterior pelvic fracture",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0DTB0ZZ, resection of ileum",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0DB64Z3, laparoscopic sleeve gastrectomy",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0DTN4ZZ, laparoscopic sigmoidectomy",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0FT44ZZ, laparoscopic cholecystectomy in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 07TP0ZZ, splenectomy in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0D1B0Z4, ileostomy",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0T1807D, ileal conduit in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 00160J2, ventriculoperitoneal shunt in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0SB20ZZ, lumbar discectomy in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0QS636Z, intramedullary nailing of femur",
			"http://www.cms.gov/Medicare/Coding/ICD10, 02RF38Z, transcatheter aortic valve replacement in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 02583ZZ, catheter ablation of the conduction mechanism",
			"http://www.cms.gov/Medicare/Coding/ICD10, 02703DZ, coronary stent in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 03CK0ZZ, carotid endarterectomy in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 08R83KZ, keratoplasty in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 08T43ZZ, vitrectomy in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 09HD05Z, cochlear implant in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0DY80Z0, small intestine transplantation",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0UT20ZZ, bilateral oophorectomy",
			"http://snomed.info/sct, 38102005, cholecystectomy in SNOMED CT",
			"http://snomed.info/sct, 45595009, laparoscopic cholecystectomy as a descendant of cholecystectomy",
			"http://snomed.info/sct, 234319005, splenectomy in SNOMED CT" })
	void flagsTheMajorOperationsOfEveryBodySystemInEachCodeSystem(String system, String code, String what) {
		assertThat(criterion.evaluate(picture(List.of(request("sr-b", new CodedConcept(system, code, what), "active", "order", null)), List.of()), NOW))
			.as(what).isPresent();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({
			"http://www.ama-assn.org/go/cpt, 24065, biopsy of the upper arm, between the amputation codes",
			"http://www.ama-assn.org/go/cpt, 25111, ganglion excision at the wrist",
			"http://www.ama-assn.org/go/cpt, 25600, closed treatment of a distal radius fracture",
			"http://www.ama-assn.org/go/cpt, 27220, closed treatment of an acetabular fracture",
			"http://www.ama-assn.org/go/cpt, 27230, closed treatment of a femoral neck fracture",
			"http://www.ama-assn.org/go/cpt, 27509, percutaneous fixation of a distal femoral fracture",
			"http://www.ama-assn.org/go/cpt, 22513, kyphoplasty",
			"http://www.ama-assn.org/go/cpt, 20610, joint injection",
			"http://www.ama-assn.org/go/cpt, 64721, carpal tunnel release",
			"http://www.ama-assn.org/go/cpt, 62322, epidural injection",
			"http://www.ama-assn.org/go/cpt, 62252, shunt reprogramming",
			"http://www.ama-assn.org/go/cpt, 63650, percutaneous spinal cord stimulator trial electrode",
			"http://www.ama-assn.org/go/cpt, 61750, stereotactic brain biopsy",
			"http://www.ama-assn.org/go/cpt, 38500, lymph node biopsy",
			"http://www.ama-assn.org/go/cpt, 38220, bone marrow aspiration",
			"http://www.ama-assn.org/go/cpt, 32554, thoracentesis",
			"http://www.ama-assn.org/go/cpt, 31600, tracheostomy",
			"http://www.ama-assn.org/go/cpt, 33208, pacemaker implantation",
			"http://www.ama-assn.org/go/cpt, 93458, coronary angiography",
			"http://www.ama-assn.org/go/cpt, 93451, right heart catheterisation",
			"http://www.ama-assn.org/go/cpt, 43239, upper endoscopy with biopsy",
			"http://www.ama-assn.org/go/cpt, 43246, percutaneous endoscopic gastrostomy",
			"http://www.ama-assn.org/go/cpt, 44300, tube enterostomy",
			"http://www.ama-assn.org/go/cpt, 44950, appendicectomy",
			"http://www.ama-assn.org/go/cpt, 49505, inguinal hernia repair",
			"http://www.ama-assn.org/go/cpt, 42826, tonsillectomy",
			"http://www.ama-assn.org/go/cpt, 47000, liver biopsy",
			"http://www.ama-assn.org/go/cpt, 47382, percutaneous radiofrequency ablation of a liver tumour",
			"http://www.ama-assn.org/go/cpt, 50590, lithotripsy",
			"http://www.ama-assn.org/go/cpt, 52356, ureteroscopy with lithotripsy and stent",
			"http://www.ama-assn.org/go/cpt, 50432, percutaneous nephrostomy tube",
			"http://www.ama-assn.org/go/cpt, 52601, transurethral resection of the prostate",
			"http://www.ama-assn.org/go/cpt, 57288, sling operation for stress incontinence",
			"http://www.ama-assn.org/go/cpt, 58670, laparoscopic tubal sterilisation",
			"http://www.ama-assn.org/go/cpt, 59510, caesarean delivery",
			"http://www.ama-assn.org/go/cpt, 67028, intravitreal injection",
			"http://www.ama-assn.org/go/cpt, 66170, trabeculectomy",
			"http://www.ama-assn.org/go/cpt, 67400, orbitotomy for exploration or biopsy",
			"http://www.ama-assn.org/go/cpt, 67415, orbital fine needle aspiration",
			"http://www.ama-assn.org/go/cpt, 67440, orbitotomy for drainage",
			"http://www.ama-assn.org/go/cpt, 67450, orbitotomy for exploration or biopsy",
			"http://www.ama-assn.org/go/cpt, 69540, aural polyp excision",
			"http://www.ama-assn.org/go/cpt, 69436, tympanostomy tubes",
			"http://www.ama-assn.org/go/cpt, 69631, tympanoplasty without mastoidectomy",
			"http://www.ama-assn.org/go/cpt, 36475, endovenous ablation of a varicose vein",
			"http://www.ama-assn.org/go/cpt, 21040, excision of a mandibular cyst",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0DTJ4ZZ, laparoscopic appendicectomy",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0DBN8ZX, colonoscopic biopsy of sigmoid",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0DBN8ZZ, colonoscopic polypectomy",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0FB03ZX, percutaneous liver biopsy",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0UT74ZZ, bilateral salpingectomy",
			"http://www.cms.gov/Medicare/Coding/ICD10, 08RJ3JZ, cataract lens replacement",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0CTP0ZZ, tonsillectomy in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0DH63UZ, percutaneous endoscopic gastrostomy in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0B110F4, tracheostomy in ICD-10-PCS",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0SB20ZX, biopsy of a lumbar disc",
			"http://www.cms.gov/Medicare/Coding/ICD10, 02H63JZ, pacemaker lead insertion",
			"http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets, A4562, pessary supply as an HCPCS code" })
	void leavesTheMinorProceduresOfTheSameOrgansOut(String system, String code, String what) {
		assertThat(criterion.evaluate(picture(List.of(request("sr-m", new CodedConcept(system, code, what), "active", "order", null)), List.of()), NOW))
			.as(what).isEmpty();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "Artroplastia total do joelho direito",
			"Arthroplastie totale de hanche gauche", "Hüft-TEP rechts", "Total höftledsplastik höger (TPH)",
			"Histerectomía total laparoscópica", "Hysterektomie, abdominal", "Mastectomia radical modificada",
			"Artrodese lombar L4-L5", "Oesophagectomy (Ivor Lewis)",
			"Aordiklapi protesseerimine bioloogilise proteesiga, sternotoomia", "Põlveliigese endoproteesimine paremal" })
	void flagsARequestWrittenInAnotherLanguageOrSpelling(String text) {
		PlannedProcedure request = new PlannedProcedure("ServiceRequest", "sr-l", "ServiceRequest/sr-l/_history/1", List.of(),
				"active", "order", NOW.minus(Duration.ofDays(3)), null, text);

		assertThat(criterion.evaluate(picture(List.of(request), List.of()), NOW)).as(text).isPresent();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "Эндопротезирование тазобедренного сустава справа",
			"Аортокоронарное шунтирование, 3 шунта", "Ендопротезування колінного суглоба зліва",
			"Панкреатодуоденальна резекція", "Хистеректомия с двустранна аднексектомия",
			"Totalna endoproteza kuka desno", "Zamjena aortnog zaliska biološkom protezom", "Hemikolektomija desno",
			"Náhrada aortálnej chlopne", "Artroplastie totală de șold stâng", "Bypass aortocoronarian",
			"Kelio sąnario endoprotezavimas kairėje", "Gūžas locītavas endoprotezēšana", "Thay khớp háng toàn phần bên phải",
			"Cắt thùy phổi trên phải", "Penggantian katup aorta", "Histerektomi total", "ผ่าตัดเปลี่ยนข้อเข่าเทียม ข้างขวา",
			"تعویض مفصل زانو", "Upasuaji wa kubadilisha goti", "घुटना प्रत्यारोपण" })
	void flagsARequestWrittenInTheOtherLanguagesHospitalsWriteIn(String text) {
		PlannedProcedure request = new PlannedProcedure("ServiceRequest", "sr-l", "ServiceRequest/sr-l/_history/1", List.of(),
				"active", "order", NOW.minus(Duration.ofDays(3)), null, text);

		assertThat(criterion.evaluate(picture(List.of(request), List.of()), NOW)).as(text).isPresent();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "Не планируется эндопротезирование коленного сустава",
			"Không thay khớp gối", "Tidak direncanakan penggantian katup aorta", "Cắt polyp đại tràng qua nội soi",
			"Эндоскопическая резекция слизистой желудка" })
	void leavesANegatedOrMinorOperationInTheOtherLanguagesOut(String text) {
		PlannedProcedure request = new PlannedProcedure("ServiceRequest", "sr-l", "ServiceRequest/sr-l/_history/1", List.of(),
				"active", "order", NOW.minus(Duration.ofDays(3)), null, text);

		assertThat(criterion.evaluate(picture(List.of(request), List.of()), NOW)).as(text).isEmpty();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "Laparoscopic cholecystectomy for symptomatic gallstones",
			"Elective coronary angioplasty and stenting of the LAD", "Pulmonary vein isolation for paroxysmal AF",
			"Deep brain stimulation for Parkinson disease", "Cochlear implantation, right ear", "Right total ankle replacement",
			"Keratoplasty for keratoconus", "Vitrectomy for macular hole", "Bilateral salpingo-oophorectomy (BRCA1)",
			"Hartmann reversal", "Spinal cord stimulator implantation", "L4-5 microdiscectomy", "Mastoidectomy for cholesteatoma" })
	void flagsARequestSentAsTextAloneThatNamesAnOperationOfTheWidenedFamilies(String text) {
		PlannedProcedure request = new PlannedProcedure("ServiceRequest", "sr-n", "ServiceRequest/sr-n/_history/1", List.of(),
				"active", "order", NOW.minus(Duration.ofDays(3)), null, text);

		assertThat(criterion.evaluate(picture(List.of(request), List.of()), NOW)).as(text).isPresent();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "Liver biopsy", "Excision lymph node biopsy, neck",
			"Intravitreal injection of aflibercept", "Deep brain stimulation programming", "Cochlear implant mapping",
			"Enucleation of sebaceous cyst", "Holmium laser enucleation of the prostate", "Ultrasound after cholecystectomy",
			"Wound review post splenectomy", "Colostomy bag supplies", "Tonsillectomy", "Coronary angiography",
			"Talc pleurodesis via chest drain", "LVAD driveline dressing change", "Kidney transplant evaluation referral",
			"Bariatric surgery candidacy assessment", "Spinal fusion consultation", "Work-up for liver transplant" })
	void leavesTextOnlyRequestsForMinorProceduresOrAftercareOut(String text) {
		PlannedProcedure request = new PlannedProcedure("ServiceRequest", "sr-n", "ServiceRequest/sr-n/_history/1", List.of(),
				"active", "order", NOW.minus(Duration.ofDays(3)), null, text);

		assertThat(criterion.evaluate(picture(List.of(request), List.of()), NOW)).as(text).isEmpty();
	}

	@Test
	void doesNotFlagACholecystectomyAlreadyPerformedAfterItWasRequested() {
		CodedConcept cholecystectomy = new CodedConcept("http://www.ama-assn.org/go/cpt", "47562", "Laparoscopic cholecystectomy");
		PerformedProcedure done = new PerformedProcedure("Procedure/pr-c/_history/1", List.of(cholecystectomy), "completed",
				NOW.minus(Duration.ofDays(1)), List.of());

		assertThat(criterion.evaluate(picture(List.of(request("sr-c", cholecystectomy, "active", "order", null)), List.of(done)), NOW)).isEmpty();
	}

	@Test
	void flagsARequestSentAsTextAloneThatNamesAMajorOperation() {
		PlannedProcedure evar = new PlannedProcedure("ServiceRequest", "sr-t", "ServiceRequest/sr-t/_history/1", List.of(),
				"active", "order", NOW.minus(Duration.ofDays(3)), null, "Elective EVAR for 6.2 cm infrarenal AAA");

		assertThat(criterion.evaluate(picture(List.of(evar), List.of()), NOW)).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("Elective EVAR for 6.2 cm infrarenal AAA is planned"));
	}

	@Test
	void doesNotFlagATextOnlyRequestForImagingAfterTheOperationOrALocalCodeForAMinorOne() {
		PlannedProcedure imaging = new PlannedProcedure("ServiceRequest", "sr-i", "ServiceRequest/sr-i/_history/1", List.of(),
				"active", "order", NOW.minus(Duration.ofDays(3)), null, "CT angiogram post EVAR");
		PlannedProcedure local = new PlannedProcedure("ServiceRequest", "sr-l", "ServiceRequest/sr-l/_history/1",
				List.of(new CodedConcept("urn:oid:2.16.840.1.113883.3.1234", "VASC-12", "Tunnelled dialysis catheter insertion")),
				"active", "order", NOW.minus(Duration.ofDays(3)), null, null);
		PlannedProcedure coded = new PlannedProcedure("ServiceRequest", "sr-c", "ServiceRequest/sr-c/_history/1",
				List.of(new CodedConcept("http://www.ama-assn.org/go/cpt", "36558", "Insertion of tunneled central venous catheter")),
				"active", "order", NOW.minus(Duration.ofDays(3)), null, "before endovascular aneurysm repair");

		assertThat(criterion.evaluate(picture(List.of(imaging, local, coded), List.of()), NOW)).isEmpty();
	}

	private static MajorProcedurePlanned criterion(ZoneId zone) {
		return new MajorProcedurePlanned(RuleSettings.valueSetFiles(), new AssessmentSettings("test", 1, Duration.ofSeconds(1),
				Duration.ofMillis(300), Duration.ofMillis(100), new AssessmentSettings.MajorProcedure(
						new ClassPathResource("valuesets/major-procedures.json"), Duration.ofDays(30)),
				null, new AssessmentSettings.Dates(zone, Duration.ofDays(90))));
	}

	private static Instant day(String date) {
		return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static PlannedProcedure request(String id, CodedConcept code, String status, String intent, Instant plannedFor) {
		return new PlannedProcedure("ServiceRequest", id, "ServiceRequest/" + id + "/_history/1", List.of(code), status, intent,
				NOW.minus(Duration.ofDays(7)), plannedFor);
	}

	private static ClinicalPicture picture(List<PlannedProcedure> planned, List<PerformedProcedure> performed) {
		return new ClinicalPicture(PatientRef.of("ehr", "p-1"), PatientDetails.unknown(), planned, performed);
	}

}
