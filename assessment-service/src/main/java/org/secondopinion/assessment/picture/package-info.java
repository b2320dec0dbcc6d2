/**
 * Each patient's clinical picture: the latest version of every resource the EHR sent, and the small records of
 * our own ({@link org.secondopinion.assessment.picture.ClinicalPicture}) that the criteria read. FHIR model classes
 * stay in this package.
 */
@NullMarked
package org.secondopinion.assessment.picture;

import org.jspecify.annotations.NullMarked;
