/**
 * A realistic population for the sandbox EHR, made by Synthea and loaded into the store at startup when
 * {@code second-opinion.sandbox.population.source=synthea}. Synthea runs in a child JVM (it needs HAPI FHIR 6.1), its
 * output is cached on disk, and populations larger than the Synthea base are derived from it: new identities,
 * shifted dates, consistently rewritten references. See {@code docs/sandbox-population.md}.
 */
@NullMarked
package org.secondopinion.sandbox.population;

import org.jspecify.annotations.NullMarked;
