package org.secondopinion.notification.cases;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Chooses the team and coordinator of a new case; the routing feature implements it. */
public interface CaseRouter {

	/** The assignment of a case just opened, in the opening transaction. */
	Optional<Assignment> route(CaseSummary opened);

	/** Whether {@code username} may be assigned cases of {@code team} ({@code null}: any team). */
	boolean isAssignable(String username, @Nullable String team);

	/** The coordinators who may be assigned cases of {@code team} ({@code null}: of every team), in a stable order. */
	default List<String> assignees(@Nullable String team) {
		return List.of();
	}

}
