package org.secondopinion.notification.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** That a case was opened or changed, and when: no patient data. */
public record CaseUpdate(String id, String status, String priority, @Nullable String facility, Instant updatedAt) {
}
