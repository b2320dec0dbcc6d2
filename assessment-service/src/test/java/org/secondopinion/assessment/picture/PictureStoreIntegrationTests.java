package org.secondopinion.assessment.picture;

import java.time.OffsetDateTime;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientRef;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.sandbox.scenarios.Scenario;
import org.secondopinion.sandbox.scenarios.ScenarioCatalog;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kept version carries its picture records, written with it; a row without them (kept before they existed, or
 * in another form) is read from its JSON once and its records written back; the picture is the same either way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=assessment-service", "spring.kafka.consumer.group-id=assessment-${random.uuid}",
				"second-opinion.assessment.picture-cache.entries=0" })
@DirtiesContext
class PictureStoreIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "assessment");
	}

	@Autowired
	PictureStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventCodec codec;

	private final String ehr = "ehr" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void writesEachVersionsPictureRecordsWithItAndDerivesMissingOnesOnFirstRead() {
		Scenario scenario = ScenarioCatalog.load().scenarios().getFirst();
		PatientRef patient = PatientRef.of(ehr, scenario.patientId());
		var json = FhirContext.forR4Cached().newJsonParser();
		for (Resource resource : scenario.resources()) {
			var data = codec.mapper().readTree(json.encodeResourceToString(resource));
			store.upsert(patient, ResourceEvents.upserted(ehr, data, OffsetDateTime.parse("2026-11-01T10:00:00Z")),
					ResourceEvents.versionOf(data));
		}
		assertThat(rowsWithoutRecords()).isZero();
		ClinicalPicture fromRecords = store.pictureOf(patient);

		int cleared = jdbc.sql("update patient_resource set picture_records = null, records_form = null where ehr_id = ?")
			.param(ehr)
			.update();
		ClinicalPicture fromJson = store.pictureOf(patient);

		assertThat(cleared).isEqualTo(scenario.resources().size());
		assertThat(fromJson).isEqualTo(fromRecords);
		assertThat(fromJson.conditions().size() + fromJson.plannedProcedures().size() + fromJson.observations().size())
			.isPositive();
		assertThat(rowsWithoutRecords()).as("records written back").isZero();
		assertThat(store.pictureOf(patient)).isEqualTo(fromRecords);
	}

	@Test
	void derivesAgainRecordsStoredInAnotherForm() {
		Scenario scenario = ScenarioCatalog.load().scenarios().getLast();
		PatientRef patient = PatientRef.of(ehr, scenario.patientId());
		var json = FhirContext.forR4Cached().newJsonParser();
		for (Resource resource : scenario.resources()) {
			var data = codec.mapper().readTree(json.encodeResourceToString(resource));
			store.upsert(patient, ResourceEvents.upserted(ehr, data, OffsetDateTime.parse("2026-11-01T10:00:00Z")),
					ResourceEvents.versionOf(data));
		}
		ClinicalPicture fromRecords = store.pictureOf(patient);
		jdbc.sql("update patient_resource set picture_records = '\\x00'::bytea, records_form = '0.old.UTC' where ehr_id = ?")
			.param(ehr)
			.update();

		assertThat(store.pictureOf(patient)).isEqualTo(fromRecords);
		assertThat(jdbc.sql("select count(*) from patient_resource where ehr_id = ? and records_form = '0.old.UTC'")
			.param(ehr)
			.query(Integer.class)
			.single()).isZero();
	}

	private int rowsWithoutRecords() {
		return jdbc.sql("select count(*) from patient_resource where ehr_id = ? and (picture_records is null or records_form is null)")
			.param(ehr)
			.query(Integer.class)
			.single();
	}

}
