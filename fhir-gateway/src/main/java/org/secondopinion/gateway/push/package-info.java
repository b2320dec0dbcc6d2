/**
 * Push: the FHIR rest-hook receiver at {@code POST /api/v1/subscriptions/{ehrId}}. An EHR's notification (a
 * Subscriptions Backport R4 notification Bundle, id-only or full-resource) is authenticated by the EHR's shared
 * secret, the notified resources are fetched at once and published like the sync publishes them. Polling stays
 * the safety net for notifications that never arrive.
 */
@NullMarked
package org.secondopinion.gateway.push;

import org.jspecify.annotations.NullMarked;
