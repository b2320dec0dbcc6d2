package org.secondopinion.gateway.backfill;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.Topics;
import org.secondopinion.gateway.ingest.DeadLetters;
import org.secondopinion.gateway.ingest.Incoming;
import org.secondopinion.gateway.ingest.IngestResult;
import org.secondopinion.gateway.ingest.ResourceIngestor;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.sandbox.faults.Faults;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Backfills the sandbox's seed population (50 patients and the provider directory) by a system-level Bulk Data
 * {@code $export}. The EHR's polled type is one the sandbox does
 * not serve, so everything published comes from the backfill.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=fhir-gateway", "second-opinion.gateway.poll-interval=1h",
				"second-opinion.gateway.retry.initial-backoff=50ms", "second-opinion.gateway.ingest.directory-types=",
				"second-opinion.gateway.ingest.backfill.batch-size=50" })
@DirtiesContext
class BackfillIntegrationTests {

	private static final String EHR = "bf" + UUID.randomUUID().toString().substring(0, 8);

	private static final List<String> TYPES = List.of("Patient", "Condition", "Observation", "Encounter",
			"Procedure", "Practitioner", "Organization", "PractitionerRole");

	private static ConfigurableApplicationContext sandbox;

	private static String sandboxBase;

	private static final String NO_EXPORT_EHR = EHR + "-noexport";

