package org.secondopinion.assessment.criteria;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code terminology} health component: per value set with is-a filters, the expansion in force and the last
 * success and failure. {@code DEGRADED} (reported, not counted against the service, which goes on with the last good
 * expansion) while any value set's latest refresh failed; {@code UP} otherwise, offline included.
 */
@Component
class TerminologyHealthIndicator implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED", "the last good expansions are in use");

	private final ValueSetExpansions expansions;

	TerminologyHealthIndicator(ValueSetExpansions expansions) {
		this.expansions = expansions;
	}

	@Override
	public Health health() {
		boolean failing = expansions.states().stream().anyMatch(ValueSetExpansions.State::failing);
		Health.Builder health = failing ? Health.status(DEGRADED) : Health.up();
		health.withDetail("server", expansions.online() ? expansions.server() : "none: shipped expansions in use");
		for (ValueSetExpansions.State state : expansions.states()) {
			var detail = new java.util.LinkedHashMap<String, Object>();
			detail.put("inForce", state.inForce());
			if (state.lastSuccessAt() != null) {
				detail.put("lastSuccessAt", state.lastSuccessAt().toString());
			}
			if (state.lastFailureAt() != null) {
				detail.put("lastFailureAt", state.lastFailureAt().toString());
				detail.put("lastError", state.lastError() == null ? "" : state.lastError());
			}
			health.withDetail(state.valueSet(), detail);
		}
		return health.build();
	}

}
