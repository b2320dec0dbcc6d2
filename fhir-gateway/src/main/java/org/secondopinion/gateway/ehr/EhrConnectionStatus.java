package org.secondopinion.gateway.ehr;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;

/**
 * How the connection to one EHR fares, without PHI: the last error names the kind of failure, the HTTP status and
 * the resource path, never a query or a body.
 * @param nextTrialAt when an open breaker lets the next call through
 */
public record EhrConnectionStatus(EhrId ehrId, BreakerState breaker, int consecutiveFailures,
		@Nullable Instant lastSuccessAt, @Nullable Instant lastFailureAt, @Nullable String lastError,
		@Nullable Instant nextTrialAt) {

	/** Whether the last call succeeded and the breaker is closed; unknown before the first call. */
	public boolean healthy() {
		return breaker == BreakerState.CLOSED && (lastFailureAt == null
				|| (lastSuccessAt != null && lastSuccessAt.isAfter(lastFailureAt)));
	}

}
