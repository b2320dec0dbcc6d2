package org.secondopinion.security.audit;

import org.jspecify.annotations.Nullable;

/**
 * One access to patient data.
 * @param subtype what was done, in words: {@code read}, {@code search}, {@code acknowledge}, …
 * @param ehrId the patient's EHR; with {@code patientId} it names the patient
 * @param entity the resource touched, e.g. {@code Case/5f…} or {@code Assessment/north/p-1}
 */
public record AuditedAccess(AuditAction action, String subtype, AuditOutcome outcome, @Nullable String ehrId,
		@Nullable String patientId, String entity, @Nullable String detail) {

	public static AuditedAccess read(String subtype, String ehrId, String patientId, String entity) {
		return new AuditedAccess(AuditAction.READ, subtype, AuditOutcome.SUCCESS, ehrId, patientId, entity, null);
	}

	public static AuditedAccess denied(AuditAction action, String subtype, @Nullable String ehrId,
			@Nullable String patientId, String entity, String why) {
		return new AuditedAccess(action, subtype, AuditOutcome.DENIED, ehrId, patientId, entity, why);
	}

}
