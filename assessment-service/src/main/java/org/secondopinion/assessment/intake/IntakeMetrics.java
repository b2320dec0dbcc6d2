package org.secondopinion.assessment.intake;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.secondopinion.assessment.criteria.DataGap;
import org.springframework.stereotype.Component;

/**
 * What operators watch on intake and re-assessment: how long a re-assessment takes, where criteria lacked usable
 * data, codings the rules cannot compare, and events dead-lettered by reason.
 */
@Component
class IntakeMetrics {

	private final MeterRegistry meters;

	private final Timer reassessment;

	private final Counter codingsWithoutSystem;

	IntakeMetrics(MeterRegistry meters) {
		this.meters = meters;
		this.reassessment = Timer.builder("assessment.reassessment.duration")
			.description("Time to assemble a patient's picture, evaluate the criteria and record the flag change")
			.publishPercentiles(0.5, 0.99)
			.register(meters);
		this.codingsWithoutSystem = Counter.builder("assessment.intake.codings.without.system")
			.description("Codings that arrived with a code but no system; the rules leave them out")
			.register(meters);
	}

	void reassessed(Duration took) {
		reassessment.record(took);
	}

	void insufficientData(DataGap gap) {
		Counter.builder("assessment.criteria.insufficient.data")
			.description("Criteria not met for want of usable data, though the picture held some")
			.tag("criterion", gap.criterion().code())
			.tag("reason", gap.reason())
			.register(meters)
			.increment();
	}

	void codingsWithoutSystem(int count) {
		if (count > 0) {
			codingsWithoutSystem.increment(count);
		}
	}

	void deadLettered(String reason) {
		Counter.builder("assessment.intake.dead.letters")
			.description("Resource events sent to the dead-letter topic, by reason")
			.tag("reason", reason)
			.register(meters)
			.increment();
	}

}
