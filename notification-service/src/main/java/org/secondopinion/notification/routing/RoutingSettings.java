package org.secondopinion.notification.routing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Coordinator teams and the rules that route cases to them. The first rule whose conditions all hold wins; a
 * case no rule matches goes to {@code defaultTeam}; a case no placement rule placed (it has the fallback facility)
 * goes to {@code fallbackTeam}, when one is set, before any rule is tried.
 * @param defaultTeam the team of cases no rule matches; must be one of {@code teams}
 * @param fallbackTeam the team of cases no placement rule placed (they carry the fallback facility), before any
 * rule is tried; none: such cases are routed like the others
 * @param teams team name → the team
 * @param rules routing rules, tried in order; the first whose conditions all hold names the team
 * @param specialties condition specialty → words that reveal it in a case's evidence (e.g. {@code oncology:
 * [chemotherapy, mastectomy]}), for rules that name a specialty
 */
@Validated
@ConfigurationProperties("second-opinion.notification.routing")
record RoutingSettings(@NotBlank String defaultTeam, @Nullable String fallbackTeam,
		@NotEmpty Map<String, @Valid Team> teams, List<@Valid Rule> rules, Map<String, List<String>> specialties) {

	RoutingSettings {
		teams = new LinkedHashMap<>(teams);
		rules = rules == null ? List.of() : List.copyOf(rules);
		specialties = specialties == null ? Map.of() : Map.copyOf(specialties);
		if (!teams.containsKey(defaultTeam)) {
			throw new IllegalArgumentException("The default team '" + defaultTeam + "' is not among the teams " + teams.keySet());
		}
		if (fallbackTeam != null && !fallbackTeam.isBlank() && !teams.containsKey(fallbackTeam)) {
			throw new IllegalArgumentException("The fallback team '" + fallbackTeam + "' is not among the teams " + teams.keySet());
		}
		for (Rule rule : rules) {
			if (!teams.containsKey(rule.team())) {
				throw new IllegalArgumentException("A routing rule names unknown team '" + rule.team() + "'");
			}
		}
	}

	/**
	 * A coordinator team.
	 * @param email the team's shared address (digests and urgent alerts go there too)
	 * @param lead the coordinator urgent cases escalate to when nobody acknowledges them in time
	 * @param leadEmail the lead's e-mail address; their address in {@code members} when absent
	 * @param assignment how new cases are given to the members
	 * @param members coordinator username → e-mail address, in round-robin order
	 * @param webhookUrl where chat-tool alerts for the team are POSTed; none: no webhook
	 */
	record Team(@Nullable String email, @NotBlank String lead, @Nullable String leadEmail,
			@NotNull AssignmentStrategy assignment, @Nullable URI webhookUrl, @NotEmpty Map<String, String> members) {

		Team {
			members = new LinkedHashMap<>(members);
		}

	}

	/**
	 * Conditions (each optional) and the team they route to.
	 * @param facility the case's facility, as placement resolved it
	 * @param criterion the criterion the case met, e.g. {@code MAJOR_PROCEDURE_PLANNED}
	 * @param specialty a condition specialty of {@code specialties} that the case's evidence reveals
	 * @param team the team the case goes to; must be one of {@code teams}
	 */
	record Rule(@Nullable String facility, @Nullable String criterion, @Nullable String specialty, @NotBlank String team) {
	}

	enum AssignmentStrategy {

		ROUND_ROBIN, LEAST_LOADED

	}

}
