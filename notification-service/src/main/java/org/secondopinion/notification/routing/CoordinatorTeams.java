package org.secondopinion.notification.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Who is in which coordinator team and how to reach them, as configured. */
@Component
public class CoordinatorTeams {

	private final RoutingSettings settings;

	CoordinatorTeams(RoutingSettings settings) {
		this.settings = settings;
	}

	public Optional<Contacts> team(@Nullable String name) {
		RoutingSettings.Team team = name == null ? null : settings.teams().get(name);
		if (team == null) {
			return Optional.empty();
		}
		String leadEmail = team.leadEmail() != null ? team.leadEmail() : team.members().get(team.lead());
		return Optional.of(new Contacts(name, team.email(), team.lead(), leadEmail, team.webhookUrl(),
				List.copyOf(team.members().keySet())));
	}

	public List<Contacts> all() {
		List<Contacts> all = new ArrayList<>();
		settings.teams().keySet().forEach(name -> team(name).ifPresent(all::add));
		return all;
	}

	/** The e-mail address of a coordinator in any team. */
	public Optional<String> emailOf(String username) {
		return settings.teams().values().stream()
			.map(t -> t.members().get(username))
			.filter(e -> e != null && !e.isBlank())
			.findFirst();
	}

	/** A team's addresses: shared inbox, lead, members, webhook. */
	public record Contacts(String name, @Nullable String email, String lead, @Nullable String leadEmail,
			@Nullable URI webhookUrl, List<String> members) {
	}

}
