/** What operators see of the gateway: {@code GET /api/v1/sync}, the sync and backfill state of every EHR. */
@NullMarked
package org.secondopinion.gateway.operations;

import org.jspecify.annotations.NullMarked;
