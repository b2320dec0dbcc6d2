package org.secondopinion.sandbox.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.sandbox.store.ResourceQuery;
import org.secondopinion.sandbox.store.StoredVersions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs bulk exports on a small pool of threads, keeps them until they are cancelled or their retention is over, and
 * removes their files then (and all files at shutdown).
 */
@Component
class ExportJobs implements DisposableBean {

	private final FhirStore store;

	private final FhirContext context;

	private final ExportSettings settings;

	private final Clock clock;

	private final ExecutorService executor;

	private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();

	private volatile @Nullable Path root;

	ExportJobs(FhirStore store, FhirContext context, ExportSettings settings, Clock clock) {
		this.store = store;
		this.context = context;
		this.settings = settings;
		this.clock = clock;
		this.executor = Executors.newFixedThreadPool(settings.threads(),
				Thread.ofPlatform().name("bulk-export-", 1).daemon().factory());
	}

	/** Takes the snapshot the export will write, at once, and starts writing it in the background. */
	ExportJob start(ExportRequest request) {
		removeExpired();
		ResourceQuery query = request.since() == null ? ResourceQuery.all()
				: ResourceQuery.all().updatedBetween(request.since().plusMillis(1), null);
		Map<String, StoredVersions> snapshot = store.find(request.types(), query);
		Instant transactionTime = snapshot.values().stream().findFirst().map(StoredVersions::asOf)
			.orElseGet(clock::instant);
		String id = UUID.randomUUID().toString();
		ExportJob job = new ExportJob(id, request, snapshot, transactionTime, root().resolve(id), context,
				settings.resourcesPerFile(), clock);
		jobs.put(id, job);
		executor.execute(job);
		return job;
	}

	Optional<ExportJob> find(String id) {
		return Optional.ofNullable(jobs.get(id));
	}

	/** Cancels a job (running or done) and removes its files; false if there is no such job. */
	boolean cancel(String id) {
		ExportJob job = jobs.remove(id);
		if (job == null) {
			return false;
		}
		job.cancel();
		return true;
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
		jobs.values().forEach(ExportJob::cancel);
		Path directory = root;
		if (directory != null) {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException ex) {
				// Best effort at shutdown.
			}
		}
	}

	private void removeExpired() {
		Instant expired = clock.instant().minus(settings.retention());
		jobs.values()
			.stream()
			.filter(job -> job.finishedAt() != null && job.finishedAt().isBefore(expired))
			.map(ExportJob::id)
			.toList()
			.forEach(this::cancel);
	}

	private synchronized Path root() {
		if (root == null) {
			try {
				Files.createDirectories(settings.directory());
				root = Files.createTempDirectory(settings.directory(), "fhir-export-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create the export directory in " + settings.directory(), ex);
			}
		}
		return root;
	}

}
