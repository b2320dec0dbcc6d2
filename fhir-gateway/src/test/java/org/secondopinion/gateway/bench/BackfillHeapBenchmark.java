package org.secondopinion.gateway.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.sandbox.store.FhirStore;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Peak heap of a gateway backfilling a large Bulk Data export, against the same gateway idle, both in child JVMs
 * with {@code -Xmx512m}. The sandbox (in this JVM) holds {@code bench.backfill.resources} resources (Patients with
 * vital-sign Observations); the child kicks off the export, streams the NDJSON files and publishes every line to
 * Kafka. Run with {@code ./mvnw -pl fhir-gateway -am -DskipTests -Pbench verify}.
 */
public final class BackfillHeapBenchmark {

	private BackfillHeapBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int resources = Integer.getInteger("bench.backfill.resources", 1_000_000);
		int perPatient = 999;
		int patients = Math.max(1, resources / (perPatient + 1));
		try (ConfigurableApplicationContext sandbox = SandboxEhrApplication.start("--server.port=0",
				"--second-opinion.sandbox.patients=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
			long start = System.nanoTime();
			fill(sandbox.getBean(FhirStore.class), patients, perPatient);
			System.out.printf("Sandbox filled with %,d resources in %.0f s%n", patients * (perPatient + 1L),
					(System.nanoTime() - start) / 1e9);
			String base = "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port") + "/fhir";
			Map<String, String> idle = child("idle", base);
			Map<String, String> backfill = child("backfill", base);
			long expected = patients * (perPatient + 1L);
			if (!"COMPLETED".equals(backfill.get("state")) || Long.parseLong(backfill.get("resources")) != expected) {
				throw new IllegalStateException("The backfill published " + backfill.get("resources") + " of " + expected
						+ " resources (" + backfill.get("state") + ")");
			}
			long idlePeak = Long.parseLong(idle.get("peakUsed"));
			long backfillPeak = Long.parseLong(backfill.get("peakUsed"));
			System.out.printf("%nBackfill of %s resources by $export in a -Xmx512m gateway (%s s, %s resources/s, %s)%n",
					backfill.get("resources"), backfill.get("seconds"), backfill.get("rate"), backfill.get("state"));
			System.out.printf("| gateway | peak heap used (sampled) | old generation peak | ratio to idle |%n| --- | ---: | ---: | ---: |%n");
			System.out.printf("| idle, started (baseline) | %d MB | %d MB | 1.00 |%n", mb(idle.get("peakUsed")),
					mb(idle.get("oldPeak")));
			System.out.printf("| backfilling | %d MB | %d MB | %.2f |%n", mb(backfill.get("peakUsed")),
					mb(backfill.get("oldPeak")), (double) backfillPeak / idlePeak);
		}
		// the embedded Kafka and PostgreSQL keep non-daemon threads
		System.exit(0);
	}

	private static void fill(FhirStore store, int patients, int perPatient) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<?>> done = new ArrayList<>();
		for (int p = 0; p < patients; p++) {
			String patientId = "hp-" + p;
			done.add(pool.submit(() -> {
				Patient patient = new Patient();
				patient.setId(patientId);
				patient.addName().setFamily("Benchperson");
				store.put(patient);
				for (int i = 0; i < perPatient; i++) {
					Observation observation = new Observation();
					observation.setStatus(Observation.ObservationStatus.FINAL);
					observation.setSubject(new Reference("Patient/" + patientId));
					observation.setCode(new CodeableConcept(new Coding("http://loinc.org", "8867-4", "Heart rate")));
					observation.setEffective(new DateTimeType(new Date(1_700_000_000_000L + i * 3_600_000L)));
					observation.setValue(new Quantity(60 + i % 40).setUnit("/min")
						.setSystem("http://unitsofmeasure.org").setCode("/min"));
					store.create(observation);
				}
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
	}

	private static Map<String, String> child(String mode, String base) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:+UseG1GC", "-cp", System.getProperty("java.class.path"),
				BackfillHeapProbe.class.getName(), mode));
		command.addAll(BenchGateway.arguments(base, List.of("heap")));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		Map<String, String> result = new HashMap<>();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				System.out.println("  [" + mode + "] " + line);
				if (line.startsWith(BackfillHeapProbe.RESULT)) {
					for (String pair : line.substring(BackfillHeapProbe.RESULT.length()).trim().split(" ")) {
						String[] kv = pair.split("=", 2);
						result.put(kv[0], kv[1]);
					}
				}
			}
		}
		if (process.waitFor() != 0 || !result.containsKey("peakUsed")) {
			throw new IllegalStateException("The " + mode + " gateway failed (exit " + process.exitValue() + ")");
		}
		return result;
	}

	private static long mb(String bytes) {
		return Long.parseLong(bytes) >> 20;
	}

}
