package org.secondopinion.notification.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How cases are worked at this site.
 * @param requireAcknowledgement whether a case must be acknowledged before it is reviewed, referred or closed
 * @param closeReasons per outcome code, the coded reasons a coordinator picks from (code → display text)
 */
@Validated
@ConfigurationProperties("second-opinion.notification.cases")
record CaseSettings(boolean requireAcknowledgement, @NotEmpty Map<String, Map<String, String>> closeReasons) {

	CaseSettings {
		closeReasons = new LinkedHashMap<>(closeReasons);
		for (String outcome : closeReasons.keySet()) {
			if (Outcome.fromCode(outcome).isEmpty()) {
				throw new IllegalArgumentException("second-opinion.notification.cases.close-reasons names unknown outcome '"
						+ outcome + "'");
			}
		}
	}

	Optional<String> reason(Outcome outcome, String code) {
		return Optional.ofNullable(closeReasons.getOrDefault(outcome.code(), Map.of()).get(code));
	}

	Map<String, String> reasons(Outcome outcome) {
		return closeReasons.getOrDefault(outcome.code(), Map.of());
	}

}
