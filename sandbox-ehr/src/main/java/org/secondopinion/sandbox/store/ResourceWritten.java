package org.secondopinion.sandbox.store;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A version the store has just written, as its listeners hear of it.
 *
 * @param resourceType the resource type, e.g. {@code Condition}
 * @param id the logical id
 * @param versionId the new version
 * @param method how it was written; {@link WriteMethod#DELETE} for a deletion
 * @param lastUpdated when
 * @param patientId the patient the resource is about (for a deletion: was about), if any
 */
public record ResourceWritten(String resourceType, String id, String versionId, WriteMethod method,
		Instant lastUpdated, @Nullable String patientId) {
}
