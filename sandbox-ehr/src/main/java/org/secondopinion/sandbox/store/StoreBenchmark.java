package org.secondopinion.sandbox.store;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * Measures the store with Synthea-like vital-sign Observations (about 900 bytes of JSON each): puts per second,
 * resources per second paged through a search, and the heap the store needs, after a full GC.
 * <p>
 * Arguments: {@code [observations (default 1000000)] [patients (default 1000)] [page size (default 500)]}. Run it
 * with {@code ./mvnw -B -pl sandbox-ehr -Pstore-benchmark verify -DskipTests} (which gives it a 2 GB heap).
 */
public final class StoreBenchmark {

	private static final List<Coding> VITALS = List.of(
			new Coding("http://loinc.org", "8867-4", "Heart rate"),
			new Coding("http://loinc.org", "9279-1", "Respiratory rate"),
			new Coding("http://loinc.org", "8310-5", "Body temperature"),
			new Coding("http://loinc.org", "29463-7", "Body Weight"),
			new Coding("http://loinc.org", "8302-2", "Body Height"));

	private StoreBenchmark() {
	}

	public static void main(String[] args) {
		int observations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int patients = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
		int pageSize = args.length > 2 ? Integer.parseInt(args[2]) : 500;
		FhirContext context = FhirContext.forR4();
		long heapBefore = heapAfterGc();
		try (FhirStore store = new FhirStore(Clock.systemUTC(), context,
				Path.of(System.getProperty("java.io.tmpdir")))) {
			List<String> patientIds = java.util.stream.IntStream.range(0, patients)
				.mapToObj(number -> UUID.nameUUIDFromBytes(("patient-" + number).getBytes()).toString())
				.toList();
			Random random = new Random(42);
			long start = System.nanoTime();
			for (int number = 0; number < observations; number++) {
				store.put(observation(random, patientIds.get(number % patients)));
			}
			double putSeconds = seconds(start);
			report("put", observations, putSeconds);

			long heap = heapAfterGc() - heapBefore;
			System.out.printf("heap used by the store after GC: %,d MB (%d bytes a resource)%n", heap >> 20,
					heap / observations);
			System.out.printf("version file: %,d MB%n", store.fileSize() >> 20);

			start = System.nanoTime();
			StoredVersions all = store.find(Observation.class, ResourceQuery.all());
			int paged = 0;
			for (int from = 0; from < all.size(); from += pageSize) {
				paged += all.get(from, from + pageSize).size();
			}
			report("paged search of all Observations, " + pageSize + " a page", paged, seconds(start));

			start = System.nanoTime();
			int found = 0;
			for (int number = 0; number < Math.min(patients, 200); number++) {
				StoredVersions ofPatient = store.find(Observation.class,
						ResourceQuery.forPatient(patientIds.get(number)));
				found += ofPatient.get(0, ofPatient.size()).size();
			}
			report("search by patient", found, seconds(start));

			Instant middle = all.get(all.size() / 2, all.size() / 2 + 1).getFirst().lastUpdated();
			start = System.nanoTime();
			StoredVersions recent = store.find(Observation.class, ResourceQuery.all().updatedBetween(middle, null));
			int recentCount = 0;
			for (int from = 0; from < recent.size(); from += pageSize) {
				recentCount += recent.get(from, from + pageSize).size();
			}
			report("paged _lastUpdated=ge<middle> search", recentCount, seconds(start));
		}
	}

	private static Observation observation(Random random, String patientId) {
		Coding vital = VITALS.get(random.nextInt(VITALS.size()));
		Observation observation = new Observation().setStatus(ObservationStatus.FINAL);
		observation.setId(new UUID(random.nextLong(), random.nextLong()).toString());
		observation.getMeta().addProfile("http://hl7.org/fhir/us/core/StructureDefinition/us-core-vital-signs");
		observation.addCategory(new CodeableConcept(new Coding(
				"http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "vital-signs")));
		observation.setCode(new CodeableConcept(vital.copy()).setText(vital.getDisplay()));
		observation.setSubject(new Reference("Patient/" + patientId));
		observation.setEncounter(new Reference("Encounter/" + new UUID(random.nextLong(), random.nextLong())));
		Date effective = new Date(1_500_000_000_000L + random.nextLong(300_000_000_000L));
		observation.setEffective(new DateTimeType(effective));
		observation.setIssuedElement(new InstantType(effective));
		observation.setValue(new Quantity().setValue(BigDecimal.valueOf(random.nextInt(20_000), 2))
			.setUnit("/min")
			.setSystem("http://unitsofmeasure.org")
			.setCode("/min"));
		return observation;
	}

	private static long heapAfterGc() {
		for (int round = 0; round < 3; round++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static void report(String what, int resources, double seconds) {
		System.out.printf("%s: %,d resources in %.1f s = %,.0f resources/s%n", what, resources, seconds,
				resources / seconds);
	}

}
