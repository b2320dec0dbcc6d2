package org.secondopinion.assessment.cds;

import org.secondopinion.assessment.criteria.MetCriterion;
import org.secondopinion.assessment.criteria.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hl7.fhir.r4.model.Resource;
import org.secondopinion.assessment.criteria.CriteriaEvaluator;
import org.secondopinion.assessment.criteria.Finding;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.PictureStore;
import org.secondopinion.assessment.picture.RecordPictures;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.PatientRef;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * {@code order-sign}: the draft orders are added to the patient's record (the picture, or the prefetch for a patient
 * not synced yet) and the criteria are evaluated on the whole; a finding of the major-procedure or high-impact
 * treatment criterion whose evidence is a draft order gives a warning card. The rules are the criteria's own.
 */
@Service
class OrderSign {

	static final Set<CriterionCode> ORDER_CRITERIA = Set.of(CriterionCode.MAJOR_PROCEDURE_PLANNED,
			CriterionCode.HIGH_IMPACT_TREATMENT);

	private final PictureStore pictures;

	private final HookRecordReader records;

	private final RecordPictures recordPictures;

	private final CriteriaEvaluator evaluator;

	private final Cards cards;

	OrderSign(PictureStore pictures, HookRecordReader records, RecordPictures recordPictures,
			CriteriaEvaluator evaluator, Cards cards) {
		this.pictures = pictures;
		this.records = records;
		this.recordPictures = recordPictures;
		this.evaluator = evaluator;
		this.cards = cards;
	}

	/** The warning about the draft orders, with the criteria behind it; empty when no draft order meets one. */
	Optional<Warning> evaluate(CdsSettings.Ehr ehr, PatientRef patient, HookRequest request) {
		JsonNode bundle = request.context().path("draftOrders");
		if (!bundle.isObject()) {
			throw HookRequest.bad("context.draftOrders is required and must be a FHIR Bundle of the draft orders.");
		}
		List<Resource> orders = records.bundle("context.draftOrders", bundle);
		for (int i = 0; i < orders.size(); i++) {
			if (!orders.get(i).getIdElement().hasIdPart()) {
				orders.get(i).setId("draft-" + (i + 1));
			}
		}
		Set<String> drafts = new LinkedHashSet<>(orders.stream().map(RecordPictures::referenceOf).toList());
		ClinicalPicture record = pictures.holds(patient) ? pictures.pictureOf(patient)
				: recordPictures.pictureOf(patient, records.read(ehr, request));
		ClinicalPicture withOrders = record.plus(recordPictures.pictureOf(patient, orders));

		List<MetCriterion> met = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		Set<String> references = new LinkedHashSet<>();
		for (Finding finding : evaluator.assess(withOrders).findings()) {
			if (!ORDER_CRITERIA.contains(finding.code())) {
				continue;
			}
			List<Evidence> onDrafts = finding.evidence()
				.stream()
				.filter(e -> drafts.contains(e.reference()))
				.toList();
			if (!onDrafts.isEmpty()) {
				met.add(new MetCriterion(finding.code(), finding.reason(), onDrafts));
				onDrafts.forEach(e -> {
					names.add(e.display() == null ? e.reference() : e.display());
					references.add(e.reference());
				});
			}
		}
		if (met.isEmpty()) {
			return Optional.empty();
		}
		Card card = cards.orderSign(patient, met, List.copyOf(names), List.copyOf(references));
		return Optional.of(new Warning(card, met.stream().map(MetCriterion::code).toList()));
	}

	record Warning(Card card, List<CriterionCode> criteria) {
	}

}
