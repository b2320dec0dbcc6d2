package org.secondopinion.notification.cases;

import static org.secondopinion.notification.cases.CaseStatus.ACKNOWLEDGED;
import static org.secondopinion.notification.cases.CaseStatus.CLOSED;
import static org.secondopinion.notification.cases.CaseStatus.IN_REVIEW;
import static org.secondopinion.notification.cases.CaseStatus.NEW;
import static org.secondopinion.notification.cases.CaseStatus.REFERRED;

/**
 * The rules of the case lifecycle: which action is allowed in which status. A site may require that a case is
 * acknowledged before anything else is done with it.
 */
final class Lifecycle {

	private final boolean requireAcknowledgement;

	Lifecycle(boolean requireAcknowledgement) {
		this.requireAcknowledgement = requireAcknowledgement;
	}

	CaseStatus acknowledge(CaseStatus from) {
		if (from != NEW) {
			throw refused("acknowledge", from, "only a new case can be acknowledged");
		}
		return ACKNOWLEDGED;
	}

	CaseStatus startReview(CaseStatus from) {
		requireOpenAndAcknowledged("review", from);
		if (from != NEW && from != ACKNOWLEDGED) {
			throw refused("review", from, "only a new or acknowledged case can go into review");
		}
		return IN_REVIEW;
	}

	CaseStatus refer(CaseStatus from) {
		requireOpenAndAcknowledged("refer", from);
		if (from == REFERRED) {
			throw refused("refer", from, "the case is already referred");
		}
		return REFERRED;
	}

	CaseStatus close(CaseStatus from, Outcome outcome) {
		requireOpenAndAcknowledged("close", from);
		if (outcome == Outcome.SECOND_OPINION_OBTAINED && from != REFERRED) {
			throw refused("close", from, "a second opinion can only have been obtained for a referred case");
		}
		return CLOSED;
	}

	void assign(CaseStatus from) {
		if (from == CLOSED) {
			throw refused("assign", from, "a closed case cannot be reassigned");
		}
	}

	private void requireOpenAndAcknowledged(String action, CaseStatus from) {
		if (from == CLOSED) {
			throw refused(action, from, "the case is closed");
		}
		if (from == NEW && requireAcknowledgement) {
			throw refused(action, from, "this site requires a case to be acknowledged first");
		}
	}

	private static RuntimeException refused(String action, CaseStatus from, String why) {
		return CaseProblems.conflict("Cannot " + action + " a case that is " + from.code() + ": " + why + ".");
	}

}
