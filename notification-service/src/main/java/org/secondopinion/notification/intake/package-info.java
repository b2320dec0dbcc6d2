/** Intake of {@code assessment.flags.v1}: each flag event is applied once, idempotent on its id. */
@NullMarked
package org.secondopinion.notification.intake;

import org.jspecify.annotations.NullMarked;
