package org.secondopinion.notification.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One attempt to reach a case's patient, as the coordinator logged it.
 * @param note free text (e.g. "asked to call back after 3 pm"); kept with the case, never logged
 */
public record OutreachNote(Instant at, String actor, OutreachOutcome outcome, @Nullable String note) {
}
