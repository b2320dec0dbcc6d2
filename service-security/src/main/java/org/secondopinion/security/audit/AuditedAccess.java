package org.secondopinion.security.audit;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.PatientRef;

/**
 * One access to patient data.
 * @param subtype what was done, in words: {@code read}, {@code search}, {@code acknowledge}, …
 * @param ehr the EHR whose data was touched; the patient's EHR when {@code patient} is known, and may be known
 * alone (e.g. a replayed record whose key names no patient)
 * @param patient the patient whose data was touched, when one is
 * @param entity the resource touched, e.g. {@code Case/5f…} or {@code Assessment/north/p-1}
 */
public record AuditedAccess(AuditAction action, String subtype, AuditOutcome outcome, @Nullable EhrId ehr,
		@Nullable PatientRef patient, String entity, @Nullable String detail) {

	public AuditedAccess {
		if (patient != null && ehr != null && !ehr.equals(patient.ehr())) {
			throw new IllegalArgumentException("The EHR of an audited access is the patient's: " + ehr + " is not "
					+ patient.ehr());
		}
		if (patient != null) {
			ehr = patient.ehr();
		}
	}

	/** An access to one patient's data, or to no patient's ({@code patient} null). */
	public AuditedAccess(AuditAction action, String subtype, AuditOutcome outcome, @Nullable PatientRef patient,
			String entity, @Nullable String detail) {
		this(action, subtype, outcome, null, patient, entity, detail);
	}

	public static AuditedAccess read(String subtype, PatientRef patient, String entity) {
		return new AuditedAccess(AuditAction.READ, subtype, AuditOutcome.SUCCESS, patient, entity, null);
	}

	public static AuditedAccess denied(AuditAction action, String subtype, @Nullable PatientRef patient, String entity,
			String why) {
		return new AuditedAccess(action, subtype, AuditOutcome.DENIED, patient, entity, why);
	}

}
