package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.ClinicalNote;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.RecordedCondition;

/**
 * What DIAGNOSIS_SYMPTOM_MISMATCH knows about the patient's diagnoses: which codes are diagnoses it can judge, which
 * are malignancies that account for any red flag, whether a label is still in use, and whether a later diagnosis may
 * have found the cause.
 */
final class MismatchDiagnoses {

	/** An ICD-10 subcategory as written in a note ("K58.0", "F45.41"): a category alone ("I10") says too little. */
	private static final java.util.regex.Pattern ICD10_CODE = java.util.regex.Pattern.compile("[A-Z][0-9]{2}\\.[0-9A-Z]{1,4}");


	/** ICD-10-CM chapters of symptoms, injuries, external causes, status, pregnancy and perinatal codes; neoplasms. */
	private static final Pattern NOT_A_DIAGNOSIS = Pattern.compile("[RSTVWXYZOPC]|D[0-4]", Pattern.CASE_INSENSITIVE);

	/** ICD-10 codes that name an abnormal result (normalised: no dots, upper case); see {@link #namesAResult}. */
	private static final Pattern RESULT_NAMES = Pattern.compile("D5[0-3]|D6[2-4]|E8352|R7[0-9]");

	/** SNOMED CT semantic tags of what is not a disorder: "Medication review due (situation)". */
	private static final Pattern NOT_A_DISORDER = Pattern.compile(
			"\\((finding|situation|procedure|event|observable entity|regime/therapy|social concept|person)\\)\\s*$");

	private static final Pattern MALIGNANCY = Pattern.compile(
			"\\b(malignan\\w*|carcinoma|cancer|lymphoma|leuka?emia|sarcoma|melanoma|myeloma|mesothelioma|glioblastoma)\\b",
			Pattern.CASE_INSENSITIVE);

	private final MismatchSettings settings;

	private final CodeSet catchAll;

	private final CodeSet symptomCodes;

	private final AlarmFindings alarmFindings;

	private final LabelRedFlags labelRedFlags;

	private final Explanations explanations;

	/** Each label's names, by the table's name of the label: what a note that restates it says. */
	private final java.util.Map<String, List<String>> labelNames = new java.util.concurrent.ConcurrentHashMap<>();

	MismatchDiagnoses(MismatchSettings settings, CodeSet catchAll, CodeSet symptomCodes, AlarmFindings alarmFindings,
			LabelRedFlags labelRedFlags, Explanations explanations) {
		this.settings = settings;
		this.catchAll = catchAll;
		this.symptomCodes = symptomCodes;
		this.alarmFindings = alarmFindings;
		this.labelRedFlags = labelRedFlags;
		this.explanations = explanations;
	}

	/**
	 * A diagnosis that can be judged: not itself a symptom, sign or red-flag finding, not an injury, external cause,
	 * status, pregnancy or perinatal code, and not a neoplasm, which can account for any red flag.
	 */
	boolean isDiagnosis(Concept code) {
		if (symptomCodes.matches(code) || alarmFindings.codes().matches(code)) {
			return false;
		}
		for (CodedConcept coding : code.codings()) {
			if (CodePrefix.PREFIX_SYSTEMS.contains(coding.system()) && NOT_A_DIAGNOSIS.matcher(coding.code()).lookingAt()) {
				return false;
			}
			if (coding.display() != null && NOT_A_DISORDER.matcher(coding.display()).find()) {
				return false;
			}
		}
		return !code.codings().isEmpty();
	}

	/**
	 * Whether a condition is a malignancy (ICD-10-CM C00–C96, or a coding or text that names one), which can account for
	 * any red flag: jaundice in a patient with pancreatic cancer is not unexplained.
	 */
	static boolean malignant(Concept code) {
		for (CodedConcept coding : code.codings()) {
			if (CodePrefix.PREFIX_SYSTEMS.contains(coding.system()) && coding.code().toUpperCase(java.util.Locale.ROOT).startsWith("C")) {
				return true;
			}
		}
		return code.words().stream().anyMatch(w -> MALIGNANCY.matcher(w).find());
	}

	/**
	 * Whether the label is still in use: a visit of the last {@code diagnosed-within} was for it (by reference, by code,
	 * or, for a label of the red-flag table, by a reason whose words name it: "IBS follow-up"), or, for such a label, a
	 * prescription written in that time was for it (by reference or code), or a current note written in that time names
	 * it, not negated ("Assessment unchanged: functional neurological disorder", "Hx vasovagal syncope", "Dx
	 * fibromyalgia on problem list"): the clinician restated the label while its red flags came. Chronic diseases are
	 * prescribed for every year, so a prescription alone does not make an old diagnosis of another kind a label in use.
	 */
	boolean stillInUse(ClinicalPicture picture, RecordedCondition diagnosis, LabelRedFlags.@Nullable Label label,
			Instant now) {
		Instant since = now.minus(settings.diagnosedWithin());
		boolean visit = picture.visits()
			.stream()
			.filter(v -> v.tookPlace() && v.start() != null && !v.start().isBefore(since))
			.anyMatch(v -> v.reasonReferences().contains(diagnosis.plainReference())
					|| v.reasonCodes().stream().anyMatch(r -> r.sharesCodeWith(diagnosis.code())
							|| (label != null && r.codings().isEmpty() && label.labels().matches(r))));
		return visit || label != null && (picture.medications()
			.stream()
			.filter(m -> m.authoredOn() != null && !m.authoredOn().isBefore(since)
					&& !List.of("entered-in-error", "cancelled", "draft").contains(m.status()))
			.anyMatch(m -> m.reasonReferences().contains(diagnosis.plainReference())
					|| m.reasonCodes().stream().anyMatch(r -> r.sharesCodeWith(diagnosis.code())))
				|| namedInANote(picture, diagnosis, label, since));
	}

