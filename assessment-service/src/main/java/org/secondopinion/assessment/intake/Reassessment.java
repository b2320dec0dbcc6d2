package org.secondopinion.assessment.intake;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.assessment.criteria.Assessment;
import org.secondopinion.assessment.criteria.CriteriaEvaluator;
import org.secondopinion.assessment.flags.FlagLifecycle;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.PictureStore;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventType;
import org.secondopinion.events.PatientRef;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.messaging.TracePropagation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-assesses a patient when their record changes, and again when the passing of time alone would change their flag
 * (a planned date entering the urgency window, passing or lapsing), so that the flag says what is true today. A
 * re-assessment runs in the trace of the change that made it due, so the flag event it publishes continues it.
 * <p>
 * Intake and re-assessment never wait for each other's work: intake only marks a patient due, and a re-assessment
 * claims its patient in a short transaction of its own (moving the mark {@value #CLAIM_SECONDS} s ahead, so that no
 * other poll takes it meanwhile), evaluates in a second one, and removes the mark in a third, unless a change
 * arrived meanwhile, which keeps the patient due for another look.
 */
@Service
class Reassessment {

	/** How long a claimed patient is left alone before another poll takes them, should their re-assessment not end. */
	static final int CLAIM_SECONDS = 60;

	/** How long after a failed re-assessment the patient is tried again. */
	private static final Duration RETRY = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	private final PictureStore pictures;

	private final CriteriaEvaluator evaluator;

	private final FlagLifecycle flags;

	private final AssessmentSettings settings;

	private final IntakeMetrics metrics;

	private final TracePropagation tracing;

	private final TransactionTemplate transactions;

	Reassessment(JdbcClient jdbc, PictureStore pictures, CriteriaEvaluator evaluator, FlagLifecycle flags,
			AssessmentSettings settings, IntakeMetrics metrics, TracePropagation tracing,
			TransactionTemplate transactions) {
		this.metrics = metrics;
		this.tracing = tracing;
		this.jdbc = jdbc;
		this.pictures = pictures;
		this.evaluator = evaluator;
		this.flags = flags;
		this.settings = settings;
		this.transactions = transactions;
	}

	/**
	 * Reads an event into the change it makes to the stored record, outside any transaction: the FHIR parse happens
	 * here.
	 * @param traceParent the trace the change arrived in, carried on to the re-assessment it makes due
	 * @throws org.secondopinion.assessment.picture.UnreadableResourceException when the resource is not FHIR R4
	 */
	Change changeOf(PatientRef patient, CloudEvent event, @Nullable String traceParent) {
		PictureStore.Change stored = event.eventType() == EventType.RESOURCE_DELETED ? pictures.deleted(patient, event)
				: pictures.upserted(patient, event, ResourceEvents.versionOf(event.data()));
		return new Change(patient, event.id(), stored, traceParent);
	}

	/** Applies one event, as {@link #applyAll} does. */
	@Transactional
	public void apply(PatientRef patient, CloudEvent event) {
		applyAll(List.of(changeOf(patient, event, tracing.current())));
	}

	/**
	 * Applies the changes in one transaction, each event id at most once (a redelivery changes nothing), in their
	 * order, and marks each patient they touch due for re-assessment once: the first change of a burst sets when it
	 * happens and keeps its trace, later ones join it.
	 */
	@Transactional
	public void applyAll(List<Change> changes) {
		Map<String, Change> firstOfEachId = new LinkedHashMap<>();
		changes.forEach(change -> firstOfEachId.putIfAbsent(change.eventId(), change));
		Set<String> fresh = new HashSet<>(jdbc.sql("""
				insert into processed_event (event_id) select unnest(cast(? as text[]))
				on conflict do nothing returning event_id""")
			.param(firstOfEachId.keySet().toArray(String[]::new))
			.query(String.class)
			.list());
		List<Change> applied = firstOfEachId.values().stream().filter(c -> fresh.contains(c.eventId())).toList();
		if (applied.isEmpty()) {
			return;
		}
		pictures.applyAll(applied.stream().map(Change::stored).toList());
		applied.forEach(change -> metrics.codingsWithoutSystem(change.stored().codingsWithoutSystem()));
		Map<PatientRef, Change> firstOfEachPatient = new LinkedHashMap<>();
		applied.forEach(change -> firstOfEachPatient.putIfAbsent(change.patient(), change));
		// the database's clock, not the rules' (which may be fixed to an as-of date): a burst is real time
		due(firstOfEachPatient.values(), settings.debounce());
	}

	/**
	 * Schedules the patients' re-assessment after {@code delay}, unless one is due sooner: the first change of a
	 * burst keeps its time, and a change always comes before a review planned for a later day. The first change of a
	 * burst also keeps its trace. One statement for all, in a fixed order, so that two transactions marking the same
	 * patients never wait for each other crosswise.
	 */
	private void due(Collection<Change> changes, Duration delay) {
		List<Change> ordered = changes.stream()
			.sorted(Comparator.comparing((Change c) -> c.patient().ehrId()).thenComparing(c -> c.patient().patientId()))
			.toList();
		jdbc.sql("""
				insert into pending_assessment (ehr_id, patient_id, due_at, trace_parent)
				select d.ehr_id, d.patient_id, clock_timestamp() + make_interval(secs => ?), d.trace_parent
				from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[])) as d(ehr_id, patient_id, trace_parent)
				on conflict (ehr_id, patient_id) do update set due_at = least(pending_assessment.due_at, excluded.due_at),
				  trace_parent = coalesce(pending_assessment.trace_parent, excluded.trace_parent)""")
			.params(delay.toNanos() / 1e9, ordered.stream().map(c -> c.patient().ehrId()).toArray(String[]::new),
					ordered.stream().map(c -> c.patient().patientId()).toArray(String[]::new),
					ordered.stream().map(Change::traceParent).toArray(String[]::new))
			.update();
	}

	private void due(PatientRef patient, Duration delay) {
		jdbc.sql("""
				insert into pending_assessment (ehr_id, patient_id, due_at, trace_parent)
				values (?, ?, clock_timestamp() + make_interval(secs => ?), ?)
				on conflict (ehr_id, patient_id) do update set due_at = least(pending_assessment.due_at, excluded.due_at),
				  trace_parent = coalesce(pending_assessment.trace_parent, excluded.trace_parent)""")
			.params(patient.ehrId(), patient.patientId(), delay.toNanos() / 1e9, tracing.current())
			.update();
	}

	/**
	 * Re-assesses one patient whose re-assessment is due, if any: the flag change and its outbox entry in one
	 * transaction, which holds no lock that intake waits for across the evaluation. Returns whether there was one.
	 */
	public boolean reassessNextDue() {
		Optional<Claim> claimed = transactions.execute(status -> claim());
		if (claimed == null || claimed.isEmpty()) {
			return false;
		}
		Claim claim = claimed.get();
		try {
			tracing.resume(claim.traceParent(), "reassessment", () -> {
				Assessment assessment = transactions.execute(status -> reassess(claim.patient()));
				transactions.executeWithoutResult(status -> release(claim, assessment));
				return null;
			});
		}
		catch (RuntimeException ex) {
			retryLater(claim);
			throw ex;
		}
		return true;
	}

	/** Takes the patient due first, if any, out of the other polls' reach for {@value #CLAIM_SECONDS} s. */
	private Optional<Claim> claim() {
		return jdbc.sql("""
				with next as (
				  select ctid, trace_parent from pending_assessment where due_at <= clock_timestamp() order by due_at
				  limit 1 for update skip locked)
				update pending_assessment p set due_at = clock_timestamp() + make_interval(secs => ?), trace_parent = null
				from next where p.ctid = next.ctid
				returning p.ehr_id, p.patient_id, next.trace_parent, p.due_at""")
			.param(CLAIM_SECONDS)
			.query((rs, row) -> new Claim(PatientRef.of(rs.getString(1), rs.getString(2)), rs.getString(3),
					rs.getTimestamp(4)))
			.optional();
	}

	/**
	 * Ends a claim: the patient is no longer due unless a change arrived since the claim (which moved the mark), and
	 * is due again when the passing of time alone would change the flag.
	 */
	private void release(Claim claim, @Nullable Assessment assessment) {
		jdbc.sql("delete from pending_assessment where ehr_id = ? and patient_id = ? and due_at = ?")
			.params(claim.patient().ehrId(), claim.patient().patientId(), claim.claimedUntil())
			.update();
		// a planned date entering the urgency window, passing or lapsing changes the flag with no new record: look
		// again then (not when the rules' clock is fixed to an as-of date, where time does not pass)
		if (assessment != null && assessment.reviewAt() != null && settings.asOf() == null) {
			due(claim.patient(), Duration.between(assessment.assessedAt(), assessment.reviewAt()));
		}
	}

	/** After a failure, tries the patient again soon rather than when the claim runs out, if the database answers. */
	private void retryLater(Claim claim) {
		try {
			jdbc.sql("""
					update pending_assessment set due_at = least(due_at, clock_timestamp() + make_interval(secs => ?))
					where ehr_id = ? and patient_id = ?""")
				.params(RETRY.toSeconds(), claim.patient().ehrId(), claim.patient().patientId())
				.update();
		}
		catch (RuntimeException ignored) {
			// the claim runs out by itself
		}
	}

	private Assessment reassess(PatientRef patient) {
		long started = System.nanoTime();
		ClinicalPicture picture = pictures.pictureOf(patient);
		Assessment assessment = evaluator.assess(picture);
		flags.record(picture, assessment);
		assessment.dataGaps().forEach(metrics::insufficientData);
		metrics.reassessed(Duration.ofNanos(System.nanoTime() - started));
		return assessment;
	}

	/**
	 * One event read into the change it makes.
	 * @param traceParent the W3C {@code traceparent} of the span the event arrived in; {@code null} outside a trace
	 */
	record Change(PatientRef patient, String eventId, PictureStore.Change stored, @Nullable String traceParent) {
	}

	private record Claim(PatientRef patient, @Nullable String traceParent, Timestamp claimedUntil) {
	}

}
