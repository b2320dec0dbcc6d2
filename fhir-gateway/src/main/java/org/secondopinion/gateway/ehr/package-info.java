/**
 * Talking to EHRs' FHIR R4 APIs over HTTP: one client per EHR ({@link org.secondopinion.gateway.ehr.EhrClients})
 * with its rate limit, circuit breaker, authentication (none, bearer, basic, SMART Backend Services), retries with
 * backoff and jitter, size limits, meters and a health indicator.
 */
@NullMarked
package org.secondopinion.gateway.ehr;

import org.jspecify.annotations.NullMarked;
