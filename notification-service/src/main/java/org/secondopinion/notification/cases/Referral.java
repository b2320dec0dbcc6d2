package org.secondopinion.notification.cases;

import org.jspecify.annotations.Nullable;

/**
 * Where a patient was referred for the second opinion.
 * @param specialty the specialty asked, e.g. {@code orthopaedic surgery}
 * @param to the specialist or organisation asked, as the coordinator names them
 * @param note free text for the team; kept in the case and shown with it, never logged
 * @param specialist the specialist chosen from the provider directory, e.g. {@code PractitionerRole/role-7} (or a
 * {@code Practitioner/…}); none when the coordinator named them in {@code to} only
 */
public record Referral(String specialty, @Nullable String to, @Nullable String note, @Nullable String specialist) {

	public Referral(String specialty, @Nullable String to, @Nullable String note) {
		this(specialty, to, note, null);
	}

}
