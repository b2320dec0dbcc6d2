package org.secondopinion.assessment.cds;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.secondopinion.assessment.AssessmentServiceApplication;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.SharedKafka;
import org.secondopinion.testing.SharedPostgres;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Latency of the CDS Hooks {@code patient-view} service under 20 concurrent EHR callers, against a running assessment
 * service whose picture holds {@code bench.patients} patients (two in three flagged), with the discovery endpoint as
 * the baseline in the same run. Every call carries a freshly signed EHR token, checked in full (signature, claims,
 * jti replay record). Not a test: run it with
 * {@code ./mvnw -B -ntp -pl assessment-service -am -DskipTests -Pbench verify -Dbench.patients=600 -Dbench.calls=4000}.
 */
public final class PatientViewBenchmark {

	private static final String EHR = "bench";

	private PatientViewBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int patients = Integer.getInteger("bench.patients", 600);
		int calls = Integer.getInteger("bench.calls", 4000);
		int callers = Integer.getInteger("bench.callers", 20);
		try (EhrTokens tokens = new EhrTokens();
				ConfigurableApplicationContext service = AssessmentServiceApplication.start("--server.port=0",
						"--spring.main.banner-mode=off", "--logging.level.root=WARN",
						"--spring.datasource.url=" + SharedPostgres.newDatabase("bench"),
						"--spring.datasource.username=" + SharedPostgres.username(),
						"--spring.datasource.password=" + SharedPostgres.password(),
						"--spring.kafka.bootstrap-servers=" + SharedKafka.bootstrapServers(),
						"--spring.kafka.consumer.group-id=bench-" + UUID.randomUUID(),
						// never called: the baseline and the CDS endpoints do not use Keycloak
						"--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/realms/unused",
						"--second-opinion.assessment.cds.ehrs[0].ehr-id=" + EHR,
						"--second-opinion.assessment.cds.ehrs[0].fhir-server=http://127.0.0.1:9/fhir",
						"--second-opinion.assessment.cds.ehrs[0].issuer=" + EhrTokens.ISSUER,
						"--second-opinion.assessment.cds.ehrs[0].jwks-url=" + tokens.jwksUrl())) {
			String base = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
			populate(service, patients);
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			String path = "/cds-services/" + CdsService.PATIENT_VIEW;
			IntFunction<HttpRequest> discovery = i -> HttpRequest.newBuilder(URI.create(base + "/cds-services")).GET().build();
			IntFunction<HttpRequest> flagged = i -> patientView(base, path, tokens, "bp-" + (i % patients / 3 * 3));
			IntFunction<HttpRequest> clear = i -> patientView(base, path, tokens, "bp-" + (i % patients / 3 * 3 + 1));

			run(http, discovery, callers, calls / 4, 200);
			run(http, flagged, callers, calls / 4, 200);
			List<String> rows = new ArrayList<>();
			Stats baseline = run(http, discovery, callers, calls, 200);
			rows.add(row("discovery `GET /cds-services` (baseline)", baseline, baseline));
			rows.add(row("`patient-view`, flagged patient (one card)", run(http, flagged, callers, calls, 200), baseline));
			rows.add(row("`patient-view`, patient without a flag (no card)", run(http, clear, callers, calls, 200), baseline));
			System.out.println();
			System.out.printf("CDS Hooks patient-view, %d patients in the picture, %d concurrent callers, %d calls each%n",
					patients, callers, calls);
			System.out.println("| request | p50 | p99 | calls/s | p99 ratio to baseline |");
			System.out.println("| --- | ---: | ---: | ---: | ---: |");
			rows.forEach(System.out::println);
		}
		System.exit(0);
	}

	private static HttpRequest patientView(String base, String path, EhrTokens tokens, String patientId) {
		String body = """
				{"hook":"patient-view","hookInstance":"%s","fhirServer":"http://127.0.0.1:9/fhir",
				 "context":{"userId":"Practitioner/pr-1","patientId":"%s"}}""".formatted(UUID.randomUUID(), patientId);
		return HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + tokens.token(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/** Sends the patients' resources through Kafka, as the gateway does, and waits until each is assessed. */
	private static void populate(ConfigurableApplicationContext service, int patients) throws InterruptedException {
		@SuppressWarnings("unchecked")
		KafkaTemplate<String, byte[]> kafka = service.getBean(KafkaTemplate.class);
		EventCodec codec = service.getBean(EventCodec.class);
		for (int i = 0; i < patients; i++) {
			String id = "bp-" + i;
			String code = i % 3 == 1 ? "91251008" : "55705006";
			String order = """
					{"resourceType":"ServiceRequest","id":"sr-%s","meta":{"versionId":"1","lastUpdated":"2026-05-02T10:00:00Z"},
					 "status":"active","intent":"order","subject":{"reference":"Patient/%s"},"authoredOn":"2026-05-02",
					 "code":{"coding":[{"system":"http://snomed.info/sct","code":"%s","display":"Procedure"}]}}"""
				.formatted(id, id, code);
			kafka.send(Topics.EHR_RESOURCES, new PatientKey(EHR, id).toString(), codec.write(ResourceEvents.upserted(EHR,
					codec.mapper().readTree(order), OffsetDateTime.now(ZoneOffset.UTC))));
		}
		kafka.flush();
		JdbcClient jdbc = service.getBean(JdbcClient.class);
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (jdbc.sql("select count(*) from assessment").query(Long.class).single() < patients) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The patients were not assessed within 5 minutes");
			}
			Thread.sleep(500);
		}
	}

	/** Sends {@code calls} requests from {@code callers} threads; requests are built (tokens signed) beforehand. */
	private static Stats run(HttpClient http, IntFunction<HttpRequest> requests, int callers, int calls,
			int expectedStatus) throws Exception {
		List<HttpRequest> prepared = new ArrayList<>(calls);
		for (int i = 0; i < calls; i++) {
			prepared.add(requests.apply(i));
		}
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>(calls));
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
			List<Future<?>> done = new ArrayList<>();
			for (int c = 0; c < callers; c++) {
				int caller = c;
				done.add(pool.submit(() -> {
					for (int i = caller; i < calls; i += callers) {
						long sent = System.nanoTime();
						HttpResponse<String> response = http.send(prepared.get(i), HttpResponse.BodyHandlers.ofString());
						latencies.add(System.nanoTime() - sent);
						if (response.statusCode() != expectedStatus) {
							throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
						}
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return new Stats(percentile(sorted, 0.50), percentile(sorted, 0.99), calls / seconds);
	}

	private static double percentile(List<Long> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
	}

	private static String row(String name, Stats stats, Stats baseline) {
		return "| %s | %.1f ms | %.1f ms | %.0f | %.2f |".formatted(name, stats.p50(), stats.p99(), stats.perSecond(),
				stats.p99() / baseline.p99());
	}

	private record Stats(double p50, double p99, double perSecond) {
	}

}
