package org.secondopinion.assessment.criteria;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Null-safe look-ups of FHIR status and class codes, which the EHR may leave out. */
final class Codes {

	private Codes() {
	}

	static boolean in(Set<String> codes, @Nullable String code) {
		return code != null && codes.contains(code);
	}

}
