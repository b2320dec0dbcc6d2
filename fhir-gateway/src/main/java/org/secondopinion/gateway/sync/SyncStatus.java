package org.secondopinion.gateway.sync;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;

/**
 * Where the sync of one EHR's resource type stands.
 * @param watermark {@code meta.lastUpdated} up to which every resource was published and acknowledged
 * @param lagSeconds seconds since the last pass that reached the end of the EHR's changes
 */
public record SyncStatus(EhrId ehrId, String resourceType, @Nullable Instant watermark, long resourcesSeen,
		long deadLettered, @Nullable Instant lastRunAt, @Nullable Instant lastSuccessAt, @Nullable Long lagSeconds,
		@Nullable String lastError) {
}
