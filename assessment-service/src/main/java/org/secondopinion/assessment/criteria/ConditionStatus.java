package org.secondopinion.assessment.criteria;

import org.secondopinion.assessment.picture.RecordedCondition;

/** How rules read a condition's clinical status where EHRs leave it out. */
final class ConditionStatus {

	private ConditionStatus() {
	}

	/**
	 * A condition the record does not say has ended: active, recurred or relapsed; or sent with no clinical status and
	 * no abatement. FHIR requires the status on a problem-list entry but not on an encounter diagnosis (con-3), and a
	 * condition that abated must say inactive, resolved or remission (con-4), so no status and no abatement is a
	 * diagnosis nobody closed. Never one refuted or entered in error.
	 */
	static boolean notEnded(RecordedCondition condition) {
		return condition.isActive() || ("unknown".equals(condition.clinicalStatus()) && condition.abatement() == null
				&& !condition.refuted());
	}

}
