package org.secondopinion.gateway.backfill;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondopinion.events.EventCodec;
import org.secondopinion.gateway.GracefulStop;
import org.secondopinion.gateway.ehr.EhrUnavailableException;
import org.secondopinion.gateway.ingest.ConnectedEhrs;
import org.secondopinion.gateway.ingest.IngestSettings;
import org.secondopinion.gateway.ingest.ResourceIngestor;
import org.secondopinion.gateway.lease.Lease;
import org.secondopinion.gateway.lease.LeaseLostException;
import org.secondopinion.gateway.lease.Leases;
import org.secondopinion.gateway.sync.ResourceSync;
import org.secondopinion.gateway.sync.SyncStateRepository;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs backfill jobs, one thread each, and resumes those a stop or crash interrupted: an export is polled again
 * from its status URL, a file is streamed again after the lines already published. Each job runs under its lease
 * on one gateway instance; every instance looks for unfinished jobs that nobody holds (on start, and every
 * {@code renew-every}), so a job of an instance that was closed or killed is resumed by another.
 */
@Component
class BackfillRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BackfillRunner.class);

	static final String BULK_EXPORT = "bulk-export";

	static final String SEARCH = "search";

	private final BackfillRepository jobs;

	private final ConnectedEhrs ehrs;

	private final ResourceIngestor ingestor;

	private final ResourceSync search;

	private final SyncStateRepository syncState;

	private final IngestSettings settings;

	private final EventCodec codec;

	private final Leases leases;

	private final Set<BackfillId> running = ConcurrentHashMap.newKeySet();

	private @Nullable ExecutorService executor;

	private @Nullable ScheduledExecutorService adopter;

	private volatile boolean stopping;

	BackfillRunner(BackfillRepository jobs, ConnectedEhrs ehrs, ResourceIngestor ingestor, ResourceSync search,
			SyncStateRepository syncState, IngestSettings settings, EventCodec codec, Leases leases) {
		this.jobs = jobs;
		this.leases = leases;
		this.ehrs = ehrs;
		this.ingestor = ingestor;
		this.search = search;
		this.syncState = syncState;
		this.settings = settings;
		this.codec = codec;
	}

	synchronized void submit(BackfillId id) {
		if (executor == null || !running.add(id)) {
			return;
		}
		executor.execute(() -> {
			try {
				run(id);
			}
			finally {
				running.remove(id);
			}
		});
	}

	@Override
	public synchronized void start() {
		stopping = false;
		executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("backfill-", 0).factory());
		adopter = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("backfill-adopter").factory());
		long every = leases.takeoverCheckInterval().toMillis();
		adopter.scheduleWithFixedDelay(this::adoptUnfinished, 0, every, TimeUnit.MILLISECONDS);
	}

	/** Submits every unfinished job not running here; {@link #run} skips those another instance holds. */
	private void adoptUnfinished() {
		try {
			for (BackfillRepository.Job job : jobs.unfinished()) {
				if (!running.contains(job.id())) {
					submit(job.id());
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for unfinished backfills: {}", ex.getMessage());
		}
	}

	@Override
	public synchronized void stop() {
		stopping = true;
		if (adopter != null) {
			adopter.shutdownNow();
			adopter = null;
		}
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

	private void run(BackfillId id) {
		Optional<Lease> taken = leases.tryAcquire("backfill/" + id);
		if (taken.isEmpty()) {
			return;
		}
		try (Lease lease = taken.get()) {
			run(id, lease);
		}
	}

	private void run(BackfillId id, Lease lease) {
		BackfillRepository.Job job = jobs.job(id).orElseThrow();
		if (job.state().finished()) {
			return;
		}
		log.info("Running backfill {} of EHR {} ({})", job.id(), job.ehrId(), job.state());
		try {
			ConnectedEhrs.Connected ehr = ehrs.find(job.ehrId())
				.orElseThrow(() -> new IllegalStateException("EHR " + job.ehrId() + " is no longer configured"));
			BulkDataClient bulk = new BulkDataClient(ehr.client(), codec.mapper());
			switch (job.state()) {
				case ACCEPTED -> start(job, ehr, bulk, lease);
				case EXPORTING -> awaitExport(job, ehr, bulk, URI.create(job.statusUrl()), lease);
				case DOWNLOADING -> download(job, ehr, bulk, lease);
				case SEARCHING -> searchEach(job, ehr, lease);
				default -> {
				}
			}
		}
		catch (LeaseLostException ex) {
			log.warn("Backfill {} of EHR {} paused: {}", id, job.ehrId(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			if (stopping || Thread.currentThread().isInterrupted() || ex.getCause() instanceof InterruptedException) {
				log.info("Backfill {} of EHR {} paused by shutdown; it resumes on start", id, job.ehrId());
				return;
			}
			log.warn("Backfill {} of EHR {} failed: {}", id, job.ehrId(), ex.getMessage());
			jobs.finish(id, BackfillState.FAILED, ex.getMessage());
		}
	}

	private void start(BackfillRepository.Job job, ConnectedEhrs.Connected ehr, BulkDataClient bulk, Lease lease) {
		if (!bulk.offersExport(job.group())) {
			log.info("EHR {} declares no $export; backfill {} pages through searches", job.ehrId(), job.id());
			List<BackfillRepository.ExportFile> types = new ArrayList<>();
			for (String type : job.types()) {
				types.add(new BackfillRepository.ExportFile(types.size(), type, type, null, 0, false));
			}
			jobs.files(job.id(), BackfillState.SEARCHING, SEARCH, null, types);
			searchEach(job, ehr, lease);
			return;
		}
		URI status = bulk.kickOff(job.types(), job.since(), job.group());
		jobs.exporting(job.id(), BULK_EXPORT, status.toString());
		awaitExport(job, ehr, bulk, status, lease);
	}

	private void awaitExport(BackfillRepository.Job job, ConnectedEhrs.Connected ehr, BulkDataClient bulk, URI statusUrl,
			Lease lease) {
		Instant deadline = Instant.now().plus(settings.backfill().maxDuration());
		URI status = statusUrl;
		while (true) {
			BulkDataClient.Poll poll;
			try {
				lease.check();
				poll = bulk.poll(status);
			}
			catch (EhrUnavailableException ex) {
				if (ex.status() != 404) {
					throw ex;
				}
				// the EHR forgot the export (expired, or it restarted): ask again
				status = bulk.kickOff(job.types(), job.since(), job.group());
				jobs.exporting(job.id(), BULK_EXPORT, status.toString());
				continue;
			}
			if (poll.manifest() != null) {
				List<BackfillRepository.ExportFile> files = new ArrayList<>();
				for (BulkDataClient.Manifest.Output output : poll.manifest().outputs()) {
					files.add(new BackfillRepository.ExportFile(files.size(), output.type(),
							status.resolve(output.url()).toString(), output.count(), 0, false));
				}
				jobs.files(job.id(), BackfillState.DOWNLOADING, BULK_EXPORT, poll.manifest().transactionTime(), files);
				download(jobs.job(job.id()).orElseThrow(), ehr, bulk, lease);
				return;
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("The export did not finish within " + settings.backfill().maxDuration());
			}
			Duration wait = Optional.ofNullable(poll.retryAfter())
				.flatMap(after -> after)
				.orElse(settings.backfill().defaultPollWait());
			sleep(wait.compareTo(settings.backfill().maxPollWait()) > 0 ? settings.backfill().maxPollWait()
					: wait.isNegative() ? Duration.ZERO : wait);
		}
	}

	private void download(BackfillRepository.Job job, ConnectedEhrs.Connected ehr, BulkDataClient bulk, Lease lease) {
		for (BackfillRepository.ExportFile file : jobs.files(job.id())) {
			if (!file.done()) {
				new FileDownload(job.id(), ehr.id(), file, jobs, ingestor, settings, lease).run(bulk);
			}
		}
		Map<String, Long> perType = new LinkedHashMap<>();
		jobs.files(job.id()).forEach(file -> perType.merge(file.resourceType(), file.linesDone(), Long::sum));
		LinkedHashSet<String> types = new LinkedHashSet<>(job.types());
		types.addAll(perType.keySet());
		for (String type : types) {
			syncState.advanceWatermark(job.ehrId(), type, job.transactionTime(), perType.getOrDefault(type, 0L), 0);
		}
		jobs.finish(job.id(), BackfillState.COMPLETED, null);
		log.info("Backfill {} of EHR {} completed; the sync continues from {}", job.id(), job.ehrId(),
				job.transactionTime());
	}

	private void searchEach(BackfillRepository.Job job, ConnectedEhrs.Connected ehr, Lease lease) {
		for (BackfillRepository.ExportFile type : jobs.files(job.id())) {
			if (type.done()) {
				continue;
			}
			search.search(ehr, type.resourceType(), job.since(), lease,
					page -> jobs.batchDone(job.id(), type.position(), 0, false, page.published() + page.skipped(),
							page.deadLettered()));
			jobs.batchDone(job.id(), type.position(), 0, true, 0, 0);
		}
		jobs.finish(job.id(), BackfillState.COMPLETED, null);
	}

	private static void sleep(Duration wait) {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the export", ex);
		}
	}

}
