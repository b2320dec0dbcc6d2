package org.secondopinion.sandbox.population;

import java.nio.file.Path;

/** Runs Synthea: writes the FHIR bundles of a request under {@code outputDirectory}{@code /fhir}. */
@FunctionalInterface
interface SyntheaGenerator {

	void generate(SyntheaRequest request, Path outputDirectory);

}
