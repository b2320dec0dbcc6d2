package org.secondopinion.localstack;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.secondopinion.events.Topics;
import org.secondopinion.localstack.evaluation.TokenCache;
import org.secondopinion.testing.keycloak.KeycloakServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Onboarding a hospital: a sandbox EHR with {@code bench.patients} Synthea-derived patients, each given a planned
 * spinal fusion, is backfilled through the gateway's Bulk Data {@code $export} until the last case is in the
 * notification service's database. Every service runs as a process from its executable jar, so that each one's peak
 * RSS is its own. Rates of each stage (backfilled and published, on {@code ehr.resources.v1}, assessed, flags raised,
 * cases created) are set against the baseline of the same run: the same {@code $export} read by a bare HTTP client
 * that discards every line. The run is repeated for each count in {@code bench.instances} (one and two instances of
 * each service by default) on a fresh PostgreSQL and Kafka against the same EHR.
 * <p>
 * {@code ./mvnw -pl local-stack -am -DskipTests -Pbench-onboarding verify -Dbench.patients=200 -Dbench.instances=1,2}
 */
public final class OnboardingBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	/** What the sandbox serves of a patient's record, then the directory: what an onboarding backfill asks for. */
	private static final List<String> TYPES = List.of("Patient", "Encounter", "Condition", "Procedure", "Observation",
			"MedicationRequest", "CarePlan", "ServiceRequest", "Practitioner", "PractitionerRole", "Organization",
			"Location");

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

	private OnboardingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int patients = Integer.getInteger("bench.patients", 200);
		List<Integer> instances = List.of(System.getProperty("bench.instances", "1,2").split(","))
			.stream()
			.map(String::trim)
			.map(Integer::valueOf)
			.toList();
		Duration timeout = Duration.ofMinutes(Long.getLong("bench.timeout-minutes", 20));
		Duration settle = Duration.ofSeconds(Long.getLong("bench.settle-seconds", 30));
		Path root = Path.of(System.getProperty("bench.project-root", ".")).toAbsolutePath().normalize();
		Path dir = root.resolve("local-stack/target/onboarding-bench");
		System.out.printf("Onboarding %,d sandbox patients by backfill; instances %s; load average %s%n", patients,
				instances, loadAverage());
		ProcessLedger ledger = ProcessLedger.takeOver(dir, line -> System.out.println(line));
		int sandboxPort = OnboardingStack.freePort();
		long startSandbox = System.nanoTime();
		ServiceProcess sandbox = ServiceProcess.start(root, "sandbox-ehr", sandboxPort,
				List.of("--server.port=" + sandboxPort, "--spring.main.banner-mode=off",
						"--second-opinion.sandbox.population.source=synthea",
						"--second-opinion.sandbox.population.patients=" + patients,
						"--second-opinion.sandbox.population.progress-interval=30s"),
				dir.resolve("logs"), ledger);
		try {
			sandbox.awaitReady(Duration.ofMinutes(90));
			String fhir = "http://127.0.0.1:" + sandboxPort + "/fhir";
			System.out.printf("Sandbox ready with its population in %.0f s%n", seconds(startSandbox));
			long ordering = System.nanoTime();
			int ordered = orderSurgeryForEveryPatient(fhir);
			System.out.printf("Ordered a spinal fusion for the %,d living patients in %.0f s%n", ordered, seconds(ordering));

			Baseline baseline = rawExport(fhir);
			System.out.printf("Baseline: $export read and discarded: %,d resources in %.1f s = %,.0f /s%n",
					baseline.resources, baseline.seconds, baseline.rate());

			TokenCache token = new TokenCache(() -> KeycloakServer.shared().accessToken("admin"), Duration.ofMinutes(1));
			Map<Integer, Run> runs = new LinkedHashMap<>();
			for (int count : instances) {
				Path runDir = dir.resolve("run-" + count);
				deleteRecursively(runDir);
				try (OnboardingStack stack = new OnboardingStack(root, runDir, ledger, fhir, count)) {
					runs.put(count, onboard(stack, sandbox, count, ordered, token, timeout, settle));
				}
			}

			System.out.printf("%n%,d patients, %,d resources exported (baseline %,.0f /s, %.1f s); load average now %s%n",
					patients, baseline.resources, baseline.rate(), baseline.seconds, loadAverage());
			for (Map.Entry<Integer, Run> entry : runs.entrySet()) {
				Run run = entry.getValue();
				System.out.printf("%n%d instance(s) of each service: %s%n", entry.getKey(), run.complete
						? "last case visible after %.1f s".formatted(run.wall)
						: "NOT complete after %.1f s: %d of %d cases".formatted(run.wall, run.cases, ordered));
				System.out.println("| stage | count | done after | per second | ratio to raw $export read |");
				System.out.println("| --- | ---: | ---: | ---: | ---: |");
				for (Stage stage : run.stages) {
					double rate = stage.count / Math.max(stage.doneAfter, 0.001);
					System.out.printf(Locale.ROOT, "| %s | %,d | %.1f s | %,.1f | %.3f |%n", stage.name, stage.count,
							stage.doneAfter, rate, rate / baseline.rate());
				}
				System.out.println("| service | peak RSS (VmHWM) |");
				System.out.println("| --- | ---: |");
				run.rss.forEach((name, bytes) -> System.out.printf("| %s | %,d MB |%n", name, bytes >> 20));
			}
			if (runs.size() > 1 && runs.containsKey(1)) {
				Run one = runs.get(1);
				for (Map.Entry<Integer, Run> entry : runs.entrySet()) {
					if (entry.getKey() != 1) {
						Run more = entry.getValue();
						System.out.printf(Locale.ROOT, "%nThroughput, %d instances against 1 (backfill to last case): %s%.2f%n",
								entry.getKey(), one.complete && more.complete ? "" : "incomplete run, at most ",
								one.wall / more.wall);
					}
				}
			}
		}
		finally {
			sandbox.close();
		}
		System.exit(0);
	}

	/** One run of the backfill, from the request to the last case, sampled every second. */
	private static Run onboard(OnboardingStack stack, ServiceProcess sandbox, int instances, int ordered, TokenCache token, Duration timeout,
			Duration settle) throws Exception {
		HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl()
				+ "/api/v1/sync/" + OnboardingStack.EHR + "/backfill"))
			.header("Authorization", "Bearer " + token.get())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("types", TYPES))))
			.build(), HttpResponse.BodyHandlers.ofString());
		long begin = System.nanoTime();
		if (started.statusCode() != 202) {
			throw new IllegalStateException("The gateway refused the backfill: HTTP " + started.statusCode() + " "
					+ started.body());
		}
		URI status = URI.create(stack.gatewayUrl() + JSON.readTree(started.body()).path("statusUrl").asString());
		String[] names = { "backfilled: read from the EHR and published (gateway's progress)",
				"on " + Topics.EHR_RESOURCES, "assessed (assessment service's committed offsets)",
				"flags raised (" + Topics.ASSESSMENT_FLAGS + ")", "cases created" };
		long[] counts = new long[names.length];
		double[] changedAt = new double[names.length];
		String state = "ACCEPTED";
		long lastPrint = 0;
		while (true) {
			Thread.sleep(1000);
			double now = seconds(begin);
			JsonNode progress = JSON.readTree(HTTP.send(HttpRequest.newBuilder(status)
				.header("Authorization", "Bearer " + token.get())
				.build(), HttpResponse.BodyHandlers.ofString()).body());
			state = progress.path("state").asString("?");
			long[] sample = { progress.path("resourcesDone").asLong(0), stack.written(Topics.EHR_RESOURCES),
					stack.consumed("assessment-service", Topics.EHR_RESOURCES), stack.written(Topics.ASSESSMENT_FLAGS),
					stack.cases() };
			for (int i = 0; i < sample.length; i++) {
				if (sample[i] != counts[i]) {
					counts[i] = sample[i];
					changedAt[i] = now;
				}
			}
			if (System.nanoTime() - lastPrint > PROGRESS_EVERY.toNanos()) {
				lastPrint = System.nanoTime();
				System.out.printf(Locale.ROOT, "  [%d×] %4.0f s  backfill %s %,d/%s  published %,d  assessed %,d  "
						+ "flags %,d  cases %,d/%,d  load %s%n", instances, now, state, counts[0],
						progress.path("resourcesTotal").isNumber() ? String.format("%,d", progress.path("resourcesTotal").asLong())
								: "?", counts[1], counts[2], counts[3], counts[4], ordered, loadAverage());
			}
			boolean drained = "COMPLETED".equals(state) && counts[2] >= counts[1]
					&& stack.consumed("notification-service", Topics.ASSESSMENT_FLAGS) >= counts[3];
			boolean quiet = now - maxOf(changedAt) >= settle.toSeconds();
			if ((drained && (counts[4] >= ordered || quiet)) || "FAILED".equals(state) || now > timeout.toSeconds()) {
				break;
			}
		}
		List<Stage> stages = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			stages.add(new Stage(names[i], counts[i], changedAt[i]));
		}
		Map<String, Long> rss = new LinkedHashMap<>();
		stack.services().forEach((name, process) -> rss.put(name, OnboardingStack.peakRss(process.pid())));
		rss.put("sandbox-ehr (whole benchmark so far)", OnboardingStack.peakRss(sandbox.pid()));
		boolean complete = counts[4] >= ordered;
		// an incomplete run took at least as long as it ran
		return new Run(complete ? changedAt[4] : seconds(begin), stages, rss, complete, counts[4]);
	}

	/** Puts one active spinal fusion order, ten days ahead, for every living patient of the EHR; how many. */
	private static int orderSurgeryForEveryPatient(String fhir) throws Exception {
		List<String> ids = new ArrayList<>();
		String next = fhir + "/Patient?_count=500";
		while (next != null) {
			JsonNode bundle = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(next)).build(),
					HttpResponse.BodyHandlers.ofString()).body());
			for (JsonNode entry : bundle.path("entry")) {
				JsonNode patient = entry.path("resource");
				// Synthea's dead patients (18 of the 200 of seed 42) are not assessed, so nothing is ordered for them
				if (!patient.has("deceasedDateTime") && !patient.path("deceasedBoolean").asBoolean(false)) {
					ids.add(patient.path("id").asString());
				}
			}
			next = null;
			for (JsonNode link : bundle.path("link")) {
				if ("next".equals(link.path("relation").asString(""))) {
					next = link.path("url").asString();
				}
			}
		}
		String day = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
		// the sandbox takes no transactions: one PUT per order
		for (String id : ids) {
			String order = """
					{"resourceType":"ServiceRequest","id":"so-%1$s","status":"active","intent":"order",
					 "code":{"coding":[{"system":"http://snomed.info/sct","code":"55705006","display":"Spinal fusion"}]},
					 "subject":{"reference":"Patient/%1$s"},"occurrenceDateTime":"%2$s"}""".formatted(id, day);
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(fhir + "/ServiceRequest/so-" + id))
				.header("Content-Type", "application/fhir+json")
				.PUT(HttpRequest.BodyPublishers.ofString(order))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException("The sandbox refused an order: HTTP " + response.statusCode());
			}
		}
		return ids.size();
	}

	/** The same system-level {@code $export} the backfill asks for, every line read and discarded. */
	private static Baseline rawExport(String fhir) throws Exception {
		long begin = System.nanoTime();
		HttpResponse<String> kickOff = HTTP.send(HttpRequest.newBuilder(URI.create(fhir + "/$export?_outputFormat="
				+ URLEncoder.encode("application/fhir+ndjson", StandardCharsets.UTF_8) + "&_type="
				+ URLEncoder.encode(String.join(",", TYPES), StandardCharsets.UTF_8)))
			.header("Accept", "application/fhir+json")
			.header("Prefer", "respond-async")
			.build(), HttpResponse.BodyHandlers.ofString());
		if (kickOff.statusCode() != 202) {
			throw new IllegalStateException("The sandbox refused the export: HTTP " + kickOff.statusCode());
		}
		URI statusUrl = URI.create(kickOff.headers().firstValue("Content-Location").orElseThrow());
		JsonNode manifest;
		while (true) {
			HttpResponse<String> status = HTTP.send(HttpRequest.newBuilder(statusUrl).header("Accept", "application/json").build(),
					HttpResponse.BodyHandlers.ofString());
			if (status.statusCode() == 200) {
				manifest = JSON.readTree(status.body());
				break;
			}
			if (status.statusCode() != 202) {
				throw new IllegalStateException("The export failed: HTTP " + status.statusCode());
			}
			Thread.sleep(200);
		}
		long lines = 0;
		for (JsonNode file : manifest.path("output")) {
			HttpResponse<InputStream> body = HTTP.send(HttpRequest.newBuilder(URI.create(file.path("url").asString()))
				.header("Accept", "application/fhir+ndjson")
				.build(), HttpResponse.BodyHandlers.ofInputStream());
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(body.body(), StandardCharsets.UTF_8))) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					if (!line.isBlank()) {
						lines++;
					}
				}
			}
		}
		HTTP.send(HttpRequest.newBuilder(statusUrl).DELETE().build(), HttpResponse.BodyHandlers.discarding());
		return new Baseline(lines, seconds(begin));
	}

	private record Baseline(long resources, double seconds) {

		double rate() {
			return resources / seconds;
		}

	}

	private record Stage(String name, long count, double doneAfter) {
	}

	private record Run(double wall, List<Stage> stages, Map<String, Long> rss, boolean complete, long cases) {
	}

	private static double maxOf(double[] values) {
		double max = 0;
		for (double value : values) {
			max = Math.max(max, value);
		}
		return max;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static String loadAverage() {
		try {
			return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
		}
		catch (Exception ex) {
			return "?";
		}
	}

	private static void deleteRecursively(Path path) throws Exception {
		if (Files.exists(path)) {
			try (var walk = Files.walk(path)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

}
