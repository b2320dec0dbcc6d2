package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ca.uhn.fhir.context.FhirContext;
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

	private final MajorProcedurePlanned criterion = new MajorProcedurePlanned(FhirContext.forR4Cached(),
			new AssessmentSettings("test", 1, Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(100), new AssessmentSettings.MajorProcedure(
					new ClassPathResource("valuesets/major-procedures.json"), Duration.ofDays(30)), null));

	@Test
	void flagsAnActiveOrderForSpinalFusionAsMajorProcedure() {
		Optional<Finding> finding = criterion.evaluate(picture(List.of(request("sr-1", SPINAL_FUSION, "active", "order", null)), List.of()), NOW);

		assertThat(finding).hasValueSatisfying(f -> {
			assertThat(f.code()).isEqualTo("MAJOR_PROCEDURE_PLANNED");
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
		assertThat(criterion.parameters().get("major-procedure.value-set")).startsWith("MajorProcedures 2026.12-1")
			.contains("shipped expansion of 5 codes dated 2026-12-06T00:00:00Z");
	}

	private static PlannedProcedure request(String id, CodedConcept code, String status, String intent, Instant plannedFor) {
		return new PlannedProcedure("ServiceRequest", id, "ServiceRequest/" + id + "/_history/1", List.of(code), status, intent,
				NOW.minus(Duration.ofDays(7)), plannedFor);
	}

	private static ClinicalPicture picture(List<PlannedProcedure> planned, List<PerformedProcedure> performed) {
		return new ClinicalPicture(new PatientKey("ehr", "p-1"), PatientDetails.unknown(), planned, performed);
	}

}
