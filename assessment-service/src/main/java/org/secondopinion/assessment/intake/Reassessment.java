package org.secondopinion.assessment.intake;

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

	Reassessment(JdbcClient jdbc, PictureStore pictures, CriteriaEvaluator evaluator, FlagLifecycle flags) {
		this.jdbc = jdbc;
		this.pictures = pictures;
		this.evaluator = evaluator;
		this.flags = flags;
	}

	/** Applies the event once: a redelivery with the same id changes nothing. */
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
		if (!PictureStore.affectsPicture(resourceType) && flags.isAssessed(patient)) {
			return;
		}
		ClinicalPicture picture = pictures.pictureOf(patient);
		flags.record(picture, evaluator.assess(picture));
	}

}
