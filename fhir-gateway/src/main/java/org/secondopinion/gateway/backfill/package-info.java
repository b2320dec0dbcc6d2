/**
 * Backfill: a Bulk Data {@code $export} of an EHR (system or group level, {@code _type}, {@code _since}), its status
 * polled as {@code Retry-After} asks, each NDJSON file streamed line by line and published like the sync publishes,
 * the job and each file's progress kept in PostgreSQL so a restart resumes it. When the export is done the
 * incremental watermark starts at its {@code transactionTime}. An EHR whose CapabilityStatement has no
 * {@code $export} is backfilled by paged search instead.
 */
@NullMarked
package org.secondopinion.gateway.backfill;

import org.jspecify.annotations.NullMarked;
