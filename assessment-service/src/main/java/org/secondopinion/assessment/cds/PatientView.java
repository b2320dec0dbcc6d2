package org.secondopinion.assessment.cds;

import org.secondopinion.assessment.criteria.MetCriterion;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.Resource;
import org.secondopinion.assessment.criteria.Assessment;
import org.secondopinion.assessment.criteria.CriteriaEvaluator;
import org.secondopinion.assessment.criteria.Finding;
import org.secondopinion.assessment.flags.OpenFlags;
import org.secondopinion.assessment.picture.PictureStore;
import org.secondopinion.assessment.picture.RecordPictures;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.PatientRef;
import org.secondopinion.events.Priority;
import org.springframework.stereotype.Service;

/**
 * {@code patient-view}: a card when the patient has an open flag. A patient the picture does not hold yet (not
 * synced) is assessed on the spot from the prefetch, or from the FHIR server where the prefetch is missing.
 */
@Service
class PatientView {

	private final PictureStore pictures;

	private final OpenFlags flags;

	private final HookRecordReader records;

	private final RecordPictures recordPictures;

	private final CriteriaEvaluator evaluator;

	private final Cards cards;

	PatientView(PictureStore pictures, OpenFlags flags, HookRecordReader records, RecordPictures recordPictures,
			CriteriaEvaluator evaluator, Cards cards) {
		this.pictures = pictures;
		this.flags = flags;
		this.records = records;
		this.recordPictures = recordPictures;
		this.evaluator = evaluator;
		this.cards = cards;
	}

	/** What the patient meets, with the priority; empty when nothing is. */
	Optional<Met> evaluate(CdsSettings.Ehr ehr, PatientRef patient, HookRequest request) {
		Optional<Met> open = flags.of(patient).map(flag -> new Met(flag.priority(), flag.criteria()));
		if (open.isPresent() || pictures.holds(patient)) {
			return open;
		}
		List<Resource> record = records.read(ehr, request);
		Assessment assessment = evaluator.assess(recordPictures.pictureOf(patient, record));
		return assessment.flagged() ? Optional.of(new Met(assessment.priority(),
				assessment.findings().stream().map(Finding::toMetCriterion).toList())) : Optional.empty();
	}

	Card card(PatientRef patient, Met met) {
		return cards.patientView(patient, met.priority(), met.criteria());
	}

	record Met(Priority priority, List<MetCriterion> criteria) {

		List<CriterionCode> codes() {
			return criteria.stream().map(MetCriterion::code).toList();
		}

	}

}
