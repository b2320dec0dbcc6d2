package org.secondopinion.sandbox.store;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Appends versions to the file and the index, stamping each with a {@code lastUpdated} strictly later than the one
 * before, and assigns the ids of created resources. Not thread-safe: the store calls it under its write lock.
 */
final class VersionWriter {

	private final VersionIndex index;

	private final VersionFile file;

	private final Clock clock;

	private final Map<String, Long> lastAssignedIds = new HashMap<>();

	private long lastWrite = Long.MIN_VALUE;

	VersionWriter(VersionIndex index, VersionFile file, Clock clock) {
		this.index = index;
		this.file = file;
		this.clock = clock;
	}

	/** Writes the next version of the resource of this type and id (the first if it is new). */
	Written write(int typeCode, String id, ResourceEncoder.Encoded encoded, WriteMethod method) {
		int resource = index.resource(typeCode, id);
		if (resource < 0) {
			resource = index.addResource(typeCode, id);
		}
		long position = file.append(encoded.bytes());
		long lastUpdated = nextTimestamp();
		String patientId = encoded.patientId(id);
		int version = index.append(resource, position, encoded.bytes().length, lastUpdated, method, patientId,
				encoded.identifiers());
		return new Written(index.typeName(typeCode), id, index.versionNumber(version), lastUpdated, method, patientId);
	}

	/** Writes a tombstone after the resource's latest version; returns its version number. */
	int tombstone(int resource) {
		return index.append(resource, -1, 0, nextTimestamp(), WriteMethod.DELETE, null, List.of());
	}

	/** The next free id of a type: {@code 1}, {@code 2}... skipping ids already used. */
	String nextId(String type, int typeCode) {
		long next = lastAssignedIds.getOrDefault(type, 0L);
		do {
			next++;
		}
		while (index.resource(typeCode, Long.toString(next)) >= 0);
		lastAssignedIds.put(type, next);
		return Long.toString(next);
	}

	private long nextTimestamp() {
		long now = clock.millis();
		lastWrite = now > lastWrite ? now : lastWrite + 1;
		return lastWrite;
	}

	/** A version just written. */
	record Written(String type, String id, int version, long lastUpdated, WriteMethod method,
			@Nullable String patientId) {

		ResourceWritten event() {
			return new ResourceWritten(type, id, Integer.toString(version), method, Instant.ofEpochMilli(lastUpdated),
					patientId);
		}

	}

}
