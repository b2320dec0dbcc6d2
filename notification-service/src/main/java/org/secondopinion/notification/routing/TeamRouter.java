package org.secondopinion.notification.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.notification.cases.Assignment;
import org.secondopinion.notification.cases.CaseQueries;
import org.secondopinion.notification.cases.CaseRouter;
import org.secondopinion.notification.cases.CaseSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Routes a new case to the team of the first matching rule and assigns it within the team. */
@Component
class TeamRouter implements CaseRouter {

	private final RoutingSettings settings;

	private final JdbcClient jdbc;

	private final CaseQueries cases;

	/**
	 * The cursor moves outside the caller's transaction, in a statement that commits by itself, so that concurrent
	 * batches do not queue on its row.
	 */
	private final TransactionTemplate outsideTransaction;

	TeamRouter(RoutingSettings settings, JdbcClient jdbc, CaseQueries cases, PlatformTransactionManager transactions) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.cases = cases;
		this.outsideTransaction = new TransactionTemplate(transactions);
		this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
	}

	@Override
	public Optional<Assignment> route(CaseSummary opened) {
		String teamName = teamOf(opened);
		RoutingSettings.Team team = settings.teams().get(teamName);
		List<String> members = List.copyOf(team.members().keySet());
		String assignee = switch (team.assignment()) {
			case ROUND_ROBIN -> roundRobin(teamName, members);
			case LEAST_LOADED -> leastLoaded(teamName, members);
		};
		return Optional.of(new Assignment(teamName, assignee));
	}

	/**
	 * Routes a batch's cases as one at a time would, with one cursor update per round-robin team and one load
	 * count per least-loaded team, kept up to date in memory as the batch assigns.
	 */
	@Override
	public List<Optional<Assignment>> routeAll(List<CaseSummary> opened) {
		List<String> teamNames = opened.stream().map(this::teamOf).toList();
		Map<String, Integer> turns = new HashMap<>();
		Map<String, Map<String, Long>> loads = new HashMap<>();
		teamNames.stream()
			.filter(name -> settings.teams().get(name).assignment() == RoutingSettings.AssignmentStrategy.ROUND_ROBIN)
			.collect(Collectors.groupingBy(name -> name, java.util.LinkedHashMap::new, Collectors.counting()))
			.forEach((name, count) -> turns.put(name, advance(name, count.intValue())));
		List<Optional<Assignment>> assignments = new ArrayList<>();
		for (String teamName : teamNames) {
			RoutingSettings.Team team = settings.teams().get(teamName);
			List<String> members = List.copyOf(team.members().keySet());
			String assignee = switch (team.assignment()) {
				case ROUND_ROBIN -> members.get(Math.floorMod(turns.merge(teamName, 1, Integer::sum) - 1, members.size()));
				case LEAST_LOADED -> {
					Map<String, Long> load = loads.computeIfAbsent(teamName,
							name -> new HashMap<>(cases.openCasesPerAssignee(name, members)));
					String least = least(members, load);
					load.merge(least, 1L, Long::sum);
					yield least;
				}
			};
			assignments.add(Optional.of(new Assignment(teamName, assignee)));
		}
		return assignments;
	}

	@Override
	public boolean isAssignable(String username, @Nullable String team) {
		if (team != null && settings.teams().containsKey(team)) {
			return settings.teams().get(team).members().containsKey(username);
		}
		return settings.teams().values().stream().anyMatch(t -> t.members().containsKey(username));
	}

	private String teamOf(CaseSummary opened) {
		boolean unplaced = opened.placement() != null && !opened.placement().placed();
		return unplaced && settings.fallbackTeam() != null && !settings.fallbackTeam().isBlank()
				? settings.fallbackTeam()
				: settings.rules().stream()
					.filter(rule -> matches(rule, opened))
					.map(RoutingSettings.Rule::team)
					.findFirst()
					.orElse(settings.defaultTeam());
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
			.map(IncomingFlag.Evidence::display)
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

	/**
	 * Moves the team's cursor on by {@code turns} at once and returns the first of the turns taken. The statement
	 * commits by itself (one round trip, outside the batch's transaction) rather than with the batch: the batches of
	 * several partitions would otherwise wait on the cursor's row lock for each other's whole transaction. A batch
	 * that rolls back leaves its turns unused (a skip in the rotation).
	 */
	private int advance(String team, int turns) {
		return outsideTransaction.execute(status -> jdbc.sql("""
				insert into team_cursor (team, next_index) values (?, ?)
				on conflict (team) do update set next_index = team_cursor.next_index + ?
				returning next_index - ?""")
			.params(team, turns, turns, turns)
			.query(Integer.class)
			.single());
	}

	private String leastLoaded(String team, List<String> members) {
		return least(members, cases.openCasesPerAssignee(team, members));
	}

	private static String least(List<String> members, Map<String, Long> load) {
		String least = members.get(0);
		for (String member : members) {
			if (load.getOrDefault(member, 0L) < load.getOrDefault(least, 0L)) {
				least = member;
			}
		}
		return least;
	}

}
