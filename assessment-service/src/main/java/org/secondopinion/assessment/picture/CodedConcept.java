package org.secondopinion.assessment.picture;

import org.jspecify.annotations.Nullable;

/** One coding: compared by (system, code); the display is for people. */
public record CodedConcept(String system, String code, @Nullable String display) {

	/**
	 * Systems and codes are held as canonical strings: a record has a few hundred codings from a few dozen
	 * terminologies, and the rules compare them with value sets for every result, which an identical instance
	 * answers without comparing characters.
	 */
	public CodedConcept {
		system = canonical(system);
		code = canonical(code);
	}

	/** The canonical instance of a system or code string (null stays null, as the EHR may leave it out). */
	public static String canonical(String value) {
		return value == null ? null : value.intern();
	}

	public boolean sameCodeAs(CodedConcept other) {
		return system.equals(other.system) && code.equals(other.code);
	}

}
