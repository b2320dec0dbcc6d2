package org.secondopinion.assessment.criteria;

import org.jspecify.annotations.Nullable;

/**
 * What a criterion cites: a versioned FHIR reference, e.g. {@code ServiceRequest/42/_history/3}, and what it shows.
 */
public record Evidence(String reference, @Nullable String display) {
}
