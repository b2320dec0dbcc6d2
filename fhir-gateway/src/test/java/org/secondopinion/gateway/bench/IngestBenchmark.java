package org.secondopinion.gateway.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import org.secondopinion.events.EhrId;
import org.secondopinion.gateway.ingest.ConnectedEhrs;
import org.secondopinion.gateway.lease.Lease;
import org.secondopinion.gateway.lease.Leases;
import org.secondopinion.gateway.sync.ResourceSync;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Resources per second ingested end to end (search pages read, each resource strict-parsed, published to Kafka with
 * {@code acks=all}, acknowledged, versions and watermark recorded in PostgreSQL) against a plain HAPI generic client
 * paging the same searches of the same sandbox in the same run. Each round ingests under a new EHR id so that
 * nothing is skipped as published before. Run with
 * {@code ./mvnw -pl fhir-gateway -am -DskipTests -Pbench verify}.
 */
public final class IngestBenchmark {

	private static final List<String> TYPES = List.of("Patient", "Condition", "Observation", "ServiceRequest",
			"Encounter", "Procedure");

	private IngestBenchmark() {
	}

	public static void main(String[] args) {
		int patients = Integer.getInteger("bench.patients", 2000);
		int rounds = Integer.getInteger("bench.rounds", 5);
		int pageSize = Integer.getInteger("bench.page-size", 200);
		try (ConfigurableApplicationContext sandbox = SandboxEhrApplication.start("--server.port=0",
				"--second-opinion.sandbox.patients=" + patients, "--spring.main.banner-mode=off",
				"--logging.level.root=WARN")) {
			String base = "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port") + "/fhir";
			List<String> ehrIds = IntStream.rangeClosed(0, rounds).mapToObj(i -> "bench-" + i).toList();
			List<String> arguments = new ArrayList<>(BenchGateway.arguments(base, ehrIds));
			arguments.add("--second-opinion.gateway.page-size=" + pageSize);
			try (ConfigurableApplicationContext gateway = BenchGateway.start(arguments)) {
				ResourceSync sync = gateway.getBean(ResourceSync.class);
				ConnectedEhrs ehrs = gateway.getBean(ConnectedEhrs.class);
				Leases leases = gateway.getBean(Leases.class);
				FhirContext fhir = FhirContext.forR4();
				fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
				IGenericClient hapi = fhir.newRestfulGenericClient(base);

				HapiBaseline.readAll(hapi, TYPES, pageSize);
				ingestAll(sync, leases, ehrs.find(EhrId.of("bench-0")).orElseThrow());
				List<Long> hapiNanos = new ArrayList<>();
				List<Long> oursNanos = new ArrayList<>();
				long resources = 0;
				for (int round = 1; round <= rounds; round++) {
					long start = System.nanoTime();
					resources = HapiBaseline.readAll(hapi, TYPES, pageSize);
					hapiNanos.add(System.nanoTime() - start);
					start = System.nanoTime();
					long ingested = ingestAll(sync, leases, ehrs.find(EhrId.of("bench-" + round)).orElseThrow());
					oursNanos.add(System.nanoTime() - start);
					if (ingested != resources) {
						throw new IllegalStateException("Ingested " + ingested + " of " + resources + " resources");
					}
				}
				double hapiRate = resources / (HapiBaseline.median(hapiNanos) / 1e9);
				double oursRate = resources / (HapiBaseline.median(oursNanos) / 1e9);
				System.out.printf("%nIngest of %,d resources (%,d sandbox patients, _count=%d), median of %d rounds%n",
						resources, patients, pageSize, rounds);
				System.out.printf("| reader | resources/s | ratio to HAPI client |%n| --- | ---: | ---: |%n");
				System.out.printf("| HAPI generic client paging (baseline) | %,.0f | 1.00 |%n", hapiRate);
				System.out.printf("| gateway sync, end to end to Kafka | %,.0f | %.2f |%n", oursRate, oursRate / hapiRate);
			}
		}
		// the embedded Kafka and PostgreSQL keep non-daemon threads
		System.exit(0);
	}

	private static long ingestAll(ResourceSync sync, Leases leases, ConnectedEhrs.Connected ehr) {
		long count = 0;
		for (String type : TYPES) {
			try (Lease lease = leases.tryAcquire(ResourceSync.leaseOf(ehr.id(), type)).orElseThrow()) {
				count += sync.search(ehr, type, null, lease, page -> {
				}).published();
			}
		}
		return count;
	}

}
