package org.secondopinion.assessment.criteria;

import java.util.ArrayList;
import java.util.List;

import org.secondopinion.events.CriterionCode;

/** One way a criterion with several grounds is met: a clause of its reason, its evidence and its problems. */
record Part(String clause, List<Evidence> evidence, List<String> problems) {

	Part {
		evidence = List.copyOf(evidence);
		problems = List.copyOf(problems);
	}

	/**
	 * The finding of a criterion met on these grounds: their clauses joined into one sentence ending with
	 * {@code closing}, their evidence without repeats, and their problems.
	 */
	static Finding combine(CriterionCode code, List<Part> parts, String closing) {
		String reason = Wording.capitalise(Wording.list(parts.stream().map(Part::clause).toList())) + closing;
		List<Evidence> evidence = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		parts.forEach(p -> {
			p.evidence().forEach(e -> NormalWorkup.add(evidence, e.reference(), e.display()));
			problems.addAll(p.problems());
		});
		return new Finding(code, reason, evidence, false, problems);
	}

}
