package org.secondopinion.gateway.sync;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondopinion.gateway.GracefulStop;
import org.secondopinion.gateway.GatewaySettings;
import org.secondopinion.gateway.ingest.ConnectedEhrs;
import org.secondopinion.gateway.ingest.IngestSettings;
import org.secondopinion.gateway.lease.Lease;
import org.secondopinion.gateway.lease.Leases;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs a sync pass over every configured EHR and resource type, then waits the poll interval, and again; a
 * {@link SyncTrigger} request runs a pass over one EHR in between, on the same thread. Each type's pass runs under
 * its lease: a type whose lease another gateway instance holds is skipped this time, so several instances share
 * the EHRs and their types, and a type an instance stops syncing (closed, killed) is taken by another.
 */
@Component
class SyncScheduler implements SmartLifecycle, SyncTrigger {

	private static final Logger log = LoggerFactory.getLogger(SyncScheduler.class);

	private final GatewaySettings settings;

	private final ResourceSync sync;

	private final IngestSettings ingest;

	private final ConnectedEhrs ehrs;

	private @Nullable ScheduledExecutorService executor;

	private final Set<EhrId> requested = ConcurrentHashMap.newKeySet();

	private final Leases leases;

	SyncScheduler(GatewaySettings settings, IngestSettings ingest, ResourceSync sync, ConnectedEhrs ehrs,
			Leases leases) {
		this.settings = settings;
		this.leases = leases;
		this.ingest = ingest;
		this.sync = sync;
		this.ehrs = ehrs;
	}

	void syncAll() {
		for (ConnectedEhrs.Connected ehr : ehrs.all()) {
			syncEhr(ehr);
		}
	}

	@Override
	public synchronized void passNow(EhrId ehrId) {
		ScheduledExecutorService running = executor;
		if (running == null || !requested.add(ehrId)) {
			return;
		}
		running.execute(() -> {
			requested.remove(ehrId);
			try {
				ehrs.find(ehrId).ifPresent(this::syncEhr);
			}
			catch (RuntimeException ex) {
				log.error("Requested sync pass of EHR {} failed; the next pass resumes from the watermark", ehrId, ex);
			}
		});
	}

	private void syncEhr(ConnectedEhrs.Connected ehr) {
		if (ehr.client().circuitOpen()) {
			log.warn("Skipping EHR {} this pass: {}", ehr.id(), ehr.client().connectionStatus());
			return;
		}
		for (String type : typesOf(ehr.settings())) {
			if (Thread.currentThread().isInterrupted()) {
				return;
			}
			Optional<Lease> lease = leases.tryAcquire(ResourceSync.leaseOf(ehr.id(), type));
			if (lease.isEmpty()) {
				log.debug("{} of EHR {} is being synced by another instance", type, ehr.id());
				continue;
			}
			try (Lease held = lease.get()) {
				int published = sync.sync(ehr, type, held);
				if (published > 0) {
					log.info("Published {} {} resource(s) from EHR {}", published, type, ehr.id());
				}
			}
		}
	}

	/** The EHR's configured clinical types, then the directory types. */
	private List<String> typesOf(GatewaySettings.Ehr ehr) {
		Set<String> types = new LinkedHashSet<>(ehr.resourceTypesOrDefault());
		types.addAll(ingest.directoryTypes());
		return List.copyOf(types);
	}

	@Override
	public synchronized void start() {
		executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("ehr-sync").factory());
		executor.scheduleWithFixedDelay(this::syncAllSafely, 0, settings.pollInterval().toMillis(),
				TimeUnit.MILLISECONDS);
		log.info("Syncing {} EHR(s) every {}", ehrs.all().size(), settings.pollInterval());
	}

	@Override
	public synchronized void stop() {
		executor = GracefulStop.stop(executor, Duration.ofSeconds(10));
	}

	@Override
	public int getPhase() {
		return Leases.WORK_PHASE;
	}

	@Override
	public synchronized boolean isRunning() {
		return executor != null;
	}

	private void syncAllSafely() {
		try {
			syncAll();
		}
		catch (RuntimeException ex) {
			log.error("Sync pass failed; the next pass resumes from the watermark", ex);
		}
	}

}
