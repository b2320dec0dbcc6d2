package org.secondopinion.assessment.criteria;

import java.util.List;

import org.secondopinion.events.FlagPayload;

/** One way a criterion with several grounds is met: a clause of its reason, its evidence and its problems. */
record Part(String clause, List<FlagPayload.Evidence> evidence, List<String> problems) {

	Part {
		evidence = List.copyOf(evidence);
		problems = List.copyOf(problems);
	}

}
