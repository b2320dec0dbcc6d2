/**
 * The assessment service: keeps each patient's clinical picture from the EHR's resources, evaluates the
 * second-opinion criteria and raises, updates and resolves flags.
 */
@NullMarked
package org.secondopinion.assessment;

import org.jspecify.annotations.NullMarked;
