package org.secondopinion.assessment.intake;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.assessment.criteria.Assessment;
import org.secondopinion.assessment.criteria.CriteriaEvaluator;
import org.secondopinion.assessment.flags.FlagLifecycle;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.PictureStore;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventType;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.messaging.TracePropagation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-assesses a patient when their record changes, and again when the passing of time alone would change their flag
 * (a planned date entering the urgency window, passing or lapsing), so that the flag says what is true today. A
 * re-assessment runs in the trace of the change that made it due, so the flag event it publishes continues it.
 */
@Service
class Reassessment {

	private final JdbcClient jdbc;

	private final PictureStore pictures;

	private final CriteriaEvaluator evaluator;

	private final FlagLifecycle flags;

	private final AssessmentSettings settings;

	private final IntakeMetrics metrics;

	private final TracePropagation tracing;

	Reassessment(JdbcClient jdbc, PictureStore pictures, CriteriaEvaluator evaluator, FlagLifecycle flags,
			AssessmentSettings settings, IntakeMetrics metrics, TracePropagation tracing) {
		this.metrics = metrics;
		this.tracing = tracing;
		this.jdbc = jdbc;
		this.pictures = pictures;
		this.evaluator = evaluator;
		this.flags = flags;
		this.settings = settings;
	}

	/**
	 * Applies the event once (a redelivery with the same id changes nothing) and schedules the patient's
	 * re-assessment: the first change of a burst sets when it happens, later ones join it.
	 */
	@Transactional
	public void apply(PatientKey patient, CloudEvent event) {
		int fresh = jdbc.sql("insert into processed_event (event_id) values (?) on conflict do nothing")
			.param(event.id())
			.update();
		if (fresh == 0) {
			return;
		}
		if (event.eventType() == EventType.RESOURCE_DELETED) {
			pictures.delete(patient, event);
		}
		else {
			metrics.codingsWithoutSystem(pictures.upsert(patient, event, ResourceEvents.versionOf(event.data())));
		}
		// the database's clock, not the rules' (which may be fixed to an as-of date): a burst is real time
		due(patient, settings.debounce());
	}

	/**
	 * Schedules the patient's re-assessment after {@code delay}, unless one is due sooner: the first change of a
	 * burst keeps its time, and a change always comes before a review planned for a later day. The first change of a
	 * burst also keeps its trace.
	 */
	private void due(PatientKey patient, Duration delay) {
		jdbc.sql("""
				insert into pending_assessment (ehr_id, patient_id, due_at, trace_parent)
				values (?, ?, clock_timestamp() + make_interval(secs => ?), ?)
				on conflict (ehr_id, patient_id) do update set due_at = least(pending_assessment.due_at, excluded.due_at),
				  trace_parent = coalesce(pending_assessment.trace_parent, excluded.trace_parent)""")
			.params(patient.ehrId(), patient.patientId(), delay.toNanos() / 1e9, tracing.current())
			.update();
	}

	/**
	 * Re-assesses one patient whose re-assessment is due, if any, in one transaction with the flag change and its
	 * outbox entry. Returns whether there was one.
	 */
	@Transactional
	public boolean reassessNextDue() {
		Optional<Due> due = jdbc.sql("""
				delete from pending_assessment where ctid = (
				  select ctid from pending_assessment where due_at <= clock_timestamp() order by due_at limit 1
				  for update skip locked)
				returning ehr_id, patient_id, trace_parent""")
			.query((rs, row) -> new Due(new PatientKey(rs.getString(1), rs.getString(2)), rs.getString(3)))
			.optional();
		due.ifPresent(next -> tracing.resume(next.traceParent(), "reassessment", () -> {
			reassess(next.patient());
			return null;
		}));
		return due.isPresent();
	}

	private record Due(PatientKey patient, @Nullable String traceParent) {
	}

	private void reassess(PatientKey patient) {
		long started = System.nanoTime();
		ClinicalPicture picture = pictures.pictureOf(patient);
		Assessment assessment = evaluator.assess(picture);
		flags.record(picture, assessment);
		// a planned date entering the urgency window, passing or lapsing changes the flag with no new record: look
		// again then (not when the rules' clock is fixed to an as-of date, where time does not pass)
		if (assessment.reviewAt() != null && settings.asOf() == null) {
			due(patient, Duration.between(assessment.assessedAt(), assessment.reviewAt()));
		}
		assessment.dataGaps().forEach(metrics::insufficientData);
		metrics.reassessed(Duration.ofNanos(System.nanoTime() - started));
	}

}
