package org.secondopinion.gateway.sync;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondopinion.gateway.GatewaySettings;
import org.secondopinion.gateway.ehr.EhrClient;
import org.secondopinion.gateway.ehr.EhrClients;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs a sync pass over every configured EHR and resource type, then waits the poll interval, and again. */
@Component
class SyncScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SyncScheduler.class);

	private final GatewaySettings settings;

	private final ResourceSync sync;

	private final List<ConfiguredEhr> ehrs;

	private @Nullable ScheduledExecutorService executor;

	SyncScheduler(GatewaySettings settings, ResourceSync sync, EhrClients clients) {
		this.settings = settings;
		this.sync = sync;
		this.ehrs = settings.ehrs().stream().map(ehr -> new ConfiguredEhr(ehr, clients.get(ehr.id()))).toList();
	}

	void syncAll() {
		for (ConfiguredEhr ehr : ehrs) {
			if (ehr.client().circuitOpen()) {
				log.warn("Skipping EHR {} this pass: {}", ehr.settings().id(), ehr.client().connectionStatus());
				continue;
			}
			for (String type : ehr.settings().resourceTypesOrDefault()) {
				int published = sync.sync(ehr.settings(), ehr.client(), type);
				if (published > 0) {
					log.info("Published {} {} resource(s) from EHR {}", published, type, ehr.settings().id());
				}
			}
		}
	}

	@Override
	public synchronized void start() {
		executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("ehr-sync").factory());
		executor.scheduleWithFixedDelay(this::syncAllSafely, 0, settings.pollInterval().toMillis(),
				TimeUnit.MILLISECONDS);
		log.info("Syncing {} EHR(s) every {}", ehrs.size(), settings.pollInterval());
	}

	@Override
	public synchronized void stop() {
		if (executor != null) {
			executor.shutdownNow();
			try {
				executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			executor = null;
		}
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

	private record ConfiguredEhr(GatewaySettings.Ehr settings, EhrClient client) {
	}

}
