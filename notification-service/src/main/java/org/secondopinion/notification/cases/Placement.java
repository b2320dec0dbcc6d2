package org.secondopinion.notification.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Where a case belongs and why: the facility coordinators see it under, the rule that placed it and a sentence
 * saying how, e.g. "placed by the latest encounter's service provider Organization/org-7 (Hill Clinic), matched by
 * id → North Clinic".
 * @param rule {@code managing-organization}, {@code encounter-service-provider}, {@code encounter-location},
 * {@code requester}, {@code flag-facility} (the facility the flag names) or {@code fallback} (no rule placed it)
 */
public record Placement(@Nullable String facility, String rule, String explanation) {

	public static final String FALLBACK = "fallback";

	public static final String FLAG_FACILITY = "flag-facility";

	/** Whether a rule placed the case; {@code false} when it went to the fallback facility. */
	@JsonProperty("placed")
	public boolean placed() {
		return !FALLBACK.equals(rule);
	}

}
