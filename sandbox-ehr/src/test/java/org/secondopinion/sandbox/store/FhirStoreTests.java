package org.secondopinion.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

class FhirStoreTests {

	private static final Instant NOW = Instant.parse("2025-06-01T10:00:00.123456Z");

	private final FhirStore store = new FhirStore(Clock.fixed(NOW, ZoneOffset.UTC));

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
	void deleteRemovesTheResourceAndItsHistory() {
		store.put(condition("a", "p-1"));

		assertThat(store.delete(Condition.class, "a")).isTrue();
		assertThat(store.read(Condition.class, "a")).isEmpty();
		assertThat(store.delete(Condition.class, "a")).isFalse();
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

	private static List<String> ids(List<? extends Resource> resources) {
		return resources.stream().map(resource -> resource.getIdElement().getIdPart()).toList();
	}

}
