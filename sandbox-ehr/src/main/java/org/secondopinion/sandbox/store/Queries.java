package org.secondopinion.sandbox.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.function.IntPredicate;

import org.jspecify.annotations.Nullable;

/**
 * Turns queries into {@link Selection}s over the {@link VersionIndex}: picks the smallest list to start from (ids,
 * identifier, patient, else the whole type) and the filter that applies the rest as of the moment the query runs.
 * Called under the store's read lock.
 */
final class Queries {

	private final VersionIndex index;

	Queries(VersionIndex index) {
		this.index = index;
	}

	/** The current, undeleted versions of one type that match the query, oldest first. */
	Selection search(String type, ResourceQuery query) {
		int typeCode = index.knownTypeCode(type);
		if (typeCode < 0) {
			return empty();
		}
		int asOf = index.versionCount() - 1;
		IntPredicate current = version -> !index.expunged(version) && index.successor(version) > asOf
				&& index.method(version) != WriteMethod.DELETE && index.typeCodeOf(version) == typeCode;
		IntPredicate accepts = current.and(within(query.updatedFrom(), query.updatedBefore()));
		if (!query.ids().isEmpty()) {
			return among(latestVersions(typeCode, query.ids()), accepts.and(onPatientList(query.patientId())),
					query);
		}
		if (query.identifier() != null) {
			int[] versions = latestVersions(index.withIdentifier(type + "|" + query.identifier()));
			return among(versions, accepts.and(onPatientList(query.patientId())), query);
		}
		if (query.patientId() != null) {
			IntList aboutPatient = index.ofPatient(query.patientId());
			return aboutPatient == null ? empty() : over(Selection.Source.of(aboutPatient), aboutPatient.size(),
					false, accepts, query.updatedFrom(), query.updatedBefore());
		}
		IntList ofType = index.ofType(typeCode);
		return over(Selection.Source.of(ofType), ofType.size(), false, accepts, query.updatedFrom(),
				query.updatedBefore());
	}

	/** All versions of one type, or of every type, written in a range of instants; newest first. */
	Selection history(@Nullable String type, @Nullable Instant since, @Nullable Instant before) {
		IntPredicate kept = version -> !index.expunged(version);
		if (type == null) {
			return over(Selection.Source.all(), index.versionCount(), true, kept, since, before);
		}
		int typeCode = index.knownTypeCode(type);
		if (typeCode < 0) {
			return empty();
		}
		IntList ofType = index.ofType(typeCode);
		return over(Selection.Source.of(ofType), ofType.size(), true, kept, since, before);
	}

	/** All versions of one resource written in a range of instants; newest first. */
	Selection history(String type, String id, @Nullable Instant since, @Nullable Instant before) {
		int typeCode = index.knownTypeCode(type);
		int resource = typeCode < 0 ? -1 : index.resource(typeCode, id);
		if (resource < 0) {
			return empty();
		}
		int count = 0;
		for (int version = index.latest(resource); version != VersionIndex.NONE; version = index.predecessor(version)) {
			count++;
		}
		int[] versions = new int[count];
		for (int version = index.latest(resource); version != VersionIndex.NONE; version = index.predecessor(version)) {
			versions[--count] = version;
		}
		return over(Selection.Source.of(versions), versions.length, true, version -> true, since, before);
	}

	private Selection among(int[] versions, IntPredicate accepts, ResourceQuery query) {
		Arrays.sort(versions);
		return over(Selection.Source.of(versions), versions.length, false, accepts, query.updatedFrom(),
				query.updatedBefore());
	}

	/** A selection over positions {@code [0, length)} of a source, narrowed to a range of last updates. */
	private Selection over(Selection.Source source, int length, boolean descending, IntPredicate accepts,
			@Nullable Instant from, @Nullable Instant before) {
		int low = from == null ? 0 : firstAtOrAfter(source, length, from.toEpochMilli());
		int high = before == null ? length : firstAtOrAfter(source, length, before.toEpochMilli());
		return new Selection(source, low, high, descending, accepts);
	}

	private int firstAtOrAfter(Selection.Source source, int length, long millis) {
		int low = 0;
		int high = length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (index.lastUpdated(source.versionAt(middle)) < millis) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private IntPredicate within(@Nullable Instant from, @Nullable Instant before) {
		long start = from == null ? Long.MIN_VALUE : from.toEpochMilli();
		long end = before == null ? Long.MAX_VALUE : before.toEpochMilli();
		return version -> {
			long updated = index.lastUpdated(version);
			return updated >= start && updated < end;
		};
	}

	/** Whether a version is on the patient's list (the list holds every version about the patient). */
	private IntPredicate onPatientList(@Nullable String patientId) {
		if (patientId == null) {
			return version -> true;
		}
		IntList aboutPatient = index.ofPatient(patientId);
		if (aboutPatient == null) {
			return version -> false;
		}
		int length = aboutPatient.size();
		return version -> {
			int low = 0;
			int high = length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				int candidate = aboutPatient.get(middle);
				if (candidate == version) {
					return true;
				}
				if (candidate < version) {
					low = middle + 1;
				}
				else {
					high = middle;
				}
			}
			return false;
		};
	}

	private int[] latestVersions(int typeCode, Iterable<String> ids) {
		int[] versions = new int[0];
		for (String id : ids) {
			int resource = index.resource(typeCode, id);
			if (resource >= 0 && index.latest(resource) != VersionIndex.NONE) {
				versions = Arrays.copyOf(versions, versions.length + 1);
				versions[versions.length - 1] = index.latest(resource);
			}
		}
		return versions;
	}

	private int[] latestVersions(Set<Integer> resources) {
		return resources.stream()
			.mapToInt(resource -> index.latest(resource))
			.filter(version -> version != VersionIndex.NONE)
			.toArray();
	}

	private static Selection empty() {
		return new Selection(position -> 0, 0, 0, false, version -> false);
	}

}
