package org.secondopinion.gateway.operations;

import java.util.Arrays;
import java.util.Objects;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.secondopinion.events.EhrId;
import org.secondopinion.gateway.ingest.ConnectedEhrs;
import org.secondopinion.gateway.ingest.DeadLetterReason;
import org.secondopinion.gateway.sync.SyncStateRepository;
import org.secondopinion.gateway.sync.SyncStatus;
import org.springframework.stereotype.Component;

/**
 * What operators alert on per EHR: {@code gateway.sync.lag}, the seconds since the least recently completed resource
 * type reached the end of the EHR's changes (as {@code GET /api/v1/sync} reports it; NaN before the first complete
 * pass). Also registers each EHR's dead-letter counters at zero, so that a rate over them exists before the first
 * refused resource.
 */
@Component
class SyncMetrics {

	private final SyncStateRepository states;

	SyncMetrics(ConnectedEhrs ehrs, SyncStateRepository states, MeterRegistry meters) {
		this.states = states;
		for (ConnectedEhrs.Connected ehr : ehrs.all()) {
			Gauge.builder("gateway.sync.lag", () -> lagSeconds(ehr.id()))
				.description("Seconds since the EHR's least recently synced resource type last reached its end")
				.baseUnit("seconds")
				.tag("ehr", ehr.id().value())
				.register(meters);
			Arrays.stream(DeadLetterReason.values())
				.forEach(reason -> Counter.builder("gateway.resources.dead.lettered")
					.tag("ehr", ehr.id().value())
					.tag("reason", reason.code())
					.register(meters));
		}
	}

	private double lagSeconds(EhrId ehrId) {
		return states.all()
			.stream()
			.filter(status -> status.ehrId().equals(ehrId))
			.map(SyncStatus::lagSeconds)
			.filter(Objects::nonNull)
			.mapToDouble(Long::doubleValue)
			.max()
			.orElse(Double.NaN);
	}

}
