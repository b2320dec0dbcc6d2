package org.secondopinion.notification.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.Priority;

/**
 * Published inside the transaction of every change of a case: opened, updated by a flag, acknowledged, assigned,
 * referred, closed, escalated. The changes flag events make arrive together, a batch at a time, in
 * {@link CasesChanged}. Listeners that push to browsers should use
 * {@code @TransactionalEventListener} so they see committed state; synchronous listeners join the change.
 * @param action what happened, as in the case history ({@code opened}, {@code acknowledged}, …)
 * @param status the case's status after the change
 * @param facility the case's facility, to send the change only to those who may see it
 * @param traceParent the W3C {@code traceparent} of the change that caused it, when that is not the current trace
 * (the flags of a batch, each in its own change's trace); {@code null}: the current trace
 */
public record CaseChanged(CaseId caseId, String action, CaseStatus status, Priority priority,
		@Nullable String facility, String actor, Instant at, @Nullable String traceParent) {

	/** A change made in the current trace, e.g. by a coordinator's request. */
	public CaseChanged(CaseId caseId, String action, CaseStatus status, Priority priority, @Nullable String facility,
			String actor, Instant at) {
		this(caseId, action, status, priority, facility, actor, at, null);
	}

}
