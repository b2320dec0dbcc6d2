package org.secondopinion.assessment.picture;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secondopinion.assessment.bench.InMemoryRules;
import org.secondopinion.assessment.criteria.Assessment;
import org.secondopinion.assessment.criteria.CriteriaEvaluator;
import org.secondopinion.assessment.picture.PictureFixtures.StoredRecord;
import org.secondopinion.events.PatientRef;
import org.secondopinion.sandbox.population.SyntheaRecords;
import org.secondopinion.sandbox.scenarios.Scenario;
import org.secondopinion.sandbox.scenarios.ScenarioCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A picture rebuilt from the stored picture records (as after a restart: no cache, no FHIR parsing) is the picture
 * assembled from the stored FHIR JSON, record for record, and the criteria assess it the same, for the sandbox's
 * cached Synthea patients and every scenario patient.
 */
class StoredRecordsTests {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static InMemoryRules rules;

	@BeforeAll
	static void rules() {
		rules = InMemoryRules.asOf(ScenarioCatalog.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	@AfterAll
	static void close() {
		rules.close();
	}

	@Test
	void rebuildsTheSyntheaPatientsPicturesFromStoredRecordsAsFromFhir() {
		List<PatientRef> keys = new ArrayList<>();
		List<StoredRecord> records = new ArrayList<>();
		SyntheaRecords.forEachPatient(FHIR, SyntheaRecords.BASE_SIZE, 42, List.copyOf(PictureAssembler.TYPES), resources -> {
			keys.add(PatientRef.of("synthea", resources.getFirst().getIdPart()));
			records.add(PictureFixtures.stored(resources));
		});

		assertThat(records).hasSize(SyntheaRecords.BASE_SIZE);
		int observations = 0;
		for (int i = 0; i < records.size(); i++) {
			observations += assertSamePictureAndAssessment(keys.get(i), records.get(i)).observations().size();
		}
		assertThat(observations).as("the records hold results to compare").isGreaterThan(10_000);
	}

	@Test
	void rebuildsEveryScenarioPatientsPictureFromStoredRecordsAsFromFhir() {
		List<Scenario> scenarios = ScenarioCatalog.load().scenarios();
		assertThat(scenarios).isNotEmpty();
		int flagged = 0;
		for (Scenario scenario : scenarios) {
			PatientRef key = PatientRef.of("sandbox", scenario.patientId());
			assertSamePictureAndAssessment(key, PictureFixtures.stored(scenario.resources()));
			flagged += rules.evaluator().assess(PictureFixtures.assemble(key, PictureFixtures.stored(scenario.resources())))
				.findings()
				.isEmpty() ? 0 : 1;
		}
		assertThat(flagged).as("scenario patients meeting a criterion").isGreaterThan(scenarios.size() / 2);
	}

	@Test
	void ignoresRecordsOfAnotherFormatAndRejectsBytesItDidNotWrite() {
		StoredRecord record = PictureFixtures.storedForm(PictureFixtures
			.stored(ScenarioCatalog.load().scenarios().getFirst().resources()));
		byte[] records = record.resources().getLast().records();
		byte[] older = records.clone();
		older[0] = (byte) (RecordCodec.FORMAT - 1);
		byte[] cut = java.util.Arrays.copyOf(records, records.length - 1);

		assertThat(RecordCodec.decode(records)).isNotNull();
		assertThat(RecordCodec.decode(older)).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> RecordCodec.decode(cut));
	}

	private static ClinicalPicture assertSamePictureAndAssessment(PatientRef key, StoredRecord fhir) {
		StoredRecord stored = PictureFixtures.storedForm(fhir);
		ClinicalPicture assembled = PictureFixtures.assemble(key, fhir);
		ClinicalPicture rebuilt = PictureFixtures.assembleStored(key, stored);

		assertThat(rebuilt).as(key.patientId()).isEqualTo(assembled);
		CriteriaEvaluator evaluator = rules.evaluator();
		Assessment fromFhir = evaluator.assess(assembled);
		Assessment fromRecords = evaluator.assess(rebuilt);
		assertThat(fromRecords).as(key.patientId()).isEqualTo(fromFhir);
		return rebuilt;
	}

}
