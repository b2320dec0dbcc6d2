package org.secondopinion.gateway.operations;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import org.secondopinion.events.EhrId;
import org.secondopinion.gateway.backfill.BackfillProgress;
import org.secondopinion.gateway.backfill.Backfills;
import org.secondopinion.gateway.ingest.IngestSettings;
import org.secondopinion.gateway.sync.EhrCapabilities;
import org.secondopinion.gateway.sync.SyncStateRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SyncStatusController {

	private final SyncStateRepository state;

	private final Backfills backfills;

	private final EhrCapabilities capabilities;

	private final IngestSettings ingest;

	SyncStatusController(SyncStateRepository state, Backfills backfills, EhrCapabilities capabilities,
			IngestSettings ingest) {
		this.state = state;
		this.backfills = backfills;
		this.capabilities = capabilities;
		this.ingest = ingest;
	}

	/**
	 * Per EHR and resource type: watermark, resources seen, lag, the last error, the EHR's latest backfill, and
	 * whether the EHR serves the type and lets its deletes be seen.
	 */
	@Operation(summary = "Sync status per EHR and resource type: watermark, resources seen, lag, last error, backfill progress")
	@GetMapping("/api/v1/sync")
	List<SyncOverview> status() {
		Map<EhrId, BackfillProgress> latest = backfills.latestPerEhr()
			.stream()
			.collect(Collectors.toMap(BackfillProgress::ehrId, Function.identity()));
		return state.all()
			.stream()
			.map(status -> SyncOverview.of(status, latest.get(status.ehrId()),
					capabilities.known(status.ehrId()).orElse(null), ingest.trackDeletes()))
			.toList();
	}

}
