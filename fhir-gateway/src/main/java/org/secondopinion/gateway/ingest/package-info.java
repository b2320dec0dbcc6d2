/**
 * What every way in (incremental sync, Bulk Data backfill, rest-hook push) does with a resource the EHR served:
 * check it, skip a version already published, publish it to {@code ehr.resources.v1} keyed by patient or to
 * {@code ehr.directory.v1} for directory types, or dead-letter it with the reason, then remember the version once
 * Kafka acknowledged it.
 */
@NullMarked
package org.secondopinion.gateway.ingest;

import org.jspecify.annotations.NullMarked;
