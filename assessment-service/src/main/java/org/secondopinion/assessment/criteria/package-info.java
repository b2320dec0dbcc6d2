/**
 * The second-opinion criteria: one class per criterion, each reading the clinical picture and saying, with
 * evidence and a plain-language reason, whether it is met. Value sets are FHIR ValueSet files, not literals.
 */
@NullMarked
package org.secondopinion.assessment.criteria;

import org.jspecify.annotations.NullMarked;
