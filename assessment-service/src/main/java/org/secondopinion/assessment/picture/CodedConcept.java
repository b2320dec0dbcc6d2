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

	/** At most this many interned systems and codes are remembered in a map; any further one is interned each time. */
	static final int REMEMBERED = 100_000;

	private static final java.util.Map<String, String> INTERNED = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * The canonical (interned) instance of a system or code string (null stays null, as the EHR may leave it out).
	 * Each value is interned once and then found in a map, which takes a fraction of {@link String#intern()}'s time
	 * for the thousands of codings a stored record rebuilds.
	 */
	public static String canonical(String value) {
		if (value == null) {
			return null;
		}
		String known = INTERNED.get(value);
		if (known != null) {
			return known;
		}
		String interned = value.intern();
		if (INTERNED.size() < REMEMBERED) {
			INTERNED.putIfAbsent(interned, interned);
		}
		return interned;
	}

	public boolean sameCodeAs(CodedConcept other) {
		return system.equals(other.system) && code.equals(other.code);
	}

}
