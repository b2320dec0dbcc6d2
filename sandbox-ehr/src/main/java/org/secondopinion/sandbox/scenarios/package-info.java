/**
 * Scenario patients: hand-written FHIR bundles, each a patient who clearly meets one or more of the eight criteria
 * or nearly does and must not be flagged, with what each should trigger written into the patient's
 * {@code meta.tag}. {@link org.secondopinion.sandbox.scenarios.ScenarioCatalog} reads them without Spring, so that
 * other modules' tests can assert their rules against them; when
 * {@code second-opinion.sandbox.scenarios.enabled=true} the sandbox serves them too.
 */
@NullMarked
package org.secondopinion.sandbox.scenarios;

import org.jspecify.annotations.NullMarked;
