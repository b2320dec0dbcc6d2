package org.secondopinion.notification.placement;

import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.secondopinion.notification.cases.CaseIntake;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Open cases no rule placed, which only the fallback team sees: the gauge {@code notification.cases.unplaced} and
 * the health component {@code placement}, {@code WARNING} while there are any, with their count and the reasons
 * (organisations and rules, never patients) for admins. It is not part of readiness or liveness: an unplaced case is
 * reachable through the fallback team, and a reason to fix the mapping, not to stop the service.
 */
@Component("placement")
class UnplacedCases implements HealthIndicator {

	static final Status WARNING = new Status("WARNING", "Open cases that no placement rule placed went to the fallback facility");

	/** How many reasons health lists, the commonest first. */
	private static final int REASONS = 10;

	private final CaseIntake cases;

	private final PlacementSettings settings;

	UnplacedCases(CaseIntake cases, PlacementSettings settings, MeterRegistry meters) {
		this.cases = cases;
		this.settings = settings;
		Gauge.builder("notification.cases.unplaced", this, UnplacedCases::count)
			.description("Open cases that no placement rule placed (they have the fallback facility)")
			.register(meters);
	}

	double count() {
		return cases.openUnplacedByReason().values().stream().mapToLong(Long::longValue).sum();
	}

	@Override
	public Health health() {
		Map<String, Long> reasons = cases.openUnplacedByReason();
		long count = reasons.values().stream().mapToLong(Long::longValue).sum();
		Health.Builder health = count == 0 ? Health.up() : Health.status(WARNING);
		health.withDetail("unplacedOpenCases", count).withDetail("fallbackFacility", settings.fallbackFacility());
		if (count > 0) {
			Map<String, Long> top = new java.util.LinkedHashMap<>();
			reasons.entrySet().stream().limit(REASONS).forEach(e -> top.put(e.getKey(), e.getValue()));
			health.withDetail("reasons", top);
		}
		return health.build();
	}

}
