package org.secondopinion.testing.web;

import java.util.Set;

/** Who may call an endpoint: a row of a service's access table. */
public sealed interface Access {

	/** Callers with a Keycloak bearer token carrying one of these realm roles; the others get 403, no token 401. */
	static Access roles(String... roles) {
		return new Roles(Set.of(roles));
	}

	/**
	 * A page of the coordinator UI: a browser session (OpenID Connect login) of a user with one of these roles; a
	 * bearer token opens nothing there.
	 */
	static Access session(String... roles) {
		return new Session(Set.of(roles));
	}

	/** Anyone, with or without a token (e.g. CDS Hooks discovery). */
	static Access anyone() {
		return new Anyone();
	}

	/** A CDS Hooks call: only the EHR's own signed JWT; every Keycloak token and no token get 401. */
	static Access ehrJwt() {
		return new EhrJwt();
	}

	/**
	 * An EHR's notification, checked by its shared secret in the controller: no realm role opens or closes it, so every
	 * caller without the secret gets the same answer, never 2xx and never 403.
	 */
	static Access sharedSecret() {
		return new SharedSecret();
	}

	record Roles(Set<String> roles) implements Access {
	}

	record Session(Set<String> roles) implements Access {
	}

	record Anyone() implements Access {
	}

	record EhrJwt() implements Access {
	}

	record SharedSecret() implements Access {
	}

}
