/** The patient's record as FHIR: the latest resources kept for the picture, for the second-opinion packet. */
@NullMarked
package org.secondopinion.assessment.record;

import org.jspecify.annotations.NullMarked;
