/**
 * Write-back: consumes {@code task.requested} events from {@code ehr.writeback.v1} and creates the FHIR Task in the
 * patient's EHR with a conditional create on its identifier, so a redelivered event creates nothing new; an event
 * with the same identifier and a new status updates the Task (conditional update). Events that cannot be written
 * (no identifier, unknown EHR, refused by the EHR) go to the dead-letter topic; an EHR that is down is retried.
 */
@NullMarked
package org.secondopinion.gateway.writeback;

import org.jspecify.annotations.NullMarked;
