/**
 * Flag lifecycle: each assessment raises, updates or resolves the patient's flag, and the change is written to a
 * transactional outbox in the same database transaction, then relayed to {@code assessment.flags.v1}.
 */
@NullMarked
package org.secondopinion.assessment.flags;

import org.jspecify.annotations.NullMarked;
