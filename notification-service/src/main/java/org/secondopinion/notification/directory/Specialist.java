package org.secondopinion.notification.directory;

import org.jspecify.annotations.Nullable;

/**
 * A specialist who could give the second opinion: a practitioner's role at an organisation.
 * @param reference the PractitionerRole, e.g. {@code PractitionerRole/role-7}
 * @param contact the role's phone (else its first telecom, else the organisation's)
 * @param address where they see patients: the role's location, else the organisation's address
 */
public record Specialist(String reference, String name, String specialty, @Nullable String organization,
		@Nullable String contact, @Nullable String address) {

	/** How the referral form names them. */
	public String referralTarget() {
		return organization == null ? name : name + ", " + organization;
	}

}
