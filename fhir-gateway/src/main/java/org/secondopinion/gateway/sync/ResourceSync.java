package org.secondopinion.gateway.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondopinion.gateway.GatewaySettings;
import org.secondopinion.gateway.ehr.BundlePage;
import org.secondopinion.gateway.ingest.ConnectedEhrs;
import org.secondopinion.gateway.ingest.Incoming;
import org.secondopinion.gateway.ingest.IngestResult;
import org.secondopinion.gateway.ingest.IngestSettings;
import org.secondopinion.gateway.ingest.ResourceIngestor;
import org.secondopinion.gateway.lease.Lease;
import org.secondopinion.gateway.lease.LeaseLostException;
import org.springframework.stereotype.Component;

/**
 * One incremental pass over one EHR resource type: search {@code _lastUpdated=ge(watermark - overlap)} page by
 * page to the end, then read the type's history for deletes. The watermark moves only after a page was
 * acknowledged and recorded, so a pass that stops (error, shutdown, crash, lost lease) resumes from the last such
 * page. The pass runs under the lease of its EHR and type and checks it before each page is published, so two
 * gateway instances never publish the same pages at once.
 */
@Component
public class ResourceSync {

	private static final Logger log = LoggerFactory.getLogger(ResourceSync.class);

	private final SyncStateRepository state;

	private final ResourceIngestor ingestor;

	private final DeletionSync deletions;

	private final GatewaySettings settings;

	private final IngestSettings ingest;

	private final EhrCapabilities capabilities;

	private final Clock clock;

	ResourceSync(SyncStateRepository state, ResourceIngestor ingestor, DeletionSync deletions,
			GatewaySettings settings, IngestSettings ingest, EhrCapabilities capabilities, Clock clock) {
		this.state = state;
		this.capabilities = capabilities;
		this.ingestor = ingestor;
		this.deletions = deletions;
		this.settings = settings;
		this.ingest = ingest;
		this.clock = clock;
	}

	/**
	 * Runs the pass; returns how many resources were published. Failures are recorded, not thrown. A type the EHR's
	 * CapabilityStatement does not list is skipped, and deletes are read only where the EHR offers the type's
	 * {@code _history}.
	 */
	int sync(ConnectedEhrs.Connected ehr, String resourceType, Lease lease) {
		Instant started = clock.instant();
		int total = 0;
		EhrCapabilities.Capabilities offered = capabilities.of(ehr);
		if (!offered.serves(resourceType)) {
			log.debug("EHR {} does not serve {}; skipped", ehr.id(), resourceType);
			state.recordRun(ehr.id(), resourceType, notServed(resourceType));
			return 0;
		}
		try {
			Instant from = state.watermark(ehr.id(), resourceType).map(w -> w.minus(ingest.overlap())).orElse(null);
			total = search(ehr, resourceType, from, lease, page -> {
			}).published();
			if (ingest.trackDeletes() && offered.historyOf(resourceType)) {
				total += deletions.sync(ehr, resourceType, started, lease);
			}
			state.recordRun(ehr.id(), resourceType, null);
			return total;
		}
		catch (LeaseLostException ex) {
			log.warn("Sync of {} from EHR {} stopped after {} resources: {}", resourceType, ehr.id(), total,
					ex.getMessage());
			return total;
		}
		catch (RuntimeException ex) {
			log.warn("Sync of {} from EHR {} stopped after {} resources: {}", resourceType, ehr.id(), total,
					ex.getMessage());
			state.recordRun(ehr.id(), resourceType, ex.getMessage());
			return total;
		}
	}

	/**
	 * Searches {@code resourceType} changed since {@code from} (everything when null), publishing and recording
	 * page by page while {@code lease} is held; {@code listener} hears of each page once it is recorded. Failures,
	 * and the loss of the lease ({@link LeaseLostException}), are thrown.
	 */
	public IngestResult search(ConnectedEhrs.Connected ehr, String resourceType, @Nullable Instant from, Lease lease,
			PageListener listener) {
		Map<String, String> params = new LinkedHashMap<>();
		if (from != null) {
			params.put("_lastUpdated", "ge" + from);
		}
		params.put("_sort", "_lastUpdated");
		params.put("_count", String.valueOf(settings.pageSizeOf(ehr.settings())));
		BundlePage page = ehr.client().search(resourceType, params);
		IngestResult total = IngestResult.NONE;
		while (true) {
			lease.check();
			IngestResult result = ingestor.ingest(ehr.id(), resourceType,
					page.resources().stream().map(Incoming::of).toList());
			state.recordPage(ehr.id(), resourceType, result.reached(), result.published(), result.deadLettered());
			if (result.deadLettered() > 0) {
				log.warn("{} {} resource(s) from EHR {} sent to the dead-letter topic", result.deadLettered(),
						resourceType, ehr.id());
			}
			total = total.plus(result);
			listener.recorded(result);
			if (page.next().isEmpty()) {
				return total;
			}
			page = ehr.client().page(page.next().get());
		}
	}

	/** The name of the lease under which the EHR's resources of a type are synced (and pushed). */
	public static String leaseOf(EhrId ehrId, String resourceType) {
		return "sync/" + ehrId + "/" + resourceType;
	}

	/** The note recorded as the last error of a type the EHR does not serve. */
	static String notServed(String resourceType) {
		return "Skipped: the EHR's CapabilityStatement does not list " + resourceType;
	}

	/** Hears of each page of a search once it is published and recorded. */
	@FunctionalInterface
	public interface PageListener {

		void recorded(IngestResult page);

	}

}
