package org.secondopinion.gateway.backfill;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.secondopinion.events.EhrId;
import org.secondopinion.gateway.ingest.Incoming;
import org.secondopinion.gateway.ingest.IngestResult;
import org.secondopinion.gateway.ingest.IngestSettings;
import org.secondopinion.gateway.ingest.ResourceIngestor;
import org.secondopinion.gateway.lease.Lease;

/**
 * Streams one NDJSON file of an export and publishes it in batches; after each acknowledged batch the file's
 * progress is recorded, so a restart streams it again from the first line not yet published. Only one batch of
 * lines is held at a time.
 */
final class FileDownload {

	private final BackfillId job;

	private final EhrId ehrId;

	private final BackfillRepository.ExportFile file;

	private final BackfillRepository jobs;

	private final ResourceIngestor ingestor;

	private final IngestSettings settings;

	private final Lease lease;

	private final List<Incoming> batch = new ArrayList<>();

	private long lastLine;

	FileDownload(BackfillId job, EhrId ehrId, BackfillRepository.ExportFile file, BackfillRepository jobs,
			ResourceIngestor ingestor, IngestSettings settings, Lease lease) {
		this.job = job;
		this.lease = lease;
		this.ehrId = ehrId;
		this.file = file;
		this.jobs = jobs;
		this.ingestor = ingestor;
		this.settings = settings;
		this.lastLine = file.linesDone();
	}

	void run(BulkDataClient bulk) {
		bulk.download(URI.create(file.url()), file.linesDone(), settings.maxResourceBytes(),
				new BulkDataClient.LineSink() {

					@Override
					public void line(BoundedLines.Line line, long number) {
						batch.add(line.truncated() ? Incoming.truncatedLine(line.text()) : Incoming.line(line.text()));
						if (batch.size() >= settings.backfill().batchSize()) {
							flush(number, false);
						}
					}

					@Override
					public void end(long lines) {
						flush(Math.max(lines, lastLine), true);
					}

				});
	}

	private void flush(long throughLine, boolean fileDone) {
		lease.check();
		IngestResult result = batch.isEmpty() ? IngestResult.NONE
				: ingestor.ingest(ehrId, file.resourceType(), List.copyOf(batch));
		jobs.batchDone(job, file.position(), throughLine, fileDone, result.published() + result.skipped(),
				result.deadLettered());
		lastLine = throughLine;
		batch.clear();
	}

}
