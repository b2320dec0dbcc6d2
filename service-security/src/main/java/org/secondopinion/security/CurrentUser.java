package org.secondopinion.security;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The person or service behind a request, as the access token says.
 * @param subject the token's {@code sub}
 * @param facilities the facilities whose patients a coordinator may see ({@code facility} claim)
 * @param clientAddress where the request came from
 */
public record CurrentUser(String subject, @Nullable String username, Set<String> roles, List<String> facilities,
		@Nullable String clientAddress) {

	public CurrentUser {
		roles = Set.copyOf(roles);
		facilities = List.copyOf(facilities);
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	/** Admins see every facility; others only those their token names. */
	public boolean mayAccessFacility(@Nullable String facility) {
		return hasRole(Roles.ADMIN) || (facility != null && facilities.contains(facility));
	}

}
