package org.secondopinion.notification.routing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.notification.cases.Assignment;
import org.secondopinion.notification.cases.CaseQueries;
import org.secondopinion.notification.cases.CaseRouter;
import org.secondopinion.notification.cases.CaseSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Routes a new case to the team of the first matching rule and assigns it within the team. */
@Component
class TeamRouter implements CaseRouter {

	private final RoutingSettings settings;

	private final JdbcClient jdbc;

	private final CaseQueries cases;

	TeamRouter(RoutingSettings settings, JdbcClient jdbc, CaseQueries cases) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.cases = cases;
	}

	@Override
	public Optional<Assignment> route(CaseSummary opened) {
		boolean unplaced = opened.placement() != null && !opened.placement().placed();
		String teamName = unplaced && settings.fallbackTeam() != null && !settings.fallbackTeam().isBlank()
				? settings.fallbackTeam()
				: settings.rules().stream()
					.filter(rule -> matches(rule, opened))
					.map(RoutingSettings.Rule::team)
					.findFirst()
					.orElse(settings.defaultTeam());
		RoutingSettings.Team team = settings.teams().get(teamName);
		List<String> members = List.copyOf(team.members().keySet());
		String assignee = switch (team.assignment()) {
			case ROUND_ROBIN -> roundRobin(teamName, members);
			case LEAST_LOADED -> leastLoaded(teamName, members);
		};
		return Optional.of(new Assignment(teamName, assignee));
	}

	@Override
	public boolean isAssignable(String username, @Nullable String team) {
		if (team != null && settings.teams().containsKey(team)) {
			return settings.teams().get(team).members().containsKey(username);
		}
		return settings.teams().values().stream().anyMatch(t -> t.members().containsKey(username));
	}

	@Override
	public List<String> assignees(@Nullable String team) {
		if (team != null && settings.teams().containsKey(team)) {
			return List.copyOf(settings.teams().get(team).members().keySet());
		}
		return settings.teams().values().stream().flatMap(t -> t.members().keySet().stream()).distinct().toList();
	}

	private boolean matches(RoutingSettings.Rule rule, CaseSummary opened) {
		return (rule.facility() == null || rule.facility().equals(opened.facility()))
				&& (rule.criterion() == null || opened.criterionCodes().stream().anyMatch(c -> c.code().equals(rule.criterion())))
				&& (rule.specialty() == null || hasSpecialty(opened, rule.specialty()));
	}

	private boolean hasSpecialty(CaseSummary opened, String specialty) {
		List<String> words = settings.specialties().getOrDefault(specialty, List.of());
		String evidence = opened.criteria().stream()
			.flatMap(c -> c.evidence().stream())
			.map(FlagPayload.Evidence::display)
			.filter(d -> d != null)
			.collect(Collectors.joining(" | "))
			.toLowerCase(Locale.ROOT);
		return words.stream().anyMatch(w -> evidence.contains(w.toLowerCase(Locale.ROOT)));
	}

	private String roundRobin(String team, List<String> members) {
		int turn = jdbc.sql("""
				insert into team_cursor (team, next_index) values (?, 1)
				on conflict (team) do update set next_index = team_cursor.next_index + 1
				returning next_index - 1""")
			.param(team)
			.query(Integer.class)
			.single();
		return members.get(Math.floorMod(turn, members.size()));
	}

	private String leastLoaded(String team, List<String> members) {
		Map<String, Long> load = cases.openCasesPerAssignee(team, members);
		String least = members.get(0);
		for (String member : members) {
			if (load.getOrDefault(member, 0L) < load.getOrDefault(least, 0L)) {
				least = member;
			}
		}
		return least;
	}

}
