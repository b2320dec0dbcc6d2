package org.secondopinion.notification.cases;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How soon a new case should be acknowledged, per priority: the worklist shows the moment as the case's due date
 * (unless a planned procedure or treatment gives one) and marks it overdue once passed.
 * @param urgent an urgent case; by default the alerting escalation SLA, after which the team lead is alerted
 * @param high a case of high priority
 * @param routine a routine case
 */
@Validated
@ConfigurationProperties("second-opinion.notification.cases.response-times")
public record ResponseTimes(@NotNull Duration urgent, @NotNull Duration high, @NotNull Duration routine) {

	public ResponseTimes {
		for (Map.Entry<String, Duration> entry : Map.of("urgent", urgent, "high", high, "routine", routine).entrySet()) {
			if (entry.getValue().isNegative() || entry.getValue().isZero()) {
				throw new IllegalArgumentException("second-opinion.notification.cases.response-times." + entry.getKey()
						+ " must be positive, not " + entry.getValue());
			}
		}
	}

	/** The SQL that computes, for a row of {@code care_case}, when it should be acknowledged by (null once it was). */
	String acknowledgeBySql() {
		return "case when status = 'new' then created_at + interval '1 second' * case priority when 'urgent' then "
				+ urgent.toSeconds() + " when 'high' then " + high.toSeconds() + " else " + routine.toSeconds()
				+ " end end";
	}

}
