package org.secondopinion.gateway.interop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.fhir.ReferenceFhirServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway against a stock HAPI FHIR JPA server (the shared reference server) with its default behaviours:
 * search results reused for 60 s, pages cut to 50 behind {@code _getpages} links, deletes only in
 * {@code _history}, Bulk Data {@code $export} as batch jobs whose files are {@code Binary} resources.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=fhir-gateway", "second-opinion.gateway.poll-interval=1s",
				"second-opinion.gateway.page-size=100", "second-opinion.gateway.retry.initial-backoff=50ms",
				"second-opinion.gateway.ingest.backfill.max-poll-wait=2s" })
@DirtiesContext
class HapiJpaSyncIntegrationTests {

	private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

	private static final String EHR = "hapi" + UUID.randomUUID().toString().substring(0, 6);

	/** The same server, synced only for Basic: whatever it publishes of other types came from a backfill. */
	private static final String BACKFILL_EHR = EHR + "-bf";

	private static final List<String> TYPES = List.of("Patient", "Condition", "Observation");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "gatewayhapi");
		String base = ReferenceFhirServer.shared().baseUrl();
		registry.add("second-opinion.gateway.ehrs[0].id", () -> EHR);
		registry.add("second-opinion.gateway.ehrs[0].base-url", () -> base);
		registry.add("second-opinion.gateway.ehrs[0].resource-types", () -> String.join(",", TYPES));
		registry.add("second-opinion.gateway.ehrs[1].id", () -> BACKFILL_EHR);
		registry.add("second-opinion.gateway.ehrs[1].base-url", () -> base);
		registry.add("second-opinion.gateway.ehrs[1].resource-types", () -> "Basic");
	}

	@Autowired
	EventCodec codec;

	@Value("${local.server.port}")
	int port;

	private final HapiData hapi = new HapiData(ReferenceFhirServer.shared().baseUrl());

	private KafkaObserver observer;

	private GatewayUnderTest gateway;

	@BeforeEach
	void observe() {
		observer = new KafkaObserver(List.of(Topics.EHR_RESOURCES));
		gateway = new GatewayUnderTest(codec, observer, hapi.run, port);
	}

	@AfterEach
	void close() {
		observer.close();
	}

	@Test
	void publishesEachNewResourceWithinThePollIntervalDespiteTheServersSearchCache() {
		Patient patient = hapi.patient();
		hapi.transaction(patient);
		String patientId = patient.getIdElement().getIdPart();
		await().atMost(Duration.ofSeconds(30)).until(() -> gateway.published(EHR).contains("Patient/" + patientId + "/_history/1"));

		for (int round = 0; round < 4; round++) {
			// a quiet spell: the gateway repeats the same _lastUpdated search, which HAPI would answer from its cache
			sleep(Duration.ofMillis(2500));
			Observation observation = hapi.observation(patientId, 100 + round);
			long written = System.currentTimeMillis();
			hapi.client.update().resource(observation).execute();
			String expected = EHR + "/Observation/" + observation.getIdElement().getIdPart() + "/_history/1";

			ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> observer.records(Topics.EHR_RESOURCES,
						r -> codec.read(r.value()).id().equals(expected), Duration.ofMillis(100)).stream().findFirst(),
						Optional::isPresent)
				.orElseThrow();
			assertThat(Duration.ofMillis(record.timestamp() - written)).as("publication delay in round %d", round)
				.isLessThanOrEqualTo(POLL_INTERVAL.plusSeconds(2));
		}
	}

	@Test
	void readsEveryPageThroughGetpagesLinksWhenTheServerCutsThePageSize() throws Exception {
		Patient patient = hapi.patient();
		List<Resource> resources = new ArrayList<>(List.of(patient));
		for (int i = 0; i < 120; i++) {
			resources.add(hapi.observation(patient.getIdElement().getIdPart(), i));
		}
		hapi.transaction(resources.toArray(Resource[]::new));

		JsonNode firstPage = codec.mapper().readTree(HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(ReferenceFhirServer.shared().baseUrl() + "/Observation?_tag="
					+ HapiData.TAG_SYSTEM + "%7C" + hapi.run + "&_count=100")).header("Cache-Control", "no-cache").build(),
					HttpResponse.BodyHandlers.ofString())
			.body());
		assertThat(firstPage.path("entry").size()).as("the server's page limit").isEqualTo(50);
		assertThat(firstPage.path("link").valueStream()
			.filter(link -> link.path("relation").asString().equals("next"))
			.map(link -> link.path("url").asString())).singleElement().asString().contains("_getpages=");

		Set<String> expected = hapi.versionsOf("Observation");
		assertThat(expected).hasSize(120);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(publishedOfType(EHR, "Observation"))
			.containsExactlyInAnyOrderElementsOf(expected));
	}

	@Test
	void publishesADeleteThatOnlyTheTypesHistoryShows() {
		Patient patient = hapi.patient();
		org.hl7.fhir.r4.model.Condition condition = hapi.condition(patient.getIdElement().getIdPart());
		hapi.transaction(patient, condition);
		String conditionId = condition.getIdElement().getIdPart();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> gateway.published(EHR).contains("Condition/" + conditionId + "/_history/1"));

		hapi.client.delete().resourceById("Condition", conditionId).execute();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> gateway.published(EHR).contains("Condition/" + conditionId + "/_history/2/deleted"));
		CloudEvent deleted = gateway.events(EHR).stream()
			.filter(event -> event.id().endsWith("Condition/" + conditionId + "/_history/2/deleted"))
			.findFirst()
			.orElseThrow();
		assertThat(deleted.subject()).isEqualTo("Patient/" + patient.getIdElement().getIdPart());
	}

	@Test
	void publishesExactlyTheServersVersionsBySyncAndByABulkExportBackfill() {
		List<Resource> resources = new ArrayList<>();
		for (int p = 0; p < 5; p++) {
			Patient patient = hapi.patient();
			resources.add(patient);
			resources.add(hapi.condition(patient.getIdElement().getIdPart()));
			for (int o = 0; o < 6; o++) {
				resources.add(hapi.observation(patient.getIdElement().getIdPart(), o));
			}
		}
		hapi.transaction(resources.toArray(Resource[]::new));
		Set<String> firstVersions = versionsOfRun();
		assertThat(firstVersions).hasSize(40);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(
				() -> assertThat(gateway.published(EHR)).as("by sync").containsExactlyInAnyOrderElementsOf(firstVersions));

		Observation changed = (Observation) resources.get(2);
		changed.setStatus(Observation.ObservationStatus.AMENDED);
		hapi.client.update().resource(changed).execute();
		Set<String> current = versionsOfRun();
		assertThat(current).hasSize(40).contains("Observation/" + changed.getIdElement().getIdPart() + "/_history/2");
		Set<String> everyVersion = new TreeSet<>(firstVersions);
		everyVersion.addAll(current);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(
				() -> assertThat(gateway.published(EHR)).as("by sync").containsExactlyInAnyOrderElementsOf(everyVersion));

		var response = gateway.api().post()
			.uri("/api/v1/sync/" + BACKFILL_EHR + "/backfill")
			.header("Authorization", GatewayUnderTest.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"types\": [\"Patient\", \"Condition\", \"Observation\"]}")
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(202);
		String statusUrl = response.getHeaders().getLocation().toString();
		List<JsonNode> seen = new CopyOnWriteArrayList<>();
		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
			JsonNode progress = gateway.get(statusUrl);
			seen.add(progress);
			return Set.of("COMPLETED", "FAILED").contains(progress.path("state").asString());
		});
		JsonNode done = seen.get(seen.size() - 1);
		assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("COMPLETED");
		assertThat(done.path("method").asString()).isEqualTo("bulk-export");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(
				() -> assertThat(gateway.published(BACKFILL_EHR)).as("by the export").containsAll(current));
		assertThat(gateway.published(BACKFILL_EHR)).as("the current versions, nothing else")
			.containsExactlyInAnyOrderElementsOf(current);
	}

	private Set<String> versionsOfRun() {
		Set<String> versions = new TreeSet<>();
		TYPES.forEach(type -> versions.addAll(hapi.versionsOf(type)));
		return versions;
	}

	private Set<String> publishedOfType(String ehr, String type) {
		return gateway.published(ehr).stream().filter(id -> id.startsWith(type + "/")).collect(Collectors.toSet());
	}



	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
