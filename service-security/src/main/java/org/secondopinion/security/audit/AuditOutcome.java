package org.secondopinion.security.audit;

/** How the attempt ended. */
public enum AuditOutcome {

	SUCCESS("success"), DENIED("denied"), ERROR("error");

	private final String code;

	AuditOutcome(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

}
