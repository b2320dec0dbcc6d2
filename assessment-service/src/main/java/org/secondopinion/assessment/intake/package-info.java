/**
 * Intake of {@code ehr.resources.v1}: each event is applied once (idempotent on its id), the patient's picture
 * updated and the patient reassessed, all in one database transaction.
 */
@NullMarked
package org.secondopinion.assessment.intake;

import org.jspecify.annotations.NullMarked;
