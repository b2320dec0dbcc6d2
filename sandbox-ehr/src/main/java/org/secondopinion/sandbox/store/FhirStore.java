package org.secondopinion.sandbox.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/**
 * An in-memory, versioned, thread-safe store of FHIR R4 resources.
 * <p>
 * Every write stores a copy with the next {@code meta.versionId} (starting at 1) and a {@code meta.lastUpdated} that
 * is strictly later than that of any earlier write in this store, so that a client syncing with
 * {@code _lastUpdated=gt<watermark>} never misses or repeats a write. A write and its timestamp are atomic: a reader
 * never sees a later write without the earlier ones. Reads return copies; callers may change them freely.
 */
public final class FhirStore {

	private static final Comparator<Resource> BY_LAST_UPDATED_THEN_ID = Comparator
		.comparing((Resource resource) -> resource.getMeta().getLastUpdated())
		.thenComparing(resource -> resource.getIdElement().getIdPart());

	private final Clock clock;

	/** Resource type, then logical id, then all versions (oldest first). Guarded by {@code this}. */
	private final Map<String, Map<String, List<Resource>>> histories = new HashMap<>();

	private final Map<String, Long> lastAssignedIds = new HashMap<>();

	private Instant lastWrite = Instant.EPOCH;

	public FhirStore(Clock clock) {
		this.clock = clock;
	}

	/** Stores a new resource under an id assigned by the store ({@code 1}, {@code 2}, ... per type). */
	public synchronized <T extends Resource> T create(T resource) {
		String type = resource.fhirType();
		Map<String, List<Resource>> ofType = ofType(type);
		long next = lastAssignedIds.getOrDefault(type, 0L);
		do {
			next++;
		}
		while (ofType.containsKey(Long.toString(next)));
		lastAssignedIds.put(type, next);
		return write(resource, type, Long.toString(next));
	}

	/** Stores a resource under its own id: creates it (version 1) if absent, else adds the next version. */
	public synchronized <T extends Resource> T put(T resource) {
		String id = resource.getIdElement().getIdPart();
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("A resource to put needs an id");
		}
		return write(resource, resource.fhirType(), id);
	}

	/** The current version of a resource. */
	public synchronized <T extends Resource> Optional<T> read(Class<T> type, String id) {
		List<Resource> versions = ofType(typeName(type)).get(id);
		return versions == null ? Optional.empty() : Optional.of(copy(type, versions.getLast()));
	}

	/** One version of a resource. */
	public synchronized <T extends Resource> Optional<T> read(Class<T> type, String id, String versionId) {
		List<Resource> versions = ofType(typeName(type)).getOrDefault(id, List.of());
		return versions.stream()
			.filter(version -> version.getMeta().getVersionId().equals(versionId))
			.findFirst()
			.map(version -> copy(type, version));
	}

	/** The current versions that match the query, in ascending order of {@code meta.lastUpdated}, then id. */
	public synchronized <T extends Resource> List<T> search(Class<T> type, ResourceQuery query) {
		List<T> matches = new ArrayList<>();
		for (List<Resource> versions : ofType(typeName(type)).values()) {
			Resource current = versions.getLast();
			if (query.matches(current)) {
				matches.add(copy(type, current));
			}
		}
		matches.sort(BY_LAST_UPDATED_THEN_ID);
		return matches;
	}

	/** Removes a resource and its history; returns whether it was there. */
	public synchronized boolean delete(Class<? extends Resource> type, String id) {
		return ofType(typeName(type)).remove(id) != null;
	}

	private <T extends Resource> T write(T resource, String type, String id) {
		List<Resource> versions = ofType(type).computeIfAbsent(id, ignored -> new ArrayList<>());
		String versionId = Integer.toString(versions.size() + 1);
		Resource stored = resource.copy();
		stored.setId(new IdType(type, id, versionId));
		stored.getMeta().setVersionId(versionId).setLastUpdated(Date.from(nextTimestamp()));
		versions.add(stored);
		@SuppressWarnings("unchecked")
		T result = (T) stored.copy();
		return result;
	}

	private Instant nextTimestamp() {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		lastWrite = now.isAfter(lastWrite) ? now : lastWrite.plusMillis(1);
		return lastWrite;
	}

	private Map<String, List<Resource>> ofType(String type) {
		return histories.computeIfAbsent(type, ignored -> new HashMap<>());
	}

	private static String typeName(Class<? extends Resource> type) {
		return type.getSimpleName();
	}

	private static <T extends Resource> T copy(Class<T> type, Resource resource) {
		return type.cast(resource.copy());
	}

}
