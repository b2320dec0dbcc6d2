package org.secondopinion.notification.placement;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagEvents;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.FlagPayload.OrganizationReference;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;
import org.secondopinion.events.Topics;
import org.secondopinion.notification.directory.ProviderDirectory;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Flags of patients as stock EHRs hold them (no managing organization, or one by bare id) placed through the
 * provider directory and the mapping, seen by the coordinators of each facility signed in through Keycloak, and the
 * unplaced ones by the fallback team, counted and warned about.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}",
				"second-opinion.notification.placement.organizations[0].identifier=http://hl7.org/fhir/sid/us-npi|1111111111",
				"second-opinion.notification.placement.organizations[0].facility=North Clinic",
				"second-opinion.notification.placement.organizations[1].id=org-south",
				"second-opinion.notification.placement.organizations[1].facility=South Clinic",
				"second-opinion.notification.placement.retry-interval=200ms" })
@DirtiesContext
class PlacementIntegrationTests {

	private static final String NPI = "http://hl7.org/fhir/sid/us-npi";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "placement");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	ProviderDirectory providerDirectory;

	@Autowired
	PlacementRetry retry;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	private final KeycloakServer keycloak = KeycloakServer.shared();

	private final String ehr = "place" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void placesEachCaseFromWhatTheRecordHoldsAndShowsItOnlyToItsFacilitysCoordinators() {
		directory("""
				{"resourceType":"Organization","id":"3f9c","name":"Northside Medical Group",
				 "identifier":[{"system":"%s","value":"1111111111"}]}""".formatted(NPI));
		await().atMost(Duration.ofSeconds(15)).until(() -> directoryHas("Organization", "3f9c"));

		// (a) no managing organization, an encounter at a mapped organisation
		publish(flag("p-encounter", null, List.of(
				new OrganizationReference("encounter-service-provider", "Organization/org-south", null, null))));
		// (b) a managing organization by bare id that the directory knows by identifier
		publish(flag("p-bare-id", "3f9c", List.of(
				new OrganizationReference("managing-organization", "Organization/3f9c", null, null))));
		// (c) nothing at all
		publish(flag("p-nothing", null, List.of()));

		await().atMost(Duration.ofSeconds(20)).until(() -> cases("admin").size() == 3);

		assertThat(patients("coordinator")).containsExactly("p-bare-id");
		assertThat(patients("coordinator-south")).containsExactly("p-encounter");
		assertThat(patients("coordinator-intake")).containsExactly("p-nothing");

		JsonNode encounter = caseOf("coordinator-south", "p-encounter");
		assertThat(encounter.path("facility").asString()).isEqualTo("South Clinic");
		assertThat(encounter.path("team").asString()).isEqualTo("south");
		assertThat(encounter.path("placement").path("rule").asString()).isEqualTo("encounter-service-provider");
		assertThat(encounter.path("placement").path("explanation").asString()).isEqualTo(
				"placed by the latest encounter's service provider Organization/org-south, matched by id → South Clinic");

		JsonNode bareId = caseOf("coordinator", "p-bare-id");
		assertThat(bareId.path("facility").asString()).isEqualTo("North Clinic");
		assertThat(bareId.path("placement").path("explanation").asString()).isEqualTo(
				"placed by the patient's managing organization Organization/3f9c (Northside Medical Group), matched by "
						+ "identifier " + NPI + "|1111111111 → North Clinic");

		JsonNode nothing = caseOf("coordinator-intake", "p-nothing");
		assertThat(nothing.path("facility").asString()).isEqualTo("Central Intake");
		assertThat(nothing.path("team").asString()).isEqualTo("intake");
		assertThat(nothing.path("assignee").asString()).isEqualTo("coordinator-intake");
		assertThat(nothing.path("placement").path("placed").asBoolean()).isFalse();

		// the flags topic is shared by the test classes of this JVM: count every open unplaced case the admin sees
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			long unplaced = openUnplacedCases();
			assertThat(unplaced).isPositive();
			assertThat(unplacedGauge()).isEqualTo((double) unplaced);
			JsonNode placement = get("/actuator/health", keycloak.accessToken("admin")).path("components").path("placement");
			assertThat(placement.path("details").path("unplacedOpenCases").asLong()).isEqualTo(unplaced);
		});
		JsonNode health = get("/actuator/health", keycloak.accessToken("admin"));
		assertThat(health.path("status").asString()).isEqualTo("WARNING");
		JsonNode placement = health.path("components").path("placement");
		assertThat(placement.path("status").asString()).isEqualTo("WARNING");
		assertThat(placement.path("details").path("reasons").propertyNames())
			.contains("no rule placed it (the patient's record names no organisation) → fallback Central Intake");
		assertThat(placement.toString()).doesNotContain("p-nothing", "Test Person", "MRN");
		assertThat(status("/actuator/health/readiness")).as("unplaced cases do not make the service unready").isEqualTo(200);
		assertThat(status("/actuator/health")).isEqualTo(200);
	}

	@Test
	void placesAnUnplacedCaseOnceTheDirectoryLearnsItsOrganisationAndRoutesItAgain() {
		publish(flag("p-late", "late-org", List.of(
				new OrganizationReference("managing-organization", "Organization/late-org", null, null))));
		await().atMost(Duration.ofSeconds(20)).until(() -> patients("coordinator-intake").contains("p-late"));

		directory("""
				{"resourceType":"Organization","id":"late-org","name":"Late Clinic",
				 "identifier":[{"system":"%s","value":"1111111111"}]}""".formatted(NPI));

		await().atMost(Duration.ofSeconds(20)).until(() -> patients("coordinator").contains("p-late"));
		JsonNode late = caseOf("coordinator", "p-late");
		assertThat(late.path("team").asString()).isEqualTo("north");
		assertThat(late.path("history").findValuesAsString("action")).containsSubsequence("opened", "assigned",
				"placed", "assigned");
		assertThat(patients("coordinator-intake")).doesNotContain("p-late");
	}

	@Test
	void placesTheUnplacedCasesAgainAtStartWhenTheDirectoryChangedWhileTheServiceWasAway() throws InterruptedException {
		publish(flag("p-away", "away-org", List.of(
				new OrganizationReference("managing-organization", "Organization/away-org", null, null))));
		await().atMost(Duration.ofSeconds(20)).until(() -> patients("coordinator-intake").contains("p-away"));

		// the organisation reaches the directory with no change notice, as when the service stops right after
		jdbc.sql("insert into directory_resource (ehr_id, resource_type, resource_id, body) values (?, 'Organization', "
				+ "'away-org', cast(? as jsonb))")
			.params(ehr, """
					{"resourceType":"Organization","id":"away-org","name":"Away Clinic",
					 "identifier":[{"system":"%s","value":"1111111111"}]}""".formatted(NPI))
			.update();
		Thread.sleep(1000);
		assertThat(patients("coordinator-intake")).as("nothing tells the service before it starts again").contains("p-away");

		retry.onStart();

		await().atMost(Duration.ofSeconds(20)).until(() -> patients("coordinator").contains("p-away"));
		assertThat(patients("coordinator-intake")).doesNotContain("p-away");
	}

	private List<JsonNode> cases(String user) {
		return get("/api/v1/cases?size=200", keycloak.accessToken(user)).path("items")
			.valueStream()
			.filter(c -> c.path("patient").path("ehrId").asString().equals(ehr))
			.toList();
	}

	private long openUnplacedCases() {
		return get("/api/v1/cases?size=200", keycloak.accessToken("admin")).path("items")
			.valueStream()
			.filter(c -> !c.path("status").asString().equals("closed"))
			.filter(c -> c.path("placement").path("rule").asString().equals("fallback"))
			.count();
	}

	private List<String> patients(String user) {
		return cases(user).stream().map(c -> c.path("patient").path("id").asString()).toList();
	}

	private JsonNode caseOf(String user, String patientId) {
		String id = cases(user).stream()
			.filter(c -> c.path("patient").path("id").asString().equals(patientId))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asString();
		return get("/api/v1/cases/" + id, keycloak.accessToken(user));
	}

	private double unplacedGauge() {
		return get("/actuator/metrics/notification.cases.unplaced", keycloak.accessToken("admin")).path("measurements")
			.get(0)
			.path("value")
			.asDouble();
	}

	private boolean directoryHas(String type, String id) {
		return providerDirectory.read(EhrId.of(ehr), type, id).isPresent();
	}

	private JsonNode get(String path, String token) {
		return client().get().uri(path).headers(h -> h.setBearerAuth(token))
			.exchange((request, response) -> codec.mapper().readTree(response.getBody().readAllBytes()));
	}

	private int status(String path) {
		return client().get().uri(path).exchange((request, response) -> response.getStatusCode().value());
	}

	private RestClient client() {
		return RestClient.create("http://localhost:" + port);
	}

	private FlagPayload flag(String patientId, String facility, List<OrganizationReference> organizations) {
		return new FlagPayload("flag-" + ehr + "-" + patientId,
				new FlagPayload.PatientSummary(ehr, patientId, "Test Person", "1970-01-01", "MRN-9"), facility, Priority.ROUTINE,
				FlagStatus.OPEN, List.of(new FlagPayload.CriterionMet(CriterionCode.RARE_OR_COMPLEX_CONDITION, "Fabry disease is rare.",
						List.of(new FlagPayload.Evidence("Condition/c-1/_history/1", "Fabry disease")))),
				null, "test", OffsetDateTime.now(ZoneOffset.UTC), organizations);
	}

	private void publish(FlagPayload flag) {
		kafka.send(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(), codec.write(FlagEvents.of(codec,
				UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag, OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
	}

	private void directory(String json) {
		JsonNode resource = codec.mapper().readTree(json);
		String reference = resource.path("resourceType").asString() + "/" + resource.path("id").asString();
		CloudEvent event = CloudEvent.of(ehr + "/" + reference + "/_history/1", "/fhir-gateway/" + ehr,
				EventType.RESOURCE_UPSERTED, reference, OffsetDateTime.now(ZoneOffset.UTC), resource);
		kafka.send(Topics.EHR_DIRECTORY, ehr + "/" + reference, codec.write(event)).join();
	}

}
