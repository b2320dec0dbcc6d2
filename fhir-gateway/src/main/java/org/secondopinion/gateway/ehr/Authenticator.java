package org.secondopinion.gateway.ehr;

import java.util.Optional;

/** Supplies the {@code Authorization} header of requests to one EHR. */
interface Authenticator {

	/**
	 * The header value, e.g. {@code Bearer abc}; empty for an EHR without auth.
	 * @throws EhrAuthenticationException when no credentials can be obtained
	 */
	Optional<String> authorization();

	/** Forgets a cached credential the EHR refused (401), so the next call obtains a fresh one. */
	default void invalidate() {
	}

}