	private static NoExportProxy noExport;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "gatewaybackfill");
		sandbox = SandboxEhrApplication.start("--server.port=0", "--second-opinion.sandbox.patients=50",
				"--spring.main.banner-mode=off");
		sandboxBase = "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port") + "/fhir";
		registry.add("second-opinion.gateway.ehrs[0].id", () -> EHR);
		registry.add("second-opinion.gateway.ehrs[0].base-url", () -> sandboxBase);
		registry.add("second-opinion.gateway.ehrs[0].resource-types", () -> "Basic");
		try {
			noExport = new NoExportProxy(sandboxBase);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		registry.add("second-opinion.gateway.ehrs[1].id", () -> NO_EXPORT_EHR);
		registry.add("second-opinion.gateway.ehrs[1].base-url", noExport::base);
		registry.add("second-opinion.gateway.ehrs[1].resource-types", () -> "Basic");
	}

	@AfterAll
	static void stopSandbox() {
		noExport.close();
		sandbox.close();
	}

	@Autowired
	EventCodec codec;

	@Autowired
	ResourceIngestor ingestor;

	@Autowired
	MeterRegistry meters;

	@Value("${local.server.port}")
	int port;

	private KafkaObserver observer;

	@BeforeEach
	void observe() {
		observer = new KafkaObserver(List.of(Topics.EHR_RESOURCES, Topics.EHR_DIRECTORY));
	}

	@AfterEach
	void close() {
		observer.close();
		sandbox.getBean(Faults.class).clearFaults();
	}

	@Test
	void backfillsEveryResourceOfTheExportShowsProgressAndMovesTheWatermarkToItsTransactionTime() {
		Set<String> expected = sandboxVersions();
		sandbox.getBean(Faults.class).delayResponses(Duration.ofMillis(150));
		sandbox.getBean(Faults.class).dropConnectionNext(1, 4096);

		var response = api().post().uri("/api/v1/sync/" + EHR + "/backfill")
			.header("Authorization", admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"types\": " + codec.mapper().writeValueAsString(TYPES) + "}")
			.retrieve()
			.toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(202);
		String statusUrl = response.getHeaders().getLocation().toString();
		assertThat(statusUrl).startsWith("/api/v1/sync/" + EHR + "/backfill/");
		List<JsonNode> seen = new CopyOnWriteArrayList<>();
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
			JsonNode progress = get(statusUrl);
			seen.add(progress);
			return progress.path("state").asString().equals("COMPLETED") || progress.path("state").asString().equals("FAILED");
		});
		JsonNode done = seen.get(seen.size() - 1);
		assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("COMPLETED");
		assertThat(done.path("method").asString()).isEqualTo("bulk-export");
		assertThat(seen).as("progress while running").anySatisfy(progress -> {
			assertThat(progress.path("state").asString()).isEqualTo("DOWNLOADING");
			assertThat(progress.path("filesDone").asInt()).isLessThan(progress.path("filesTotal").asInt());
		});
		assertThat(done.path("resourcesTotal").asLong()).isEqualTo(expected.size());
		assertThat(done.path("resourcesDone").asLong()).isEqualTo(expected.size());
		assertThat(done.path("filesDone").asInt()).isEqualTo(done.path("filesTotal").asInt());

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(publishedVersions()).containsAll(expected));
		assertThat(publishedVersions()).as("nothing but the export").isEqualTo(expected);

		Instant transactionTime = Instant.parse(done.path("transactionTime").asString());
		assertThat(transactionTime).isBefore(Instant.now());
		JsonNode overview = get("/api/v1/sync");
		for (String type : TYPES) {
			JsonNode row = overview.valueStream()
				.filter(r -> r.path("ehrId").asString().equals(EHR) && r.path("resourceType").asString().equals(type))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no sync row for " + type + ": " + overview));
			assertThat(Instant.parse(row.path("watermark").asString())).isEqualTo(transactionTime);
			assertThat(row.path("backfill").path("id").asString()).isEqualTo(done.path("id").asString());
		}
	}

	@Test
	void exportsTheResourcesOfAGroupsPatientsAtGroupLevel() {
		long compartment = sandboxVersions().stream()
			.filter(id -> !id.contains("/Practitioner") && !id.contains("/Organization/"))
			.count();

		var response = api().post().uri("/api/v1/sync/" + EHR + "/backfill")
			.header("Authorization", admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"types\": " + codec.mapper().writeValueAsString(TYPES) + ", \"group\": \"all-patients\"}")
			.retrieve()
			.toEntity(String.class);
		String statusUrl = response.getHeaders().getLocation().toString();

		await().atMost(Duration.ofSeconds(120)).until(() -> get(statusUrl).path("state").asString().matches("COMPLETED|FAILED"));
		JsonNode done = get(statusUrl);
		assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("COMPLETED");
		assertThat(done.path("group").asString()).isEqualTo("all-patients");
		assertThat(done.path("resourcesTotal").asLong()).as("the patients' compartments, no directory").isEqualTo(compartment);
		assertThat(done.path("resourcesDone").asLong()).isEqualTo(compartment);
	}

	@Test
	void pagesThroughSearchesWhenTheCapabilityStatementHasNoExport() {
		Set<String> expected = sandboxVersions().stream()
			.filter(id -> id.contains("/Patient/") || id.contains("/Condition/"))
			.map(id -> id.replaceFirst("^" + EHR, NO_EXPORT_EHR))
			.collect(java.util.stream.Collectors.toSet());

		var response = api().post().uri("/api/v1/sync/" + NO_EXPORT_EHR + "/backfill")
			.header("Authorization", admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"types\": [\"Patient\", \"Condition\"]}")
			.retrieve()
			.toEntity(String.class);
		String statusUrl = response.getHeaders().getLocation().toString();

		await().atMost(Duration.ofSeconds(120)).until(() -> get(statusUrl).path("state").asString().equals("COMPLETED"));
		JsonNode done = get(statusUrl);
		assertThat(done.path("method").asString()).isEqualTo("search");
		assertThat(done.path("resourcesDone").asLong()).isEqualTo(expected.size());
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(publishedVersions(NO_EXPORT_EHR)).isEqualTo(expected));
	}

	@Test
	void deadLettersNdjsonLinesThatAreNotJsonOrTooLongAndCountsThemByReason() {
		String ehr = EHR + "-lines";
		double before = meters.counter("gateway.resources.dead.lettered", "ehr", ehr, "reason", "unparseable-json").count();
		KafkaObserver dead = new KafkaObserver(List.of(Topics.deadLetter(Topics.EHR_RESOURCES)));
		try {
			IngestResult result = ingestor.ingest(EhrId.of(ehr), "Condition", List.of(Incoming.line("{\"resourceType\": \"Condi"),
					Incoming.truncatedLine("{\"resourceType\":\"Condition\",\"note\":[{\"text\":\"xxxx"),
					Incoming.line("{\"resourceType\":\"Condition\",\"id\":\"nd-1\",\"subject\":{\"reference\":\"Patient/nd\"}}")));

			assertThat(result.deadLettered()).isEqualTo(2);
			assertThat(result.published()).isEqualTo(1);
			assertThat(meters.counter("gateway.resources.dead.lettered", "ehr", ehr, "reason", "unparseable-json").count())
				.isEqualTo(before + 1);
			await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(dead
				.records(Topics.deadLetter(Topics.EHR_RESOURCES), r -> r.key().equals(ehr + "/Condition"), Duration.ofMillis(200))
				.stream()
				.map(r -> new String(r.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8)))
				.containsExactlyInAnyOrder("unparseable-json", "oversized"));
		}
		finally {
			dead.close();
		}
	}

	@Test
	void refusesABackfillOfAnUnknownEhrAndBadTypesWithProblemDetails() {
		var unknown = api().post().uri("/api/v1/sync/nowhere/backfill").header("Authorization", admin())
			.exchange((req, res) -> new Object[] { res.getStatusCode().value(), res.getHeaders().getContentType(),
					new String(res.getBody().readAllBytes()) });
		assertThat(unknown[0]).isEqualTo(404);
		assertThat(String.valueOf(unknown[1])).isEqualTo("application/problem+json");
		assertThat((String) unknown[2]).contains("No EHR 'nowhere'");

		var badType = api().post().uri("/api/v1/sync/" + EHR + "/backfill").header("Authorization", admin())
			.contentType(MediaType.APPLICATION_JSON).body("{\"types\": [\"Patient; drop\"]}")
			.exchange((req, res) -> res.getStatusCode().value());
		assertThat(badType).isEqualTo(400);

		var coordinator = api().post().uri("/api/v1/sync/" + EHR + "/backfill")
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("coordinator"))
			.exchange((req, res) -> res.getStatusCode().value());
		assertThat(coordinator).isEqualTo(403);
	}

	private Set<String> sandboxVersions() {
		IGenericClient client = FhirContext.forR4Cached().newRestfulGenericClient(sandboxBase);
		Set<String> versions = new HashSet<>();
		for (String type : TYPES) {
			Bundle page = client.search().forResource(type).count(500).returnBundle(Bundle.class).execute();
			while (true) {
				page.getEntry().forEach(e -> versions.add(EHR + "/" + type + "/" + e.getResource().getIdElement().getIdPart()
						+ "/_history/" + e.getResource().getMeta().getVersionId()));
				if (page.getLink(Bundle.LINK_NEXT) == null) {
					break;
				}
				page = client.loadPage().next(page).execute();
			}
		}
		assertThat(versions).hasSizeGreaterThan(100);
		return versions;
	}

	private Set<String> publishedVersions() {
		return publishedVersions(EHR);
	}

	private Set<String> publishedVersions(String ehrId) {
		List<String> ids = new ArrayList<>();
		for (String topic : List.of(Topics.EHR_RESOURCES, Topics.EHR_DIRECTORY)) {
			observer.records(topic, r -> r.key().startsWith(ehrId + "/"), Duration.ofMillis(300))
				.forEach(r -> ids.add(codec.read(r.value()).id()));
		}
		return new HashSet<>(ids);
	}

	private JsonNode get(String path) {
		return codec.mapper().readTree(api().get().uri(path).header("Authorization", admin()).retrieve().body(String.class));
	}

	private RestClient api() {
		return RestClient.create("http://localhost:" + port);
	}

	private static String admin() {
		return "Bearer " + KeycloakServer.shared().accessToken("admin");
	}

}
