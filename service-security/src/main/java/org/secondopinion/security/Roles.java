package org.secondopinion.security;

/** The realm roles of the contract. */
public final class Roles {

	public static final String CARE_COORDINATOR = "care-coordinator";

	public static final String CLINICIAN = "clinician";

	public static final String ADMIN = "admin";

	/** Service accounts (client credentials) of our own services. */
	public static final String SERVICE = "service";

	private Roles() {
	}

}
