package org.secondopinion.gateway.backfill;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.secondopinion.events.EhrId;
import org.secondopinion.gateway.ingest.ConnectedEhrs;
import org.secondopinion.gateway.ingest.IngestSettings;
import org.springframework.stereotype.Component;

/** Starts backfills (one at a time per EHR) and answers their progress. */
@Component
public class Backfills {

	private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z]{1,63}");

	private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

	private final BackfillRepository jobs;

	private final BackfillRunner runner;

	private final ConnectedEhrs ehrs;

	private final IngestSettings settings;

	Backfills(BackfillRepository jobs, BackfillRunner runner, ConnectedEhrs ehrs, IngestSettings settings) {
		this.jobs = jobs;
		this.runner = runner;
		this.ehrs = ehrs;
		this.settings = settings;
	}

	/**
	 * Records a new backfill of {@code ehrId} and starts it.
	 * @throws UnknownEhrException when no such EHR is configured
	 * @throws IllegalArgumentException when a type or the group is not a valid FHIR name or id
	 * @throws BackfillRunningException when a backfill of that EHR has not finished
	 */
	public BackfillProgress start(EhrId ehrId, BackfillRequest request) {
		ConnectedEhrs.Connected ehr = ehrs.find(ehrId).orElseThrow(() -> new UnknownEhrException(ehrId));
		List<String> types = request.types() == null || request.types().isEmpty() ? defaultTypes(ehr)
				: request.types();
		for (String type : types) {
			if (!TYPE.matcher(type).matches()) {
				throw new IllegalArgumentException("'" + type + "' is not a FHIR resource type");
			}
		}
		if (request.group() != null && !GROUP.matcher(request.group()).matches()) {
			throw new IllegalArgumentException("'" + request.group() + "' is not a FHIR id");
		}
		BackfillRepository.Job job = new BackfillRepository.Job(BackfillId.random(), ehrId, BackfillState.ACCEPTED,
				BackfillRunner.BULK_EXPORT, List.copyOf(new LinkedHashSet<>(types)), request.since(), request.group(),
				null, null);
		if (!jobs.insert(job)) {
			throw new BackfillRunningException(ehrId);
		}
		runner.submit(job.id());
		return jobs.progress(ehrId, job.id()).orElseThrow();
	}

	public Optional<BackfillProgress> progress(EhrId ehrId, BackfillId id) {
		return jobs.progress(ehrId, id);
	}

	public List<BackfillProgress> of(EhrId ehrId) {
		if (ehrs.find(ehrId).isEmpty()) {
			throw new UnknownEhrException(ehrId);
		}
		return jobs.all(ehrId);
	}

	/** The latest backfill of each EHR that had one. */
	public List<BackfillProgress> latestPerEhr() {
		return jobs.latestPerEhr();
	}

	private List<String> defaultTypes(ConnectedEhrs.Connected ehr) {
		List<String> types = new ArrayList<>(ehr.settings().resourceTypesOrDefault());
		settings.directoryTypes().stream().filter(type -> !types.contains(type)).forEach(types::add);
		return types;
	}

	/** No EHR of that id is configured. */
	public static class UnknownEhrException extends RuntimeException {

		UnknownEhrException(EhrId ehrId) {
			this(ehrId.value());
		}

		/** For an id as a request names it, which may not even be one. */
		UnknownEhrException(String asked) {
			super("No EHR '" + asked + "' is configured");
		}

	}

	/** The EHR's previous backfill has not finished. */
	public static class BackfillRunningException extends RuntimeException {

		BackfillRunningException(EhrId ehrId) {
			super("A backfill of EHR '" + ehrId + "' is still running; wait for it to finish");
		}

	}

}
