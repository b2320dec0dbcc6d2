package org.secondopinion.notification.cases;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Chooses the team and coordinator of a new case; the routing feature implements it. */
public interface CaseRouter {

	/** The assignment of a case just opened, in the opening transaction. */
	Optional<Assignment> route(CaseSummary opened);

	/**
	 * The assignments of cases opened (or placed again) by one batch of flags, in the batch's transaction and in the
	 * given order, as if each had been routed by {@link #route} one after the other.
	 */
	default List<Optional<Assignment>> routeAll(List<CaseSummary> opened) {
		return opened.stream().map(this::route).toList();
	}

	/** Whether {@code username} may be assigned cases of {@code team} ({@code null}: any team). */
	boolean isAssignable(String username, @Nullable String team);

	/** The coordinators who may be assigned cases of {@code team} ({@code null}: of every team), in a stable order. */
	default List<String> assignees(@Nullable String team) {
		return List.of();
	}

}
