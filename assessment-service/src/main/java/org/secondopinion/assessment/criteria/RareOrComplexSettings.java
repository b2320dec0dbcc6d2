package org.secondopinion.assessment.criteria;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * @param rareDiseases FHIR ValueSet of rare diseases (Orphanet-derived ICD-10-CM and SNOMED CT codes)
 * @param specialties FHIR ConceptMap from chronic conditions to the specialty that looks after each; a condition
 * counts as chronic only when it is mapped
 * @param minimumChronicConditions this many active chronic conditions…
 * @param minimumSpecialties …looked after by at least this many specialties make a case complex
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.rare-or-complex")
record RareOrComplexSettings(@NotNull Resource rareDiseases, @NotNull Resource specialties,
		@Min(2) int minimumChronicConditions, @Min(1) int minimumSpecialties) {
}
