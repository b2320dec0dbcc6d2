package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.RecordedCondition;
import org.secondopinion.events.CriterionCode;
import org.springframework.stereotype.Component;

/**
 * A rare or complex condition: an active condition in the rare-disease value set, or complexity, meaning at least
 * five active chronic conditions looked after by at least three specialties.
 */
@Component
class RareOrComplexCondition implements Criterion {

	/** Words that deny metastases: "without distant metastases", "no metastasis". */
	private static final java.util.regex.Pattern NO_METASTASES = java.util.regex.Pattern
		.compile("\\b(no|without|non|free of)[ -](distant )?metasta");

	static final CriterionCode CODE = CriterionCode.RARE_OR_COMPLEX_CONDITION;

	private final CodeSet rareDiseases;

	private final CodeMap specialties;

	private final RareOrComplexSettings settings;

	/** The map's problem names, for problems typed in words (an exchange's "COPD, moderate"). */
	private final StatedSymptoms problemNames;

	RareOrComplexCondition(ValueSetFiles files, RareOrComplexSettings settings) {
		this.rareDiseases = files.valueSet(settings.rareDiseases());
		this.specialties = files.conceptMap(settings.specialties());
		this.settings = settings;
		this.problemNames = new StatedSymptoms(specialties.namedConcepts());
	}

	@Override
	public CriterionCode code() {
		return CODE;
	}

	@Override
	public String summary() {
		return "An active condition in the rare-disease value set, or at least " + settings.minimumChronicConditions()
				+ " active chronic conditions looked after by at least " + settings.minimumSpecialties()
				+ " specialties.";
	}

	@Override
	public List<CodeSet> valueSets() {
		return List.of(rareDiseases);
	}

	@Override
	public Map<String, String> parameters() {
		return Map.of("rare-or-complex.rare-diseases", rareDiseases.describe(), "rare-or-complex.specialties",
				specialties.describe(), "rare-or-complex.minimum-chronic-conditions",
				String.valueOf(settings.minimumChronicConditions()), "rare-or-complex.minimum-specialties",
				String.valueOf(settings.minimumSpecialties()));
	}

	@Override
	public Optional<Finding> evaluate(ClinicalPicture picture, Instant now) {
		List<RecordedCondition> active = picture.conditions().stream().filter(RecordedCondition::isActive).toList();
		// a rare disease is lifelong as a rule: one sent with no clinical status (an encounter diagnosis) still counts
		List<RecordedCondition> rare = picture.conditions()
			.stream()
			.filter(ConditionStatus::notEnded)
			.filter(c -> rareDiseases.matches(c.code()))
			.toList();
		if (!rare.isEmpty()) {
			List<String> names = distinctNames(rare);
			String reason = Wording.capitalise(Wording.list(names)) + (names.size() == 1 ? " is a rare disease" : " are rare diseases")
					+ "; a centre that sees " + (names.size() == 1 ? "it" : "them")
					+ " often can confirm the diagnosis and the treatment plan.";
			return Optional.of(finding(reason, rare));
		}
		return complexity(active);
	}

	/**
	 * The concept with the map's codes of the one problem its words name, when it has no code in a system of the map (an
	 * ICD-10-CM code outside the map is no chronic condition, whatever its words): a problem sent as text alone or with
	 * a local code ("COPD, moderate", "Atrial fibrillation, permanent") is the problem it names.
	 */
	private Concept asMapped(Concept code) {
		if (specialties.judgesByCode(code)) {
			return code;
		}
		for (String words : code.words()) {
			List<String> names = problemNames.in(words);
			if (names.size() == 1) {
				List<CodedConcept> codings = new ArrayList<>(code.codings());
				codings.addAll(problemNames.codings(names.get(0)));
				return new Concept(codings, code.text());
			}
		}
		return code;
	}

