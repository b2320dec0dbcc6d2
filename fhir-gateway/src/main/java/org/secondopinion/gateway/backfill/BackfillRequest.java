package org.secondopinion.gateway.backfill;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What to backfill.
 * @param types resource types ({@code _type}); absent for the EHR's configured types and the directory types
 * @param since only resources changed after this instant ({@code _since})
 * @param group a Group to export ({@code Group/[id]/$export}); absent for a system-level export
 */
public record BackfillRequest(@Nullable List<String> types, @Nullable Instant since, @Nullable String group) {
}
