package org.secondopinion.notification.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One entry of a case's history: who did what, and when. */
public record CaseEvent(Instant at, String action, String actor, @Nullable String detail) {
}
