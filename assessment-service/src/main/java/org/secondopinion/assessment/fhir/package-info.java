/**
 * The flags as FHIR R4 resources for FHIR clients: each criterion of an open flag as a {@code DetectedIssue}.
 */
@NullMarked
package org.secondopinion.assessment.fhir;

import org.jspecify.annotations.NullMarked;
