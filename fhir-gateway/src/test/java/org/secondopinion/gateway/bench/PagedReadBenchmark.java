package org.secondopinion.gateway.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import org.secondopinion.gateway.GatewaySettings;
import org.secondopinion.gateway.ehr.BundlePage;
import org.secondopinion.gateway.ehr.EhrClient;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * How fast the gateway's EHR reader pages through a search compared with a plain HAPI generic client reading the
 * same pages from the same sandbox EHR, in the same run. Not a test: run it with
 * {@code ./mvnw -pl fhir-gateway -am -DskipTests -Pbench verify [-Dbench.patients=2000 -Dbench.rounds=5]}.
 */
public final class PagedReadBenchmark {

	private static final List<String> TYPES = List.of("Patient", "Condition", "Observation", "ServiceRequest");

	private PagedReadBenchmark() {
	}

	public static void main(String[] args) {
		int patients = Integer.getInteger("bench.patients", 2000);
		int rounds = Integer.getInteger("bench.rounds", 5);
		int pageSize = Integer.getInteger("bench.page-size", 200);
		System.setProperty("logging.level.root", "WARN");
		try (ConfigurableApplicationContext sandbox = SandboxEhrApplication.start("--server.port=0",
				"--second-opinion.sandbox.patients=" + patients, "--spring.main.banner-mode=off")) {
			String base = "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port") + "/fhir";
			EhrClient ours = new EhrClient(new GatewaySettings.Ehr("bench", URI.create(base), null, TYPES),
					new GatewaySettings(Duration.ofSeconds(5), pageSize, 1, 64L << 20,
							new GatewaySettings.Retry(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30)),
							List.of()),
					HttpClient.newHttpClient(), JsonMapper.builder().build());
			FhirContext fhir = FhirContext.forR4();
			fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
			IGenericClient hapi = fhir.newRestfulGenericClient(base);

			readAll(ours, pageSize);
			HapiBaseline.readAll(hapi, TYPES, pageSize);
			List<Long> oursNanos = new ArrayList<>();
			List<Long> hapiNanos = new ArrayList<>();
			long resources = 0;
			for (int round = 0; round < rounds; round++) {
				long start = System.nanoTime();
				resources = HapiBaseline.readAll(hapi, TYPES, pageSize);
				hapiNanos.add(System.nanoTime() - start);
				start = System.nanoTime();
				long read = readAll(ours, pageSize);
				oursNanos.add(System.nanoTime() - start);
				if (read != resources) {
					throw new IllegalStateException("The readers disagree: " + read + " vs " + resources + " resources");
				}
			}
			report(patients, pageSize, rounds, resources, HapiBaseline.median(hapiNanos),
					HapiBaseline.median(oursNanos));
		}
	}

	private static long readAll(EhrClient client, int pageSize) {
		long count = 0;
		for (String type : TYPES) {
			Map<String, String> params = new LinkedHashMap<>();
			params.put("_sort", "_lastUpdated");
			params.put("_count", String.valueOf(pageSize));
			BundlePage page = client.search(type, params);
			count += page.resources().size();
			for (Optional<URI> next = page.next(); next.isPresent(); next = page.next()) {
				page = client.page(next.get());
				count += page.resources().size();
			}
		}
		return count;
	}

	private static void report(int patients, int pageSize, int rounds, long resources, long hapiNanos, long oursNanos) {
		double hapiRate = resources / (hapiNanos / 1e9);
		double oursRate = resources / (oursNanos / 1e9);
		System.out.printf("%nPaged read of %,d resources (%,d sandbox patients, _count=%d), median of %d rounds%n",
				resources, patients, pageSize, rounds);
		System.out.printf("| reader | resources/s | ratio to HAPI client |%n| --- | ---: | ---: |%n");
		System.out.printf("| HAPI generic client (baseline) | %,.0f | 1.00 |%n", hapiRate);
		System.out.printf("| gateway EhrClient | %,.0f | %.2f |%n", oursRate, oursRate / hapiRate);
	}

}
