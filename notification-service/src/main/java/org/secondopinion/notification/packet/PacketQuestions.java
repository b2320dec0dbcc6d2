package org.secondopinion.notification.packet;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.secondopinion.events.CriterionCode;
import org.secondopinion.notification.cases.CaseDetail;

/** The questions worth asking the second-opinion doctor, for the criteria a case met. */
final class PacketQuestions {

	private static final List<String> ALWAYS = List.of(
			"Do you agree with the diagnosis? If not, what else could explain these symptoms?",
			"What are all of the treatment options, including watchful waiting, and what are the risks and benefits of each?",
			"Are there tests that should be repeated or added before deciding?");

	private static final Map<CriterionCode, List<String>> BY_CRITERION = Map.of(
			CriterionCode.PERSISTENT_SYMPTOMS_NORMAL_WORKUP, List.of("The symptoms continue although the tests were normal: what could the tests have missed?"),
			CriterionCode.DIAGNOSIS_SYMPTOM_MISMATCH, List.of("Does the current diagnosis explain every symptom? Which ones does it not explain?"),
			CriterionCode.MAJOR_PROCEDURE_PLANNED, List.of("Is the planned procedure necessary now? What happens if it is postponed or not done?",
					"Are there less invasive alternatives, and how do the outcomes compare?"),
			CriterionCode.UNTREATABLE_PROGNOSIS, List.of("Are there treatments, specialist centres or clinical trials that were not considered?"),
			CriterionCode.HIGH_IMPACT_TREATMENT, List.of("How will this treatment affect daily life, and are there options that preserve more function?"),
			CriterionCode.PATIENT_REPORTED_CONCERN, List.of("The patient feels their concerns were not fully heard: what would you look at first?"),
			CriterionCode.WORSENING_DESPITE_TREATMENT, List.of("The condition is worsening despite treatment: should the treatment be changed, and why is it not working?"),
			CriterionCode.RARE_OR_COMPLEX_CONDITION, List.of("Which specialist or centre has the most experience with this condition?",
					"How should the care of the several conditions be coordinated?"));

	private PacketQuestions() {
	}

	static List<String> of(CaseDetail kase) {
		Set<String> questions = new LinkedHashSet<>();
		kase.criteria().forEach(c -> questions.addAll(BY_CRITERION.getOrDefault(c.code(), List.of())));
		questions.addAll(ALWAYS);
		return List.copyOf(questions);
	}

}
