package org.secondopinion.notification.directory;

import org.jspecify.annotations.Nullable;

/**
 * A specialist who could give the second opinion: a practitioner's role at an organisation.
 * @param reference the PractitionerRole, e.g. {@code PractitionerRole/role-7}
 */
public record Specialist(String reference, String name, String specialty, @Nullable String organization,
		@Nullable String contact) {

	/** How the referral form names them. */
	public String referralTarget() {
		return organization == null ? name : name + ", " + organization;
	}

}
