package org.secondopinion.assessment.picture;

import org.jspecify.annotations.Nullable;

/** One coding: compared by (system, code); the display is for people. */
public record CodedConcept(String system, String code, @Nullable String display) {

	public boolean sameCodeAs(CodedConcept other) {
		return system.equals(other.system) && code.equals(other.code);
	}

}
