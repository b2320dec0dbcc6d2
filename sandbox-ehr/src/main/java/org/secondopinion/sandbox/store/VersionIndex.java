package org.secondopinion.sandbox.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the store knows about every version without reading it: where its bytes are, when it was written, how, and
 * which resource it belongs to; plus the lists that searches start from (per type, per patient, per identifier).
 * Versions are numbered in write order (0, 1, 2...), which is also the order of {@code meta.lastUpdated}. About 40
 * bytes a version and 50 a resource, in columns of primitives. Not thread-safe: the store guards it with its lock.
 */
final class VersionIndex {

	/** The successor of a version that is still the latest one. */
	static final int NO_SUCCESSOR = Integer.MAX_VALUE;

	static final int NONE = -1;

	private static final byte EXPUNGED = 8;

	private static final byte METHOD_MASK = 3;

	private final LongColumn positions = new LongColumn();

	private final IntColumn lengths = new IntColumn();

	private final LongColumn lastUpdated = new LongColumn();

	private final IntColumn resourceOf = new IntColumn();

	private final IntColumn predecessors = new IntColumn();

	private final IntColumn successors = new IntColumn();

	private final IntColumn versionNumbers = new IntColumn();

	private final ByteColumn flags = new ByteColumn();

	private final ResourceIndex resources = new ResourceIndex();

	/** The latest version of each resource, or {@link #NONE} once expunged. */
	private final IntColumn latest = new IntColumn();

	private final List<String> typeNames = new ArrayList<>();

	private final Map<String, Integer> typeCodes = new HashMap<>();

	private final List<IntList> byType = new ArrayList<>();

	private final Map<String, IntList> byPatient = new HashMap<>();

	/** Resources by identifier; only the types searched by identifier, which are few and small. */
	private final Map<String, Set<Integer>> byIdentifier = new HashMap<>();

	private final Map<Integer, List<String>> identifiersOf = new HashMap<>();

	int versionCount() {
		return positions.size();
	}

	/** The code of a resource type, assigning one to a type seen for the first time. */
	int typeCode(String type) {
		Integer code = typeCodes.get(type);
		if (code != null) {
			return code;
		}
		if (typeNames.size() > Byte.MAX_VALUE) {
			throw new IllegalStateException("Too many resource types");
		}
		typeNames.add(type);
		byType.add(new IntList());
		typeCodes.put(type, typeNames.size() - 1);
		return typeNames.size() - 1;
	}

	/** The code of a resource type, or -1 if the store holds none of it. */
	int knownTypeCode(String type) {
		return typeCodes.getOrDefault(type, -1);
	}

	List<String> typeNames() {
		return List.copyOf(typeNames);
	}

	String typeName(int code) {
		return typeNames.get(code);
	}

	/** The number of a resource, or -1 if the store never held it. */
	int resource(int typeCode, String id) {
		return resources.find(typeCode, id);
	}

	int addResource(int typeCode, String id) {
		int number = resources.add(typeCode, id);
		latest.add(NONE);
		return number;
	}

	int latest(int resource) {
		return latest.get(resource);
	}

	/**
	 * Records a new latest version of a resource.
	 * @param patientId the patient the version is about, if any
	 * @param identifiers the {@code type|system|value} keys to find the resource by, if its type is searched by
	 * identifier
	 * @return the number of the version
	 */
	int append(int resource, long position, int length, long updatedMillis, WriteMethod method,
			@Nullable String patientId, List<String> identifiers) {
		int previous = latest.get(resource);
		int version = positions.add(position);
		lengths.add(length);
		lastUpdated.add(updatedMillis);
		resourceOf.add(resource);
		predecessors.add(previous);
		successors.add(NO_SUCCESSOR);
		versionNumbers.add(previous == NONE ? 1 : versionNumbers.get(previous) + 1);
		flags.add((byte) method.ordinal());
		if (previous != NONE) {
			successors.set(previous, version);
		}
		latest.set(resource, version);
		byType.get(resources.type(resource)).add(version);
		if (patientId != null) {
			byPatient.computeIfAbsent(patientId, ignored -> new IntList()).add(version);
		}
		identify(resource, identifiers);
		return version;
	}

	private void identify(int resource, List<String> identifiers) {
		List<String> previous = identifiersOf.getOrDefault(resource, List.of());
		if (previous.equals(identifiers)) {
			return;
		}
		for (String identifier : previous) {
			Set<Integer> found = byIdentifier.get(identifier);
			found.remove(resource);
			if (found.isEmpty()) {
				byIdentifier.remove(identifier);
			}
		}
		for (String identifier : identifiers) {
			byIdentifier.computeIfAbsent(identifier, ignored -> new LinkedHashSet<>()).add(resource);
		}
		if (identifiers.isEmpty()) {
			identifiersOf.remove(resource);
		}
		else {
			identifiersOf.put(resource, List.copyOf(identifiers));
		}
	}

	/** Forgets a resource and all its versions, as if it had never been written. */
	void expunge(int resource) {
		for (int version = latest.get(resource); version != NONE; version = predecessors.get(version)) {
			flags.set(version, (byte) (flags.get(version) | EXPUNGED));
		}
		latest.set(resource, NONE);
		identify(resource, List.of());
	}

	long position(int version) {
		return positions.get(version);
	}

	int length(int version) {
		return lengths.get(version);
	}

	long lastUpdated(int version) {
		return lastUpdated.get(version);
	}

	int resourceOf(int version) {
		return resourceOf.get(version);
	}

	int predecessor(int version) {
		return predecessors.get(version);
	}

	int successor(int version) {
		return successors.get(version);
	}

	int versionNumber(int version) {
		return versionNumbers.get(version);
	}

	WriteMethod method(int version) {
		return WriteMethod.values()[flags.get(version) & METHOD_MASK];
	}

	boolean expunged(int version) {
		return (flags.get(version) & EXPUNGED) != 0;
	}

	int typeCodeOf(int version) {
		return resources.type(resourceOf.get(version));
	}

	String id(int resource) {
		return resources.id(resource);
	}

	int resourceType(int resource) {
		return resources.type(resource);
	}

	/** The versions of one type, in write order. */
	IntList ofType(int typeCode) {
		return byType.get(typeCode);
	}

	/** The versions about one patient, in write order. */
	@Nullable IntList ofPatient(String patientId) {
		return byPatient.get(patientId);
	}

	/** The resources whose latest version has an identifier ({@code type|system|value}). */
	Set<Integer> withIdentifier(String identifier) {
		return byIdentifier.getOrDefault(identifier, Set.of());
	}

}
