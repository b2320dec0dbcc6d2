package org.secondopinion.gateway.backfill;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;

/**
 * A backfill job as operators see it.
 * @param method {@code bulk-export}, or {@code search} for an EHR without {@code $export}
 * @param transactionTime the export's snapshot instant, where the incremental sync continues
 * @param resourcesTotal the resources the manifest announced; null while unknown
 * @param resourcesPerSecond the rate since the download began
 * @param etaSeconds seconds until done at that rate; null while unknown
 * @param statusUrl where this progress is served
 */
public record BackfillProgress(BackfillId id, EhrId ehrId, BackfillState state, String method, List<String> types,
		@Nullable Instant since, @Nullable String group, @Nullable Instant transactionTime, int filesTotal,
		int filesDone, @Nullable Long resourcesTotal, long resourcesDone, long deadLettered,
		@Nullable Double resourcesPerSecond, @Nullable Long etaSeconds, Instant createdAt, @Nullable Instant finishedAt,
		@Nullable String lastError, String statusUrl) {

	/** The path of a job's status. */
	public static String statusPath(EhrId ehrId, BackfillId id) {
		return "/api/v1/sync/" + ehrId + "/backfill/" + id;
	}

}
