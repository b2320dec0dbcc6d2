package org.secondopinion.sandbox.store;

import org.hl7.fhir.r4.model.Resource;

/**
 * What a conditional create did.
 *
 * @param resource the resource created, or the one that already matched
 * @param created whether this call created it
 */
public record CreateOutcome<T extends Resource>(T resource, boolean created) {
}
