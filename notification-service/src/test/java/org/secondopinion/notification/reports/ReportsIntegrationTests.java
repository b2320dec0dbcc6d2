package org.secondopinion.notification.reports;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;
import org.secondopinion.notification.TestClient;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.notification.TestClient.criterion;

/** The precision report and the dashboard data, computed from cases worked through the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class ReportsIntegrationTests {

	private static final FlagPayload.CriterionMet MAJOR = criterion("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned.");

	private static final FlagPayload.CriterionMet CONCERN = criterion("PATIENT_REPORTED_CONCERN", "The patient asked.");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "reports");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Value("${local.server.port}")
	int port;

	private TestClient api;

	private final String facility = "Clinic " + UUID.randomUUID().toString().substring(0, 6);

	@BeforeEach
	void workedCases() {
		api = new TestClient(kafka, codec, port);
		String obtained = acknowledged("a", MAJOR);
		api.post("/api/v1/cases/" + obtained + "/refer", "admin", "{\"specialty\":\"neurosurgery\"}");
		close(obtained, "second-opinion-obtained", "diagnosis-confirmed");
		close(acknowledged("b", MAJOR), "not-needed", "criteria-not-met-on-review");
		close(acknowledged("c", MAJOR, CONCERN), "not-needed", "already-has-opinion");
		acknowledged("d", CONCERN);
	}

	@Test
	void reportsPrecisionPerCriterionWithTheNotNeededReasons() {
		JsonNode report = api.get("/api/v1/reports/precision?facility=" + facility, "admin").body();

		JsonNode major = criterionRow(report.path("criteria"), "MAJOR_PROCEDURE_PLANNED");
		assertThat(major.path("closed").asLong()).isEqualTo(3);
		assertThat(major.path("secondOpinionObtained").asLong()).isEqualTo(1);
		assertThat(major.path("notNeeded").asLong()).isEqualTo(2);
		assertThat(major.path("precision").asDouble()).isEqualTo(0.333);
		assertThat(major.path("notNeededReasons").path("criteria-not-met-on-review").asLong()).isEqualTo(1);
		assertThat(major.path("notNeededReasons").path("already-has-opinion").asLong()).isEqualTo(1);
		JsonNode concern = criterionRow(report.path("criteria"), "PATIENT_REPORTED_CONCERN");
		assertThat(concern.path("closed").asLong()).as("the open case is not counted").isEqualTo(1);
		assertThat(concern.path("precision").asDouble()).isZero();
	}

	@Test
	void servesDashboardDataForCharts() {
		JsonNode dashboard = api.get("/api/v1/dashboard?days=7&facility=" + facility, "admin").body();

		String today = LocalDate.now(ZoneOffset.UTC).toString();
		assertThat(dashboard.path("flagsPerCriterionPerDay").valueStream()
			.filter(d -> d.path("day").asString().equals(today))
			.map(d -> d.path("criterion").asString() + "=" + d.path("cases").asLong()))
			.containsExactlyInAnyOrder("MAJOR_PROCEDURE_PLANNED=3", "PATIENT_REPORTED_CONCERN=2");
		assertThat(dashboard.path("timeToAcknowledge").path("acknowledged").asLong()).isEqualTo(4);
		assertThat(dashboard.path("timeToAcknowledge").path("medianMinutes").isNumber()).isTrue();
		JsonNode major = criterionRow(dashboard.path("acceptance"), "MAJOR_PROCEDURE_PLANNED");
		assertThat(major.path("accepted").asLong()).isEqualTo(1);
		assertThat(major.path("notNeeded").asLong()).isEqualTo(2);
		assertThat(major.path("acceptanceRate").asDouble()).isEqualTo(0.333);
	}

	@Test
	void keepsACoordinatorToTheirOwnFacilities() {
		assertThat(api.get("/api/v1/dashboard?facility=" + facility, "coordinator").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/reports/precision", "coordinator").body().path("criteria").valueStream()
			.mapToLong(c -> c.path("closed").asLong()).sum()).as("none of this facility's cases").isZero();
		assertThat(api.get("/api/v1/dashboard", "clinician").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/dashboard?days=0", "admin").status()).isEqualTo(400);
	}

	private static JsonNode criterionRow(JsonNode rows, String code) {
		return rows.valueStream().filter(r -> r.path("criterion").asString().equals(code)).findFirst().orElseThrow();
	}

	private String acknowledged(String patientId, FlagPayload.CriterionMet... criteria) {
		api.publish(EventType.FLAG_RAISED, api.flag(patientId, facility, Priority.ROUTINE, FlagStatus.OPEN, criteria));
		String id = api.awaitCase(patientId);
		assertThat(api.post("/api/v1/cases/" + id + "/acknowledge", "admin", null).status()).isEqualTo(200);
		return id;
	}

	private void close(String id, String outcome, String reason) {
		assertThat(api.post("/api/v1/cases/" + id + "/close", "admin",
				"{\"outcome\":\"" + outcome + "\",\"reasonCode\":\"" + reason + "\"}").status()).isEqualTo(200);
	}

}
