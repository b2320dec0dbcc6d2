package org.secondopinion.gateway.operations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.secondopinion.gateway.backfill.BackfillProgress;
import org.secondopinion.gateway.sync.SyncStatus;

/**
 * One row of {@code GET /api/v1/sync}: where the sync of an EHR's resource type stands, and the EHR's latest
 * backfill (the same on every row of that EHR).
 */
record SyncOverview(String ehrId, String resourceType, @Nullable Instant watermark, long resourcesSeen,
		long deadLettered, @Nullable Instant lastRunAt, @Nullable Instant lastSuccessAt, @Nullable Long lagSeconds,
		@Nullable String lastError, @Nullable BackfillProgress backfill) {

	static SyncOverview of(SyncStatus status, @Nullable BackfillProgress backfill) {
		return new SyncOverview(status.ehrId(), status.resourceType(), status.watermark(), status.resourcesSeen(),
				status.deadLettered(), status.lastRunAt(), status.lastSuccessAt(), status.lagSeconds(),
				status.lastError(), backfill);
	}

}
