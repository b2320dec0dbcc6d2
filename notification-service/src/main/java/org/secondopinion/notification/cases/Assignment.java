package org.secondopinion.notification.cases;

import org.jspecify.annotations.Nullable;

/** The coordinator team a case is routed to and, when the team assigns at once, the coordinator. */
public record Assignment(String team, @Nullable String assignee) {
}
