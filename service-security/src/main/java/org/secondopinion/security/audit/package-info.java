/**
 * The PHI audit trail: every read or change of patient data is recorded (who, role, facility, action, patient,
 * resource, outcome, time, client address, purpose), shaped like FHIR AuditEvent, in the service's own database,
 * and served to admins at {@code GET /api/v1/audit?patient=…}.
 */
@NullMarked
package org.secondopinion.security.audit;

import org.jspecify.annotations.NullMarked;
