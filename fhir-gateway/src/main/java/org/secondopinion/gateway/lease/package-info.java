/**
 * Leases shared by the gateway instances through PostgreSQL (ShedLock's JDBC provider, table {@code lease}): a
 * piece of work (a sync pass of one EHR resource type, a backfill job, a push notification) runs on the instance
 * that holds its lease. A lease lives {@code time-to-live} unless renewed; its holder renews it in the background
 * and stops working as soon as it cannot be sure it still holds it, before any other instance can take it.
 */
@NullMarked
package org.secondopinion.gateway.lease;

import org.jspecify.annotations.NullMarked;
