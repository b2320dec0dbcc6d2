package org.secondopinion.gateway.operations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.gateway.backfill.BackfillProgress;
import org.secondopinion.gateway.sync.EhrCapabilities;
import org.secondopinion.gateway.sync.SyncStatus;

/**
 * One row of {@code GET /api/v1/sync}: where the sync of an EHR's resource type stands, and the EHR's latest
 * backfill (the same on every row of that EHR).
 * @param served whether the EHR's CapabilityStatement lists the type (false: it is skipped); null until read
 * @param deletesTracked whether deletes of the type are read from its {@code _history} (false when the EHR does not
 * offer a type-level {@code _history}, or delete tracking is off); null until the CapabilityStatement was read
 */
record SyncOverview(EhrId ehrId, String resourceType, @Nullable Instant watermark, long resourcesSeen,
		long deadLettered, @Nullable Instant lastRunAt, @Nullable Instant lastSuccessAt, @Nullable Long lagSeconds,
		@Nullable String lastError, @Nullable BackfillProgress backfill, @Nullable Boolean served,
		@Nullable Boolean deletesTracked) {

	static SyncOverview of(SyncStatus status, @Nullable BackfillProgress backfill,
			EhrCapabilities.@Nullable Capabilities capabilities, boolean trackDeletes) {
		return new SyncOverview(status.ehrId(), status.resourceType(), status.watermark(), status.resourcesSeen(),
				status.deadLettered(), status.lastRunAt(), status.lastSuccessAt(), status.lagSeconds(),
				status.lastError(), backfill, capabilities == null ? null : capabilities.serves(status.resourceType()),
				capabilities == null ? null : trackDeletes && capabilities.historyOf(status.resourceType()));
	}

}
