package org.secondopinion.sandbox.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.PatientLinks;
import org.secondopinion.sandbox.store.StoredVersion;
import org.secondopinion.sandbox.store.StoredVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bulk export: pages through the store's snapshot of each type taken at kick-off and writes the resources in
 * scope to NDJSON files in its own directory. Status and progress are safe to read from any thread while it runs.
 */
final class ExportJob implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(ExportJob.class);

	private static final int PAGE = 500;

	private final String id;

	private final ExportRequest request;

	private final Map<String, StoredVersions> snapshot;

	private final Instant transactionTime;

	private final Path directory;

	private final FhirContext context;

	private final int resourcesPerFile;

	private final Clock clock;

	private volatile Status status = Status.RUNNING;

	private volatile String progress = "Queued";

	private volatile List<Output> outputs = List.of();

	private volatile @Nullable String error;

	private volatile @Nullable Instant finishedAt;

	ExportJob(String id, ExportRequest request, Map<String, StoredVersions> snapshot, Instant transactionTime,
			Path directory, FhirContext context, int resourcesPerFile, Clock clock) {
		this.id = id;
		this.request = request;
		this.snapshot = snapshot;
		this.transactionTime = transactionTime;
		this.directory = directory;
		this.context = context;
		this.resourcesPerFile = resourcesPerFile;
		this.clock = clock;
	}

	@Override
	public void run() {
		try {
			Files.createDirectories(directory);
			List<Output> written = new ArrayList<>();
			int typeNumber = 0;
			for (Map.Entry<String, StoredVersions> type : snapshot.entrySet()) {
				typeNumber++;
				if (status != Status.RUNNING) {
					return;
				}
				written.addAll(export(type.getKey(), type.getValue(), typeNumber));
			}
			finish(Status.COMPLETE, written, null);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Bulk export {} failed", id, ex);
			finish(Status.FAILED, List.of(), ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		finally {
			if (status == Status.CANCELLED) {
				deleteFiles();
			}
		}
	}

	/** Stops the job if it runs and removes its files. */
	synchronized void cancel() {
		if (status == Status.RUNNING) {
			status = Status.CANCELLED;
		}
		else {
			status = Status.CANCELLED;
			deleteFiles();
		}
	}

	String id() {
		return id;
	}

	ExportRequest request() {
		return request;
	}

	Instant transactionTime() {
		return transactionTime;
	}

	Status status() {
		return status;
	}

	String progress() {
		return progress;
	}

	List<Output> outputs() {
		return outputs;
	}

	@Nullable String error() {
		return error;
	}

	@Nullable Instant finishedAt() {
		return finishedAt;
	}

	/** A file of this job's output, if it has one of that name. */
	@Nullable Path file(String name) {
		return outputs.stream().anyMatch(output -> output.file().equals(name)) ? directory.resolve(name) : null;
	}

	private List<Output> export(String type, StoredVersions versions, int typeNumber) throws IOException {
		IParser parser = context.newJsonParser();
		int total = versions.size();
		try (NdjsonFiles files = new NdjsonFiles(directory, type, resourcesPerFile)) {
			for (int from = 0; from < total; from += PAGE) {
				if (status != Status.RUNNING) {
					break;
				}
				progress = "%s (type %d of %d): %d of %d resources read".formatted(type, typeNumber, snapshot.size(),
						from, total);
				for (StoredVersion version : versions.get(from, from + PAGE)) {
					Resource resource = version.resource();
					if (resource != null && request.covers(patientOf(resource))) {
						files.write(parser.encodeResourceToString(resource));
					}
				}
			}
			files.close();
			return files.outputs();
		}
	}

	private synchronized void finish(Status outcome, List<Output> written, @Nullable String failure) {
		if (status != Status.RUNNING) {
			return;
		}
		outputs = List.copyOf(written);
		error = failure;
		finishedAt = clock.instant();
		progress = outcome == Status.COMPLETE ? "Complete" : "Failed";
		status = outcome;
	}

	private static @Nullable String patientOf(Resource resource) {
		if (resource instanceof Patient patient) {
			return patient.getIdElement().getIdPart();
		}
		return PatientLinks.patientId(resource).orElse(null);
	}

	private void deleteFiles() {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("Could not delete the files of bulk export {}", id, ex);
		}
	}

	enum Status {

		RUNNING, COMPLETE, FAILED, CANCELLED

	}

	/** A file written: the resource type, the file name and how many resources it holds. */
	record Output(String type, String file, int count) {
	}

}
