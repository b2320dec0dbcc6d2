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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondopinion.events.EventCodec;
import org.secondopinion.gateway.ehr.EhrUnavailableException;
import org.secondopinion.gateway.ingest.ConnectedEhrs;
import org.secondopinion.gateway.ingest.IngestSettings;
import org.secondopinion.gateway.ingest.ResourceIngestor;
import org.secondopinion.gateway.sync.ResourceSync;
import org.secondopinion.gateway.sync.SyncStateRepository;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs backfill jobs, one thread each, and on start resumes those a stop or crash interrupted: an export is polled
 * again from its status URL, a file is streamed again after the lines already published.
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

	private @Nullable ExecutorService executor;

	private volatile boolean stopping;

	BackfillRunner(BackfillRepository jobs, ConnectedEhrs ehrs, ResourceIngestor ingestor, ResourceSync search,
			SyncStateRepository syncState, IngestSettings settings, EventCodec codec) {
		this.jobs = jobs;
		this.ehrs = ehrs;
		this.ingestor = ingestor;
		this.search = search;
		this.syncState = syncState;
		this.settings = settings;
		this.codec = codec;
	}

	synchronized void submit(BackfillId id) {
		if (executor == null) {
			return;
		}
		executor.execute(() -> run(id));
	}

	@Override
	public synchronized void start() {
		stopping = false;
		executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("backfill-", 0).factory());
		for (BackfillRepository.Job job : jobs.unfinished()) {
			log.info("Resuming backfill {} of EHR {} ({})", job.id(), job.ehrId(), job.state());
			executor.execute(() -> run(job.id()));
		}
	}

	@Override
	public synchronized void stop() {
		stopping = true;
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

	private void run(BackfillId id) {
		BackfillRepository.Job job = jobs.job(id).orElseThrow();
		try {
			ConnectedEhrs.Connected ehr = ehrs.find(job.ehrId())
				.orElseThrow(() -> new IllegalStateException("EHR " + job.ehrId() + " is no longer configured"));
			BulkDataClient bulk = new BulkDataClient(ehr.client(), codec.mapper());
			switch (job.state()) {
				case ACCEPTED -> start(job, ehr, bulk);
				case EXPORTING -> awaitExport(job, ehr, bulk, URI.create(job.statusUrl()));
				case DOWNLOADING -> download(job, ehr, bulk);
				case SEARCHING -> searchEach(job, ehr);
				default -> {
				}
			}
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

	private void start(BackfillRepository.Job job, ConnectedEhrs.Connected ehr, BulkDataClient bulk) {
		if (!bulk.offersExport(job.group())) {
			log.info("EHR {} declares no $export; backfill {} pages through searches", job.ehrId(), job.id());
			List<BackfillRepository.ExportFile> types = new ArrayList<>();
			for (String type : job.types()) {
				types.add(new BackfillRepository.ExportFile(types.size(), type, type, null, 0, false));
			}
			jobs.files(job.id(), BackfillState.SEARCHING, SEARCH, null, types);
			searchEach(job, ehr);
			return;
		}
		URI status = bulk.kickOff(job.types(), job.since(), job.group());
		jobs.exporting(job.id(), BULK_EXPORT, status.toString());
		awaitExport(job, ehr, bulk, status);
	}

	private void awaitExport(BackfillRepository.Job job, ConnectedEhrs.Connected ehr, BulkDataClient bulk, URI statusUrl) {
		Instant deadline = Instant.now().plus(settings.backfill().maxDuration());
		URI status = statusUrl;
		while (true) {
			BulkDataClient.Poll poll;
			try {
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
				download(jobs.job(job.id()).orElseThrow(), ehr, bulk);
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

	private void download(BackfillRepository.Job job, ConnectedEhrs.Connected ehr, BulkDataClient bulk) {
		for (BackfillRepository.ExportFile file : jobs.files(job.id())) {
			if (!file.done()) {
				new FileDownload(job.id(), ehr.id(), file, jobs, ingestor, settings).run(bulk);
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

	private void searchEach(BackfillRepository.Job job, ConnectedEhrs.Connected ehr) {
		for (BackfillRepository.ExportFile type : jobs.files(job.id())) {
			if (type.done()) {
				continue;
			}
			search.search(ehr, type.resourceType(), job.since(),
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
