package org.secondopinion.assessment.criteria;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;

/** Null-safe look-ups of FHIR status and class codes, which the EHR may leave out, and of listed codings. */
final class Codes {

	/**
	 * Request intents that mean the request is meant to be carried out: a proposal or plan, and the orders of the
	 * FHIR {@code request-intent} hierarchy that the ordering side writes (an order, an original order, a reflex order,
	 * an instance order such as one cycle of a recurring chemotherapy order); not an option or a directive, and not a
	 * {@code filler-order}, the performing system's own copy of an order, which is read as a referral.
	 */
	static final Set<String> PLANNING_INTENTS = Set.of("proposal", "plan", "order", "original-order", "reflex-order",
			"instance-order");

	private Codes() {
	}

	static boolean in(Set<String> codes, @Nullable String code) {
		return code != null && codes.contains(code);
	}

	/**
	 * Whether any coding of the concept is one of {@code listed}, written {@code system|code}; compares in place,
	 * without building a string per coding (rules call this for every observation of a record).
	 */
	static boolean listed(Concept concept, List<String> listed) {
		List<CodedConcept> codings = concept.codings();
		for (int i = 0; i < codings.size(); i++) {
			CodedConcept coding = codings.get(i);
			String system = coding.system();
			String code = coding.code();
			for (int j = 0; j < listed.size(); j++) {
				String entry = listed.get(j);
				if (entry.length() == system.length() + 1 + code.length() && entry.charAt(system.length()) == '|'
						&& entry.startsWith(system) && entry.endsWith(code)) {
					return true;
				}
			}
		}
		return false;
	}

}
