package org.secondopinion.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stream of small synthetic patients written into the sandbox EHR, one resource at a time at a set pace: each
 * patient is a Patient, three heart-rate Observations and one ServiceRequest (five changes); every tenth patient's
 * order is a spinal fusion in ten days (a planned major procedure, so an urgent case), the others' physiotherapy
 * (no case). Which patients must become cases is known from what was written, not from what the system did.
 *
 * <p>A write the EHR refuses (it is down, or fails on purpose) is tried again until it is accepted, as a clinic
 * would keep recording; ids are chosen here, so that a retried write updates rather than duplicates.
 */
final class ClinicStream {

	static final int CHANGES_PER_PATIENT = 5;

	private static final String MAJOR = """
			{"system": "http://snomed.info/sct", "code": "55705006", "display": "Spinal fusion"}""";

	private static final String ROUTINE = """
			{"system": "http://snomed.info/sct", "code": "91251008", "display": "Physical therapy procedure"}""";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String fhirBase;

	private final String prefix;

	private final int patients;

	private final double changesPerSecond;

	private final AtomicInteger written = new AtomicInteger();

	private final AtomicLong refused = new AtomicLong();

	private final AtomicLong slots = new AtomicLong();

	private long startNanos;

	/** {@code patients} patients with ids {@code <prefix>-0001…}, written at about {@code changesPerSecond}. */
	ClinicStream(String fhirBase, String prefix, int patients, double changesPerSecond) {
		this.fhirBase = fhirBase;
		this.prefix = prefix;
		this.patients = patients;
		this.changesPerSecond = changesPerSecond;
	}

	/** The patients that must have a case: those with a planned major procedure. */
	Set<String> expectedCases() {
		Set<String> expected = new TreeSet<>();
		for (int i = 1; i <= patients; i++) {
			if (planned(i)) {
				expected.add(patientId(i));
			}
		}
		return expected;
	}

	String prefix() {
		return prefix;
	}

	int changes() {
		return patients * CHANGES_PER_PATIENT;
	}

	int written() {
		return written.get();
	}

	long refused() {
		return refused.get();
	}

	/** Starts writing on four threads; the future completes when every change was accepted. */
	CompletableFuture<Void> start() {
		startNanos = System.nanoTime();
		AtomicInteger next = new AtomicInteger(1);
		ExecutorService writers = Executors.newFixedThreadPool(4);
		CompletableFuture<?>[] all = new CompletableFuture<?>[4];
		for (int t = 0; t < all.length; t++) {
			all[t] = CompletableFuture.runAsync(() -> {
				for (int i = next.getAndIncrement(); i <= patients; i = next.getAndIncrement()) {
					writePatient(i);
				}
			}, writers);
		}
		return CompletableFuture.allOf(all).whenComplete((done, failure) -> writers.shutdown());
	}

	/** Waits until at least {@code changes} changes were accepted by the EHR. */
	void awaitWritten(int changes, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (written.get() < changes) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Only " + written.get() + " of " + changes + " changes written in " + timeout);
			}
			Thread.sleep(50);
		}
	}

	private void writePatient(int i) {
		String id = patientId(i);
		put("Patient", id, """
				{"resourceType": "Patient", "id": "%s", "name": [{"family": "Test%04d", "given": ["Fault"]}],
				 "birthDate": "1960-01-01", "managingOrganization": {"reference": "Organization/org-north"}}"""
			.formatted(id, i));
		for (int o = 1; o <= 3; o++) {
			put("Observation", id + "-o" + o, """
					{"resourceType": "Observation", "id": "%s-o%d", "status": "final",
					 "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4", "display": "Heart rate"}]},
					 "subject": {"reference": "Patient/%s"}, "effectiveDateTime": "%s",
					 "valueQuantity": {"value": 72, "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"}}"""
				.formatted(id, o, id, LocalDate.now(ZoneOffset.UTC).minusDays(o)));
		}
		put("ServiceRequest", id + "-sr", """
				{"resourceType": "ServiceRequest", "id": "%s-sr", "status": "active", "intent": "order",
				 "code": {"coding": [%s]}, "subject": {"reference": "Patient/%s"}, "occurrenceDateTime": "%s"}"""
			.formatted(id, planned(i) ? MAJOR : ROUTINE, id, LocalDate.now(ZoneOffset.UTC).plusDays(10)));
	}

	private void put(String type, String id, String json) {
		pace();
		HttpRequest request = HttpRequest.newBuilder(URI.create(fhirBase + "/" + type + "/" + id))
			.header("Content-Type", "application/fhir+json")
			.timeout(Duration.ofSeconds(10))
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build();
		while (true) {
			try {
				int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
				if (status / 100 == 2) {
					written.incrementAndGet();
					return;
				}
			}
			catch (IOException refusedConnection) {
				// the EHR is down: try again
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while writing " + type, ex);
			}
			refused.incrementAndGet();
			sleep(250);
		}
	}

	/** Spaces the writes of all threads evenly at {@code changesPerSecond}. */
	private void pace() {
		long slot = startNanos + (long) (slots.getAndIncrement() * 1e9 / changesPerSecond);
		long wait = slot - System.nanoTime();
		if (wait > 0) {
			sleep(wait / 1_000_000);
		}
	}

	private String patientId(int i) {
		return "%s-%04d".formatted(prefix, i);
	}

	private static boolean planned(int i) {
		return i % 10 == 0;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