	private Optional<Finding> complexity(List<RecordedCondition> active) {
		Map<RecordedCondition, String> chronic = new LinkedHashMap<>();
		// metastases are the spread of a cancer, not conditions of their own, when the cancer is on the list
		boolean primaryCancer = active.stream()
			.anyMatch(c -> !isSecondaryMalignancy(c.code()) && (isMalignancy(c.code())
					|| specialties.targetsOf(asMapped(c.code())).stream().anyMatch(t -> "oncology".equals(t.code()))));
		for (RecordedCondition condition : active) {
			if (primaryCancer && isSecondaryMalignancy(condition.code())) {
				continue;
			}
			Concept code = asMapped(condition.code());
			List<CodedConcept> specialty = specialties.targetsOf(code);
			Set<String> problems = specialties.problemsOf(code);
			boolean duplicate = chronic.keySet()
				.stream()
				.anyMatch(c -> c.code().sharesCodeWith(condition.code())
						|| specialties.problemsOf(asMapped(c.code())).stream().anyMatch(problems::contains));
			if (!specialty.isEmpty() && !duplicate) {
				chronic.put(condition, specialty.get(0).display() == null ? specialty.get(0).code() : specialty.get(0).display());
			}
		}
		Set<String> involved = new LinkedHashSet<>(chronic.values());
		if (chronic.size() < settings.minimumChronicConditions() || involved.size() < settings.minimumSpecialties()) {
			return Optional.empty();
		}
		String reason = "Has " + chronic.size() + " long-term conditions looked after by " + involved.size()
				+ " specialties (" + Wording.list(List.copyOf(involved))
				+ "); a coordinated review can check that the treatments fit together.";
		return Optional.of(finding(reason, List.copyOf(chronic.keySet())));
	}

	private static Finding finding(String reason, List<RecordedCondition> conditions) {
		List<Evidence> evidence = conditions.stream()
			.map(c -> new Evidence(c.reference(), c.display()))
			.toList();
		List<String> problems = new ArrayList<>();
		conditions.forEach(c -> {
			problems.add(c.plainReference());
			c.code().codings().forEach(code -> problems.add(code.system() + "|" + code.code()));
		});
		return new Finding(CODE, reason, evidence, false, problems);
	}

	private static List<String> distinctNames(List<RecordedCondition> conditions) {
		return conditions.stream().map(RecordedCondition::display).distinct().toList();
	}

	/** A malignant neoplasm by its ICD-10 chapter (C00-C97), in ICD-10-CM or a national edition. */
	private static boolean isMalignancy(Concept concept) {
		return concept.codings()
			.stream()
			.map(NationalIcd10::canonical)
			.anyMatch(c -> icd10(c) && CodePrefix.normalise(c.code()).startsWith("C"));
	}

	/**
	 * A secondary malignant neoplasm: ICD-10 C77-C79 (ICD-10-CM's C7B too), or a concept named as one, e.g. SNOMED
	 * CT's "secondary malignant neoplasm of liver" or a problem list's "liver metastases".
	 */
	static boolean isSecondaryMalignancy(Concept concept) {
		boolean coded = false;
		for (CodedConcept given : concept.codings()) {
			CodedConcept coding = NationalIcd10.canonical(given);
			if (!icd10(coding)) {
				continue;
			}
			coded = true;
			String code = CodePrefix.normalise(coding.code());
			if (code.startsWith("C77") || code.startsWith("C78") || code.startsWith("C79") || code.startsWith("C7B")) {
				return true;
			}
		}
		// an ICD-10 code says what the condition is; words only where none does, and not "without metastases"
		return !coded && concept.words().stream().map(w -> w.toLowerCase(java.util.Locale.ROOT))
			.anyMatch(w -> (w.contains("secondary malignant") || w.contains("metasta")) && !NO_METASTASES.matcher(w).find());
	}


	private static boolean icd10(CodedConcept coding) {
		return CodePrefix.ICD10_CM.equals(coding.system()) || NationalIcd10.isOne(coding.system());
	}

}
