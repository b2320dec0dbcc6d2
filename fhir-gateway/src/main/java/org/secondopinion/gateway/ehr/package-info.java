/**
 * Talking to EHRs' FHIR R4 APIs over HTTP: one client per EHR ({@link org.secondopinion.gateway.ehr.EhrClients})
 * with its rate limit, circuit breaker and retries with backoff and jitter (Resilience4j policies built by
 * {@code EhrResilience}), authentication (none, bearer, basic, SMART Backend Services), size limits, meters and a
 * health indicator.
 */
@NullMarked
package org.secondopinion.gateway.ehr;

import org.jspecify.annotations.NullMarked;
