/**
 * FHIR Task write-back: each case is mirrored as a Task in the patient's EHR, its status kept in step with the
 * case, sent as {@code task.requested} events on {@code ehr.writeback.v1} through a transactional outbox.
 */
@NullMarked
package org.secondopinion.notification.writeback;

import org.jspecify.annotations.NullMarked;
