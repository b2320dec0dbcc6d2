package org.secondopinion.sandbox.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.VersionWriter.Written;

/**
 * A versioned, thread-safe store of FHIR R4 resources, compact enough for millions of them.
 * <p>
 * Every write stores a new version with the next {@code meta.versionId} (starting at 1) and a
 * {@code meta.lastUpdated} that is strictly later than that of any earlier write in this store, so that a client
 * syncing with {@code _lastUpdated=gt<watermark>} never misses or repeats a write. A write and its timestamp are
 * atomic: a reader never sees a later write without the earlier ones. Reads return fresh objects; callers may change
 * them freely.
 * <p>
 * Versions are kept as deflated JSON in a memory-mapped, append-only file (see {@link VersionFile}), outside the
 * Java heap; the heap holds only an index of primitive columns (see {@link VersionIndex}) and parses a version when
 * it is read. Close the store to release the file.
 */
public final class FhirStore implements AutoCloseable {

	/** The types that are searched by identifier: few resources each, with identifiers that clients look up. */
	public static final Set<String> IDENTIFIED_TYPES = Set.of("Patient", "Practitioner", "PractitionerRole",
			"Organization", "Task", "Group");

	private final Clock clock;

	private final ResourceCodec codec;

	private final ResourceEncoder encoder;

	private final VersionFile file;

	private final VersionIndex index = new VersionIndex();

	private final Queries queries = new Queries(index);

	/** Guarded by the write lock. */
	private final VersionWriter writer;

	private final StoreListeners listeners = new StoreListeners();

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	/** A store in the default temporary directory, with the R4 context shared in this JVM. */
	public FhirStore(Clock clock) {
		this(clock, FhirContext.forR4Cached(), Path.of(System.getProperty("java.io.tmpdir")));
	}

	/**
	 * @param clock stamps {@code meta.lastUpdated}
	 * @param context an R4 context
	 * @param directory where to keep the version file (it is deleted when the store is closed, or earlier)
	 */
	public FhirStore(Clock clock, FhirContext context, Path directory) {
		this.clock = clock;
		this.codec = new ResourceCodec(context);
		this.encoder = new ResourceEncoder(context, codec);
		this.file = new VersionFile(directory);
		this.writer = new VersionWriter(index, file, clock);
	}

	/** Stores a new resource under an id assigned by the store ({@code 1}, {@code 2}, ... per type). */
	public <T extends Resource> T create(T resource) {
		String type = resource.fhirType();
		ResourceEncoder.Encoded encoded = encoder.encode(resource);
		Written written = writeLocked(() -> {
			int typeCode = index.typeCode(type);
			return writer.write(typeCode, writer.nextId(type, typeCode), encoded, WriteMethod.POST);
		});
		publish(written);
		return stamped(resource, written);
	}

	/**
	 * Creates a resource unless one of its type already has the identifier, atomically: of concurrent calls with the
	 * same identifier, one creates and the others find what it created. Only the {@link #IDENTIFIED_TYPES}.
	 * @param identifier {@code system|value}, {@code |value} (no system) or {@code value} (any system)
	 * @throws IllegalStateException if several resources have the identifier
	 */
	public <T extends Resource> CreateOutcome<T> createIfNoneExist(T resource, String identifier) {
		String type = resource.fhirType();
		if (!IDENTIFIED_TYPES.contains(type)) {
			throw new IllegalArgumentException(type + " is not searched by identifier");
		}
		ResourceEncoder.Encoded encoded = encoder.encode(resource);
		Matched matched = writeLocked(() -> {
			int typeCode = index.typeCode(type);
			List<Integer> live = index.withIdentifier(type + "|" + identifier)
				.stream()
				.map(index::latest)
				.filter(version -> version != VersionIndex.NONE && index.method(version) != WriteMethod.DELETE)
				.toList();
			if (live.size() > 1) {
				throw new IllegalStateException(live.size() + " " + type + " resources have the identifier "
						+ identifier);
			}
			if (live.size() == 1) {
				return new Matched(live.getFirst(), null);
			}
			String id = writer.nextId(type, typeCode);
			return new Matched(VersionIndex.NONE, writer.write(typeCode, id, encoded, WriteMethod.POST));
		});
		if (matched.created() != null) {
			publish(matched.created());
			return new CreateOutcome<>(stamped(resource, matched.created()), true);
		}
		return new CreateOutcome<>(type(resource).cast(load(matched.existing()).getFirst().resource()), false);
	}

