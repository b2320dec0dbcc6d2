package org.secondopinion.notification.placement;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.notification.cases.CasePlacer;
import org.secondopinion.notification.cases.Placement;
import org.secondopinion.notification.directory.ProviderDirectory;
import org.springframework.stereotype.Component;

/**
 * Places each case by the configured rules ({@link FacilityResolver}) and counts the placements by rule
 * ({@code notification.cases.placements}, tag {@code rule}; {@code fallback} counts the cases no rule placed).
 */
@Component
class CasePlacement implements CasePlacer {

	private final FacilityResolver resolver;

	private final MeterRegistry meters;

	CasePlacement(PlacementSettings settings, ProviderDirectory directory, MeterRegistry meters) {
		this.resolver = new FacilityResolver(settings, directory);
		this.meters = meters;
	}

	@Override
	public Placement place(EhrId ehr, @Nullable String flagFacility,
			@Nullable List<IncomingFlag.OrganizationReference> organizations) {
		Placement placement = resolver.place(ehr, flagFacility, organizations);
		Counter.builder("notification.cases.placements")
			.description("Cases placed at a facility, by the rule that placed them (fallback: no rule did)")
			.tag("rule", placement.rule())
			.register(meters)
			.increment();
		return placement;
	}

}