	/** Whether a current note written since the day names the label: by the table's name, its value set or its own words. */
	boolean namedInANote(ClinicalPicture picture, RecordedCondition diagnosis, LabelRedFlags.Label label,
			Instant since) {
		List<ClinicalNote> notes = picture.notes()
			.stream()
			.filter(n -> "current".equals(n.status()) && n.date() != null && !n.date().isBefore(since))
			.toList();
		if (notes.isEmpty()) {
			return false;
		}
		List<String> names = new java.util.ArrayList<>(labelNames.computeIfAbsent(label.name(), n -> {
			List<String> all = new java.util.ArrayList<>(List.of(n));
			all.addAll(label.labels().namedConcepts().keySet());
			return List.copyOf(all);
		}));
		names.addAll(diagnosis.code().words());
		// its ICD-10 code, as a note's conclusion line restates it ("Záver: K58.0 Syndróm dráždivého čreva")
		diagnosis.code()
			.codings()
			.stream()
			.filter(c -> c.code() != null && ICD10_CODE.matcher(c.code()).matches()
					&& (CodePrefix.ICD10_CM.equals(c.system()) || NationalIcd10.isOne(c.system())))
			.forEach(c -> names.add(c.code()));
		// a single word under four letters ("CFS", "IBS") is no name to look for inside a note's words
		names.removeIf(n -> !n.strip().contains(" ") && n.strip().length() < 4);
		Phrases phrases = new Phrases(names);
		return notes.stream().anyMatch(n -> phrases.find(n.text()).isPresent());
	}

	/**
	 * Whether a diagnosis other than a catch-all, a label given by exclusion or one of this label's own red-flag
	 * findings (an iron-deficiency anaemia coded as a problem after a reflux label is the red flag, not its cause) was
	 * made after this label and not refuted: the work-up may have found the cause of its red flags. One that was made
	 * before the first red flag and is no longer active (a urinary infection treated months before an arthritis
	 * showed) cannot be their cause.
	 */
	boolean laterCause(ClinicalPicture picture, RecordedCondition diagnosis, Instant made, LabelRedFlags.Label label,
			Instant firstRedFlag) {
		return picture.conditions()
			.stream()
			.filter(c -> !c.refuted() && !c.reference().equals(diagnosis.reference()) && isDiagnosis(c.code())
					&& !catchAll.matches(c.code()) && !labelRedFlags.isLabel(c.code())
					&& !label.findings().codes().matches(c.code()) && !namesAResult(c.code()))
			.filter(c -> {
				Instant at = c.recorded() != null ? c.recorded() : c.onset();
				return at != null && at.isAfter(made)
						&& (c.isActive() || "unknown".equals(c.clinicalStatus()) || !at.isBefore(firstRedFlag));
			})
			.findAny()
			.isPresent();
	}

	/**
	 * Whether an ICD-10 code (WHO's, a national edition's or ICD-10-CM) only names an abnormal result: an anaemia by its
	 * type or "of chronic disease" (D50-D53, D62-D64), hypercalcaemia (E83.52), an abnormal finding of blood (R70-R79).
	 * Coded after a label, it restates the label's red flag (a low haemoglobin, a high calcium) and is no cause of the
	 * others (a raised ESR, a high total protein).
	 */
	private static boolean namesAResult(Concept code) {
		return code.codings()
			.stream()
			.filter(c -> c.code() != null && (CodePrefix.PREFIX_SYSTEMS.contains(c.system()) || NationalIcd10.isOne(c.system())))
			.anyMatch(c -> RESULT_NAMES.matcher(CodePrefix.normalise(c.code())).lookingAt());
	}

	/**
	 * Whether a diagnosis the map knows nothing about was made after this one: the work-up may have found the cause of
	 * the red flags, and the rule cannot tell that it did not.
	 */
	boolean laterDiagnosisUnknownToTheMap(ClinicalPicture picture, RecordedCondition diagnosis, Instant made) {
		return picture.conditions()
			.stream()
			.filter(c -> !c.refuted() && !c.reference().equals(diagnosis.reference()) && isDiagnosis(c.code())
					&& !explanations.knows(c.code()))
			.map(c -> c.recorded() != null ? c.recorded() : c.onset())
			.anyMatch(at -> at != null && at.isAfter(made));
	}

}
