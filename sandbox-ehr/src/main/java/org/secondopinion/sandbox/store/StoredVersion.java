package org.secondopinion.sandbox.store;

import java.time.Instant;

import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * One version of a resource as the store holds it.
 *
 * @param resourceType the resource type, e.g. {@code Condition}
 * @param id the logical id
 * @param versionId the version, {@code 1} for the first
 * @param lastUpdated when the version was written
 * @param method how it was written
 * @param resource its content, with id and meta set; {@code null} for a tombstone ({@link WriteMethod#DELETE})
 */
public record StoredVersion(String resourceType, String id, String versionId, Instant lastUpdated, WriteMethod method,
		@Nullable Resource resource) {

	/** Whether this version records a deletion. */
	public boolean deleted() {
		return method == WriteMethod.DELETE;
	}

}
