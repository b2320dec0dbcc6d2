package org.secondopinion.notification.cases;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.security.CurrentUser;
import org.secondopinion.security.Roles;

/**
 * Which cases a user may see, the one statement of that security rule: an admin sees every case, anyone else only
 * the cases of the facilities their token names (a case with no facility is an admin's alone). Built once from the
 * current user; every query over the cases takes one, and every single case is checked with {@link #includes}.
 */
public final class CaseScope {

	/** The facilities in scope; {@code null} for every facility. */
	private final @Nullable List<String> facilities;

	private CaseScope(@Nullable List<String> facilities) {
		this.facilities = facilities == null ? null : List.copyOf(facilities);
	}

	/** The cases {@code user} may see. */
	public static CaseScope of(CurrentUser user) {
		return new CaseScope(user.hasRole(Roles.ADMIN) ? null : user.facilities());
	}

	/** Whether a case of {@code facility} is in scope. */
	public boolean includes(@Nullable String facility) {
		return facilities == null || (facility != null && facilities.contains(facility));
	}

	/** This scope narrowed to one facility; empty when that facility is not in scope. */
	public Optional<CaseScope> narrowedTo(String facility) {
		return includes(facility) ? Optional.of(new CaseScope(List.of(facility))) : Optional.empty();
	}

	/** The SQL condition that keeps the cases in scope, with {@link #bind} filling its two parameters. */
	static String condition(String facilityColumn) {
		return "(cast(? as text[]) is null or " + facilityColumn + " = any(?))";
	}

	/** The two parameters of {@link #condition}. */
	void bind(List<@Nullable Object> params) {
		String[] scope = facilities == null ? null : facilities.toArray(String[]::new);
		params.add(scope);
		params.add(scope);
	}

	@Override
	public String toString() {
		return facilities == null ? "every facility" : "facilities " + facilities;
	}

}
