package org.secondopinion.assessment.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.assessment.criteria.CriteriaEvaluator;
import org.secondopinion.assessment.flags.FlagLifecycle;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.PictureStore;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventType;
import org.secondopinion.events.PatientKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class Reassessment {

	private final JdbcClient jdbc;

	private final PictureStore pictures;

	private final CriteriaEvaluator evaluator;

	private final FlagLifecycle flags;

	private final Clock clock;

	private final AssessmentSettings settings;

	Reassessment(JdbcClient jdbc, PictureStore pictures, CriteriaEvaluator evaluator, FlagLifecycle flags,
			Clock clock, AssessmentSettings settings) {
		this.jdbc = jdbc;
		this.pictures = pictures;
		this.evaluator = evaluator;
		this.flags = flags;
		this.clock = clock;
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
		String resourceType = event.data().path("resourceType").asString();
		if (event.eventType() == EventType.RESOURCE_DELETED) {
			pictures.delete(patient, resourceType, event.data().path("id").asString());
		}
		else {
			pictures.upsert(patient, event);
		}
		jdbc.sql("""
				insert into pending_assessment (ehr_id, patient_id, due_at) values (?, ?, ?)
				on conflict (ehr_id, patient_id) do nothing""")
			.params(patient.ehrId(), patient.patientId(), Timestamp.from(clock.instant().plus(settings.debounce())))
			.update();
	}

	/**
	 * Re-assesses one patient whose re-assessment is due, if any, in one transaction with the flag change and its
	 * outbox entry. Returns whether there was one.
	 */
	@Transactional
	public boolean reassessNextDue() {
		Optional<PatientKey> due = jdbc.sql("""
				delete from pending_assessment where ctid = (
				  select ctid from pending_assessment where due_at <= ? order by due_at limit 1 for update skip locked)
				returning ehr_id, patient_id""")
			.param(Timestamp.from(clock.instant()))
			.query((rs, row) -> new PatientKey(rs.getString(1), rs.getString(2)))
			.optional();
		due.ifPresent(this::reassess);
		return due.isPresent();
	}

	private void reassess(PatientKey patient) {
		ClinicalPicture picture = pictures.pictureOf(patient);
		flags.record(picture, evaluator.assess(picture));
	}

}