	/** Stores a resource under its own id: creates it (version 1) if absent, else adds the next version. */
	public <T extends Resource> T put(T resource) {
		String id = resource.getIdElement().getIdPart();
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("A resource to put needs an id");
		}
		ResourceEncoder.Encoded encoded = encoder.encode(resource);
		Written written = writeLocked(
				() -> writer.write(index.typeCode(resource.fhirType()), id, encoded, WriteMethod.PUT));
		publish(written);
		return stamped(resource, written);
	}

	/** The current version of a resource; empty if it is unknown or deleted. */
	public <T extends Resource> Optional<T> read(Class<T> type, String id) {
		return latest(type, id).map(StoredVersion::resource).map(type::cast);
	}

	/** One version of a resource; empty if it is unknown or a tombstone. */
	public <T extends Resource> Optional<T> read(Class<T> type, String id, String versionId) {
		return version(type, id, versionId).map(StoredVersion::resource).map(type::cast);
	}

	/** The current versions that match the query, in ascending order of {@code meta.lastUpdated}. */
	public <T extends Resource> List<T> search(Class<T> type, ResourceQuery query) {
		StoredVersions found = find(type, query);
		return found.get(0, found.size()).stream().map(version -> type.cast(version.resource())).toList();
	}

	/**
	 * The current versions that match the query, in ascending order of {@code meta.lastUpdated}, as a stable result
	 * that is read page by page.
	 */
	public StoredVersions find(Class<? extends Resource> type, ResourceQuery query) {
		return select(() -> queries.search(typeName(type), query));
	}

	/**
	 * The current versions of several types that match one query, found at one instant: a consistent snapshot across
	 * types (as a bulk export needs), each read page by page.
	 * @return the result of each type, in the order given
	 */
	public Map<String, StoredVersions> find(Collection<String> types, ResourceQuery query) {
		return readLocked(() -> {
			Map<String, StoredVersions> found = new LinkedHashMap<>();
			for (String type : types) {
				found.put(type, select(() -> queries.search(type, query)));
			}
			return found;
		});
	}

	/** The types of which the store has ever held a resource. */
	public List<String> resourceTypes() {
		return readLocked(index::typeNames);
	}

	/**
	 * Deletes a resource as FHIR servers do: adds a version that is a tombstone, so that the resource leaves reads and
	 * searches but its history (and the deletion) stays. A later {@link #put} brings it back with the next version.
	 * @return whether there was a resource to delete (false if it is unknown or already deleted)
	 */
	public boolean delete(Class<? extends Resource> type, String id) {
		int[] deleted = writeLocked(() -> {
			int resource = resourceNumber(typeName(type), id);
			int latest = resource < 0 ? VersionIndex.NONE : index.latest(resource);
			if (latest == VersionIndex.NONE || index.method(latest) == WriteMethod.DELETE) {
				return null;
			}
			return new int[] { latest, writer.tombstone(resource) };
		});
		if (deleted == null) {
			return false;
		}
		if (!listeners.isEmpty()) {
			List<StoredVersion> versions = load(deleted);
			StoredVersion tombstone = versions.get(1);
			Resource before = versions.getFirst().resource();
			listeners.publish(new ResourceWritten(tombstone.resourceType(), id, tombstone.versionId(),
					WriteMethod.DELETE, tombstone.lastUpdated(),
					before == null ? null : PatientLinks.patientId(before).orElse(null)));
		}
		return true;
	}

	/**
	 * Calls the listener after every write (create, put, delete; not expunge), on the writing thread, after the write
	 * is visible to readers. Listeners must be quick and must not throw; they may be called concurrently.
	 */
	public void addListener(Consumer<ResourceWritten> listener) {
		listeners.add(listener);
	}

	/** Removes a resource and its whole history, as if it had never been written; returns whether it was there. */
	public boolean expunge(Class<? extends Resource> type, String id) {
		return writeLocked(() -> {
			int resource = resourceNumber(typeName(type), id);
			if (resource < 0 || index.latest(resource) == VersionIndex.NONE) {
				return false;
			}
			index.expunge(resource);
			return true;
		});
	}

	/** The latest version of a resource, a tombstone if it is deleted; empty if the store does not know it. */
	public Optional<StoredVersion> latest(Class<? extends Resource> type, String id) {
		return version(type, id, version -> true);
	}

	/** One version of a resource, a tombstone if that version records its deletion. */
	public Optional<StoredVersion> version(Class<? extends Resource> type, String id, String versionId) {
		return version(type, id, version -> Integer.toString(index.versionNumber(version)).equals(versionId));
	}

	/**
	 * The versions written from {@code since} (inclusive) to {@code until} (inclusive), tombstones included, newest
	 * first: of one type, or of every type if {@code type} is null. Either bound may be null for none.
	 */
	public StoredVersions history(@Nullable Class<? extends Resource> type, @Nullable Instant since,
			@Nullable Instant until) {
		return select(() -> queries.history(type == null ? null : typeName(type), since, after(until)));
	}

	/** The versions of one resource written from {@code since} to {@code until} (both inclusive, both optional). */
	public StoredVersions history(Class<? extends Resource> type, String id, @Nullable Instant since,
			@Nullable Instant until) {
		return select(() -> queries.history(typeName(type), id, since, after(until)));
	}

	private static @Nullable Instant after(@Nullable Instant until) {
		return until == null ? null : until.plusMillis(1);
	}

	/** How many bytes the version file holds. */
	public long fileSize() {
		return readLocked(file::size);
	}

	/** Releases the version file; the store cannot be used afterwards. */
	@Override
	public void close() {
		writeLocked(() -> {
			file.close();
			return null;
		});
	}

	<R> R readLocked(Supplier<R> action) {
		lock.readLock().lock();
		try {
			return action.get();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** Parses versions, tombstones aside. */
	List<StoredVersion> load(int... versions) {
		List<Location> locations = readLocked(() -> {
			List<Location> found = new ArrayList<>(versions.length);
			for (int version : versions) {
				found.add(location(version));
			}
			return found;
		});
		return locations.stream()
			.map(location -> new StoredVersion(location.type(), location.id(), Integer.toString(location.version()),
					Instant.ofEpochMilli(location.lastUpdated()), location.method(),
					location.method() == WriteMethod.DELETE ? null : decode(location)))
			.toList();
	}

	/** The newest version of a resource that passes the test, walking back from the latest one. */
	private Optional<StoredVersion> version(Class<? extends Resource> type, String id, IntPredicate wanted) {
		int found = readLocked(() -> {
			int resource = resourceNumber(typeName(type), id);
			int version = resource < 0 ? VersionIndex.NONE : index.latest(resource);
			while (version != VersionIndex.NONE && !wanted.test(version)) {
				version = index.predecessor(version);
			}
			return version;
		});
		return found == VersionIndex.NONE ? Optional.empty() : Optional.of(load(found).getFirst());
	}

	private StoredVersions select(Supplier<Selection> query) {
		return readLocked(() -> {
			int count = index.versionCount();
			Instant asOf = count == 0 ? clock.instant() : Instant.ofEpochMilli(index.lastUpdated(count - 1));
			return new StoredVersions(this, query.get(), asOf);
		});
	}

	private <R> R writeLocked(Supplier<R> action) {
		lock.writeLock().lock();
		try {
			return action.get();
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	private void publish(Written written) {
		if (!listeners.isEmpty()) {
			listeners.publish(written.event());
		}
	}

	private int resourceNumber(String type, String id) {
		int typeCode = index.knownTypeCode(type);
		return typeCode < 0 ? -1 : index.resource(typeCode, id);
	}

	private Location location(int version) {
		int resource = index.resourceOf(version);
		return new Location(index.typeName(index.resourceType(resource)), index.id(resource),
				index.versionNumber(version), index.lastUpdated(version), index.method(version),
				index.position(version), index.length(version));
	}

	private Resource decode(Location location) {
		return codec.decode(file.read(location.position(), location.length()), location.type(), location.id(),
				location.version(), Instant.ofEpochMilli(location.lastUpdated()));
	}

	private static <T extends Resource> T stamped(T resource, Written written) {
		@SuppressWarnings("unchecked")
		T copy = (T) resource.copy();
		String versionId = Integer.toString(written.version());
		copy.setIdElement(new IdType(written.type(), written.id(), versionId));
		copy.getMeta().setVersionId(versionId).setLastUpdated(new Date(written.lastUpdated()));
		return copy;
	}

	@SuppressWarnings("unchecked")
	private static <T extends Resource> Class<T> type(T resource) {
		return (Class<T>) resource.getClass();
	}

	private static String typeName(Class<? extends Resource> type) {
		return type.getSimpleName();
	}

	/** The version that matched a conditional create, or what it wrote. */
	private record Matched(int existing, @Nullable Written created) {
	}

	private record Location(String type, String id, int version, long lastUpdated, WriteMethod method, long position,
			int length) {
	}

}
