/** Talking to an EHR's FHIR R4 API over HTTP: paging, retries with backoff, size limits. */
@NullMarked
package org.secondopinion.gateway.ehr;

import org.jspecify.annotations.NullMarked;
