package org.secondopinion.gateway.ehr;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether one EHR answers: down while its breaker is open or its last call failed, with the last error (kind of
 * failure, status and path, no PHI), the breaker state and the time of the last success. Unknown before any call.
 */
final class EhrHealthIndicator implements HealthIndicator {

	private final EhrClient client;

	EhrHealthIndicator(EhrClient client) {
		this.client = client;
	}

	@Override
	public Health health() {
		EhrConnectionStatus status = client.connectionStatus();
		Health.Builder health = status.lastSuccessAt() == null && status.lastFailureAt() == null ? Health.unknown()
				: status.healthy() ? Health.up() : Health.down();
		health.withDetail("breaker", status.breaker().name()).withDetail("consecutiveFailures",
				status.consecutiveFailures());
		if (status.lastSuccessAt() != null) {
			health.withDetail("lastSuccessAt", status.lastSuccessAt().toString());
		}
		if (status.lastFailureAt() != null) {
			health.withDetail("lastFailureAt", status.lastFailureAt().toString());
		}
		if (status.lastError() != null) {
			health.withDetail("lastError", status.lastError());
		}
		if (status.nextTrialAt() != null) {
			health.withDetail("nextTrialAt", status.nextTrialAt().toString());
		}
		return health.build();
	}

}
