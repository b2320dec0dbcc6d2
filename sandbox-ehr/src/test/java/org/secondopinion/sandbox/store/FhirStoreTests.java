package org.secondopinion.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FhirStoreTests {

	private static final Instant NOW = Instant.parse("2025-06-01T10:00:00.123456Z");

	private final FhirStore store = new FhirStore(Clock.fixed(NOW, ZoneOffset.UTC));

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void createAssignsSequentialIdsPerTypeStartingAtVersionOne() {
		Condition first = store.create(new Condition());
		Condition second = store.create(new Condition());
		Observation observation = store.create(new Observation());

		assertThat(first.getIdElement().getIdPart()).isEqualTo("1");
		assertThat(second.getIdElement().getIdPart()).isEqualTo("2");
		assertThat(observation.getIdElement().getIdPart()).isEqualTo("1");
		assertThat(first.getMeta().getVersionId()).isEqualTo("1");
		assertThat(first.getIdElement().getVersionIdPart()).isEqualTo("1");
	}

	@Test
	void createSkipsIdsAlreadyPut() {
		store.put(condition("1", "p-1"));

		assertThat(store.create(new Condition()).getIdElement().getIdPart()).isEqualTo("2");
	}

	@Test
	void putIncrementsTheVersionAndKeepsEarlierVersionsReadable() {
		store.put(condition("c", "p-1"));
		Condition updated = store.put(condition("c", "p-2"));

		assertThat(updated.getMeta().getVersionId()).isEqualTo("2");
		assertThat(store.read(Condition.class, "c", "1")).get()
			.extracting(condition -> condition.getSubject().getReference())
			.isEqualTo("Patient/p-1");
		assertThat(store.read(Condition.class, "c")).get()
			.extracting(condition -> condition.getSubject().getReference())
			.isEqualTo("Patient/p-2");
	}

	@Test
	void lastUpdatedStrictlyIncreasesAtMillisecondPrecisionEvenWhenTheClockStandsStill() {
		List<Instant> stamps = List.of(store.put(condition("a", "p-1")), store.put(new Patient().setId("p-1")),
				store.put(condition("a", "p-1")))
			.stream()
			.map(resource -> resource.getMeta().getLastUpdated().toInstant())
			.toList();

		assertThat(stamps).containsExactly(Instant.parse("2025-06-01T10:00:00.123Z"),
				Instant.parse("2025-06-01T10:00:00.124Z"), Instant.parse("2025-06-01T10:00:00.125Z"));
	}

	@Test
	void searchReturnsCurrentVersionsInAscendingOrderOfLastUpdated() {
		store.put(condition("z", "p-1"));
		store.put(condition("a", "p-1"));
		store.put(condition("z", "p-1"));

		List<Condition> found = store.search(Condition.class, ResourceQuery.all());

		assertThat(found).extracting(condition -> condition.getIdElement().getIdPart()).containsExactly("a", "z");
		assertThat(found.get(1).getMeta().getVersionId()).isEqualTo("2");
	}

	@Test
	void searchFiltersByPatientAndLastUpdatedRange() {
		Instant first = store.put(condition("a", "p-1")).getMeta().getLastUpdated().toInstant();
		store.put(condition("b", "p-2"));
		store.put(condition("c", "p-1"));

		assertThat(ids(store.search(Condition.class, ResourceQuery.forPatient("p-1")))).containsExactly("a", "c");
		assertThat(ids(store.search(Condition.class, new ResourceQuery(null, null, first.plusMillis(1), null))))
			.containsExactly("b", "c");
		assertThat(ids(store.search(Condition.class, new ResourceQuery(null, "p-1", null, first.plusMillis(1)))))
			.containsExactly("a");
	}

	@Test
	void readsReturnCopiesThatDoNotChangeTheStore() {
		store.put(condition("a", "p-1"));
		store.read(Condition.class, "a").orElseThrow().setSubject(new Reference("Patient/other"));

		assertThat(store.read(Condition.class, "a").orElseThrow().getSubject().getReference())
			.isEqualTo("Patient/p-1");
	}

	@Test
	void deleteAddsATombstoneThatHidesTheResourceButKeepsItsHistory() {
		store.put(condition("a", "p-1"));

		assertThat(store.delete(Condition.class, "a")).isTrue();
		assertThat(store.read(Condition.class, "a")).isEmpty();
		assertThat(store.search(Condition.class, ResourceQuery.forPatient("p-1"))).isEmpty();
		assertThat(store.latest(Condition.class, "a")).get().satisfies(tombstone -> {
			assertThat(tombstone.deleted()).isTrue();
			assertThat(tombstone.versionId()).isEqualTo("2");
			assertThat(tombstone.resource()).isNull();
		});
		assertThat(store.read(Condition.class, "a", "1")).isPresent();
		assertThat(store.delete(Condition.class, "a")).isFalse();
		assertThat(store.delete(Condition.class, "never-was")).isFalse();
	}

	@Test
	void historyListsVersionsAndTombstonesNewestFirst() {
		Instant start = store.put(condition("h-1", "p-1")).getMeta().getLastUpdated().toInstant();
		store.put(new Patient().setId("p-1"));
		store.put(condition("h-1", "p-1"));
		store.delete(Condition.class, "h-1");

		assertThat(store.history(Condition.class, null, null).get(0, 10))
			.extracting(version -> version.id() + "/" + version.versionId() + " " + version.method())
			.containsExactly("h-1/3 DELETE", "h-1/2 PUT", "h-1/1 PUT");
		assertThat(store.history(null, start.plusMillis(1), null).get(0, 10))
			.extracting(version -> version.resourceType() + "/" + version.id())
			.containsExactly("Condition/h-1", "Condition/h-1", "Patient/p-1");
		assertThat(store.history(Condition.class, "h-1", start.plusMillis(2), null).size()).isEqualTo(2);
		assertThat(store.create(new Condition()).getIdElement().getIdPart()).isEqualTo("1");
		assertThat(store.history(Condition.class, "1", null, null).get(0, 1).getFirst().method())
			.isEqualTo(WriteMethod.POST);
	}

	@Test
	void expungeForgetsTheResourceAndItsHistory() {
		store.put(condition("x", "p-1"));
		store.put(condition("x", "p-1"));

		assertThat(store.expunge(Condition.class, "x")).isTrue();

		assertThat(store.latest(Condition.class, "x")).isEmpty();
		assertThat(store.history(Condition.class, null, null).size()).isZero();
		assertThat(store.put(condition("x", "p-1")).getMeta().getVersionId()).isEqualTo("1");
		assertThat(store.expunge(Condition.class, "never-was")).isFalse();
	}

	@Test
	void aResultFoundBeforeADeletionStillListsTheDeletedResource() {
		store.put(condition("d-1", "p-1"));
		store.put(condition("d-2", "p-1"));
		StoredVersions found = store.find(Condition.class, ResourceQuery.forPatient("p-1"));

		store.delete(Condition.class, "d-1");

		assertThat(found.get(0, 5)).extracting(StoredVersion::id).containsExactly("d-1", "d-2");
		assertThat(store.find(Condition.class, ResourceQuery.forPatient("p-1")).size()).isEqualTo(1);
	}

	@Test
	void aFoundResultKeepsItsContentAndOrderWhenTheStoreChangesLater() {
		for (int number = 1; number <= 5; number++) {
			store.put(condition("s-" + number, "p-1"));
		}
		StoredVersions found = store.find(Condition.class, ResourceQuery.forPatient("p-1"));
		List<StoredVersion> firstPage = found.get(0, 2);

		store.put(condition("s-1", "p-1"));
		store.put(condition("s-6", "p-1"));
		store.put(condition("s-4", "p-2"));

		assertThat(found.size()).isEqualTo(5);
		assertThat(firstPage).extracting(StoredVersion::id).containsExactly("s-1", "s-2");
		assertThat(found.get(2, 10)).extracting(StoredVersion::id).containsExactly("s-3", "s-4", "s-5");
		assertThat(found.get(0, 1).getFirst().versionId()).isEqualTo("1");
		assertThat(ids(store.search(Condition.class, ResourceQuery.forPatient("p-1"))))
			.containsExactly("s-2", "s-3", "s-5", "s-1", "s-6");
	}

	@Test
	void pagesOfALargeResultAreReadInAnyOrder() {
		for (int number = 0; number < 2_000; number++) {
			store.put(observation("o-" + number, "p-" + number % 7));
		}
		StoredVersions found = store.find(Observation.class, ResourceQuery.all());

		assertThat(found.size()).isEqualTo(2_000);
		assertThat(found.get(1_500, 1_502)).extracting(StoredVersion::id).containsExactly("o-1500", "o-1501");
		assertThat(found.get(300, 301)).extracting(StoredVersion::id).containsExactly("o-300");
		assertThat(found.get(1_999, 2_050)).extracting(StoredVersion::id).containsExactly("o-1999");
		assertThat(store.find(Observation.class, ResourceQuery.forPatient("p-3")).size()).isEqualTo(286);
	}

	@Test
	void searchesByIdsAmongOneType() {
		store.put(condition("a", "p-1"));
		store.put(condition("b", "p-1"));
		store.put(observation("a", "p-1"));

		assertThat(ids(store.search(Condition.class, ResourceQuery.byIds(Set.of("b", "a", "zz")))))
			.containsExactly("a", "b");
		assertThat(ids(store.search(Condition.class,
				ResourceQuery.byIds(Set.of("a", "b")).aboutPatient("p-2")))).isEmpty();
	}

	@Test
	void findsIdentifiedTypesByTheirCurrentIdentifier() {
		Task task = new Task();
		task.setId("t-1");
		task.addIdentifier().setSystem("urn:system").setValue("one");
		store.put(task);

		assertThat(ids(store.search(Task.class, ResourceQuery.byIdentifier("urn:system", "one"))))
			.containsExactly("t-1");
		task.getIdentifierFirstRep().setValue("two");
		store.put(task);
		assertThat(store.search(Task.class, ResourceQuery.byIdentifier("urn:system", "one")))
			.isEmpty();
		assertThat(ids(store.search(Task.class, ResourceQuery.byIdentifier("urn:system", "two"))))
			.containsExactly("t-1");
	}

	@Test
	void readsEveryVersionBackAfterManyWrites() {
		for (int version = 1; version <= 300; version++) {
			store.put(condition("busy", "p-" + version));
		}

		assertThat(store.read(Condition.class, "busy", "150")).get()
			.extracting(condition -> condition.getSubject().getReference())
			.isEqualTo("Patient/p-150");
		assertThat(store.read(Condition.class, "busy").orElseThrow().getMeta().getVersionId()).isEqualTo("300");
		assertThat(store.read(Condition.class, "busy", "301")).isEmpty();
	}

	@Test
	void listenersHearOfEveryWriteWithThePatientItIsAbout() {
		List<ResourceWritten> heard = new java.util.ArrayList<>();
		store.addListener(heard::add);

		store.put(condition("l-1", "p-1"));
		store.create(new Patient());
		store.delete(Condition.class, "l-1");
		store.expunge(Patient.class, "1");

		assertThat(heard).extracting(written -> written.resourceType() + "/" + written.id() + "/"
				+ written.versionId() + " " + written.method() + " " + written.patientId())
			.containsExactly("Condition/l-1/1 PUT p-1", "Patient/1/1 POST 1", "Condition/l-1/2 DELETE p-1");
	}

	@Test
	void putRequiresAnId() {
		assertThatIllegalArgumentException().isThrownBy(() -> store.put(new Condition()));
	}

	private static Condition condition(String id, String patientId) {
		Condition condition = new Condition().setSubject(new Reference("Patient/" + patientId));
		condition.setId(id);
		return condition;
	}

	private static Observation observation(String id, String patientId) {
		Observation observation = new Observation().setSubject(new Reference("Patient/" + patientId));
		observation.setId(id);
		return observation;
	}

	private static List<String> ids(List<? extends Resource> resources) {
		return resources.stream().map(resource -> resource.getIdElement().getIdPart()).toList();
	}

}
