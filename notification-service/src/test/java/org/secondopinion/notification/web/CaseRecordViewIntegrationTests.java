package org.secondopinion.notification.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagEvents;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.Priority;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.secondopinion.notification.RunningAssessmentService;
import org.secondopinion.notification.cases.CaseDetail;
import org.secondopinion.notification.cases.CaseManagement;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case page's view of the record, read from the real assessment service: evidence in time order, the chart of
 * a worsening measure, and the coverage with the site's rule.
 */
@SpringBootTest(properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class CaseRecordViewIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "case_record_view");
		RunningAssessmentService.register(registry);
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	CaseManagement cases;

	@Autowired
	CaseRecordView view;

	@Autowired
	JdbcClient jdbc;

	private final String ehr = "crv" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void ordersTheEvidenceChartsTheWorseningMeasureAndNamesTheCoverageRule() {
		PatientKey patient = new PatientKey(ehr, "p-1");
		send(patient, """
				{"resourceType":"Patient","id":"p-1","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "name":[{"family":"Diaz","given":["Rosa"]}]}""");
		send(patient, """
				{"resourceType":"Coverage","id":"cov-1","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "status":"active","beneficiary":{"reference":"Patient/p-1"},"payor":[{"display":"Medicare"}],
				 "class":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/coverage-class","code":"plan"}]},"value":"B","name":"Part B"}],
				 "period":{"start":"2025-01-01"}}""");
		for (String[] value : new String[][] { { "o-3", "2026-04-02", "8" }, { "o-1", "2026-01-05", "4" }, { "o-2", "2026-02-20", "6" } }) {
			send(patient, """
					{"resourceType":"Observation","id":"%s","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
					 "status":"final","code":{"coding":[{"system":"http://loinc.org","code":"72514-3","display":"Pain severity"}]},
					 "subject":{"reference":"Patient/p-1"},"effectiveDateTime":"%sT09:00:00Z",
					 "valueQuantity":{"value":%s,"unit":"score"}}""".formatted(value[0], value[1], value[2]));
		}
		publish(new FlagPayload("flag-" + ehr, new FlagPayload.PatientSummary(ehr, "p-1", "Rosa Diaz", null, null),
				"North Clinic", Priority.ROUTINE, FlagStatus.OPEN,
				List.of(new FlagPayload.CriterionMet(CriterionCode.WORSENING_DESPITE_TREATMENT, "Pain rose from 4 to 8 despite treatment.",
						List.of(new FlagPayload.Evidence("Observation/o-3/_history/1", "Pain 8"),
								new FlagPayload.Evidence("Observation/o-1/_history/1", "Pain 4")))),
				new FlagPayload.CoverageSummary("Medicare", "Part B", "active"), "test", OffsetDateTime.now(ZoneOffset.UTC)));

		CaseDetail kase = await().atMost(Duration.ofSeconds(30)).until(this::theCase, c -> c != null);
		CaseRecordView.View shown = await().atMost(Duration.ofSeconds(60))
			.until(() -> view.of(kase), v -> v.available() && v.charts().size() == 1
					&& v.charts().get(0).points().size() == 3);

		assertThat(shown.timeline()).extracting(CaseRecordView.TimelineEntry::date).containsExactly("2026-01-05", "2026-04-02");
		CaseRecordView.Chart chart = shown.charts().get(0);
		assertThat(chart.title()).isEqualTo("Pain severity over time");
		assertThat(chart.points()).extracting(MeasureChart.Point::value).containsExactly(4.0, 6.0, 8.0);
		assertThat(chart.svg()).contains("<polyline");
		assertThat(shown.coverage().payer()).isEqualTo("Medicare");
		assertThat(shown.coverage().periodStart()).isEqualTo("2025-01-01");
		assertThat(shown.coverage().rule()).isNotNull();
		assertThat(shown.coverage().rule().verdict()).contains("Medicare Part B covers second opinions");
	}

	private CaseDetail theCase() {
		return jdbc.sql("select id from care_case where ehr_id = ?").param(ehr).query(UUID.class).optional()
			.flatMap(id -> cases.detail(new org.secondopinion.notification.cases.CaseId(id)))
			.orElse(null);
	}

	private void send(PatientKey patient, String json) {
		kafka.send(Topics.EHR_RESOURCES, patient.toString(), codec.write(
				ResourceEvents.upserted(ehr, codec.mapper().readTree(json), OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
	}

	private void publish(FlagPayload flag) {
		kafka.send(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(), codec.write(FlagEvents.of(codec,
				UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag, OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
	}

}
