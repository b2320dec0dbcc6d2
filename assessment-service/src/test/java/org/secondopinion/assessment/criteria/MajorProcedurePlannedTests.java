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
import org.secondopinion.events.PatientKey;
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
		assertThat(criterion.parameters().get("major-procedure.value-set")).startsWith("MajorProcedures 2026.12-5")
			.contains("shipped expansion of 13 codes dated 2026-12-08T00:00:00Z");
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
		return new ClinicalPicture(new PatientKey("ehr", "p-1"), PatientDetails.unknown(), planned, performed);
	}

}
