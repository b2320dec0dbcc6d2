package org.secondopinion.notification.cases;

import org.jspecify.annotations.Nullable;

/**
 * Where a patient was referred for the second opinion.
 * @param specialty the specialty asked, e.g. {@code orthopaedic surgery}
 * @param to the specialist or organisation asked, as the coordinator names them
 * @param note free text for the team; kept in the case, never logged
 */
public record Referral(String specialty, @Nullable String to, @Nullable String note) {
}
