/**
 * CDS Hooks 2.0: discovery, the {@code patient-view} and {@code order-sign} services and their feedback, secured by
 * the calling EHR's signed JWT. Cards come from the patient's open flag, or, for a patient not synced yet, from the
 * same criteria evaluated on the resources the EHR sends or serves.
 */
@NullMarked
package org.secondopinion.assessment.cds;

import org.jspecify.annotations.NullMarked;
