package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.ObservationResult;
import org.secondopinion.assessment.picture.RecordedCondition;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.FlagPayload;
import org.springframework.stereotype.Component;

/**
 * The diagnosis does not fit the symptoms: an active catch-all or unspecified diagnosis standing for more than 90
 * days while symptoms are still recorded after it; or a recent diagnosis after which symptoms or abnormal results
 * appear that neither it nor any other active diagnosis explains (per the explanation map). Symptoms with no
 * diagnosis at all are left to {@link PersistentSymptomsNormalWorkup}.
 */
@Component
class DiagnosisSymptomMismatch implements Criterion {

	static final CriterionCode CODE = CriterionCode.DIAGNOSIS_SYMPTOM_MISMATCH;

	private final MismatchSettings settings;

	private final CodeSet catchAll;

	private final CodeSet symptomCodes;

	private final SymptomRecords symptoms;

	private final CodeMap map;

	private final Explanations explanations;

	private final AlarmFindings alarmFindings;

	private final LabelRedFlags labelRedFlags;

	private final MeasuredSymptoms measuredSymptoms;

	/** ICD-10-CM chapters of symptoms, injuries, external causes, status, pregnancy and perinatal codes; neoplasms. */
	private static final Pattern NOT_A_DIAGNOSIS = Pattern.compile("[RSTVWXYZOPC]|D[0-4]", Pattern.CASE_INSENSITIVE);

	/** SNOMED CT semantic tags of what is not a disorder: "Medication review due (situation)". */
	private static final Pattern NOT_A_DISORDER = Pattern.compile(
			"\\((finding|situation|procedure|event|observable entity|regime/therapy|social concept|person)\\)\\s*$");

	/** Residual qualifiers that add nothing to a reason: "Vomiting, unspecified". */
	private static final Pattern QUALIFIERS = Pattern.compile(
			",? (unspecified|not elsewhere classified|not intractable)\\b|^unspecified |\\s*\\((finding|disorder)\\)\\s*$",
			Pattern.CASE_INSENSITIVE);

	DiagnosisSymptomMismatch(ValueSetFiles files, MismatchSettings settings) {
		this.settings = settings;
		this.catchAll = files.valueSet(settings.catchAll());
		this.symptomCodes = files.valueSet(settings.symptoms());
		this.symptoms = new SymptomRecords(symptomCodes, settings.symptomObservationCodes());
		this.map = files.conceptMap(settings.explanations());
		this.explanations = new Explanations(map);
		this.alarmFindings = files.alarmFindings(settings.alarmFindings());
		this.labelRedFlags = LabelRedFlags.load(files, settings.labelRedFlags());
		this.measuredSymptoms = MeasuredSymptoms.load(settings.measuredSymptoms());
	}

	@Override
	public CriterionCode code() {
		return CODE;
	}

	@Override
	public String summary() {
		return "An active catch-all diagnosis older than " + settings.persistingFor().toDays()
				+ " days while symptoms continue, or a recent diagnosis followed by symptoms or abnormal results "
				+ "that no active diagnosis explains.";
	}

	@Override
	public List<CodeSet> valueSets() {
		List<CodeSet> sets = new ArrayList<>(List.of(catchAll, symptomCodes, alarmFindings.codes()));
		sets.addAll(labelRedFlags.valueSets());
		return sets;
	}

	@Override
	public Map<String, String> parameters() {
		Map<String, String> parameters = new TreeMap<>();
		parameters.put("diagnosis-mismatch.catch-all", catchAll.describe());
		parameters.put("diagnosis-mismatch.symptoms", symptomCodes.describe());
		parameters.put("diagnosis-mismatch.symptom-observation-codes", settings.symptomObservationCodes().toString());
		parameters.put("diagnosis-mismatch.explanations", explanations.describe());
		parameters.put("diagnosis-mismatch.alarm-findings", alarmFindings.describe());
		parameters.put("diagnosis-mismatch.label-red-flags", labelRedFlags.describe());
		parameters.put("diagnosis-mismatch.measured-symptoms", measuredSymptoms.describe());
		parameters.put("diagnosis-mismatch.persisting-for", settings.persistingFor().toString());
		parameters.put("diagnosis-mismatch.recent-within", settings.recentWithin().toString());
		parameters.put("diagnosis-mismatch.diagnosed-within", settings.diagnosedWithin().toString());
		return parameters;
	}

	@Override
	public Optional<Finding> evaluate(ClinicalPicture picture, Instant now) {
		List<SymptomRecords.SymptomRecord> records = symptoms.of(picture);
		List<SymptomRecords.SymptomRecord> alarms = alarmFindings.of(picture);
		List<RecordedCondition> active = picture.conditions().stream().filter(RecordedCondition::isActive).toList();
		List<Part> parts = new ArrayList<>();
		for (RecordedCondition diagnosis : active) {
			Instant made = diagnosis.recorded() != null ? diagnosis.recorded() : diagnosis.onset();
			if (made == null) {
				continue;
			}
			Optional<Part> persisting = catchAll.matches(diagnosis.code())
					? catchAllPersisting(diagnosis, made, union(records, measuredSymptoms.of(picture)), now) : Optional.empty();
			persisting.ifPresent(parts::add);
			if (persisting.isPresent()) {
				continue;
			}
			Optional<LabelRedFlags.Label> label = labelRedFlags.labelOf(diagnosis.code());
			if (label.isPresent() && (!made.isBefore(now.minus(settings.diagnosedWithin()))
					|| stillInUse(picture, diagnosis, label.get(), now))) {
				// a label given by exclusion, then its own red flags: growing pains, then a limp and low counts
				Optional<Part> flagged = labelRedFlagsSince(picture, diagnosis, made, label.get(), active, alarms, now);
				flagged.ifPresent(parts::add);
				if (flagged.isPresent()) {
					continue;
				}
			}
			if (!isDiagnosis(diagnosis.code())) {
				continue;
			}
			if (made.isBefore(now.minus(settings.diagnosedWithin()))) {
				// a label of any age that is still in use (a visit of the last diagnosed-within was for it): red flags
				// that have appeared since are still unexplained
				if (explanations.judges(diagnosis.code()) && stillInUse(picture, diagnosis, null, now)) {
					unexplainedSince(picture, diagnosis, made, alarms, false, active, now).ifPresent(parts::add);
				}
				continue;
			}
			if (explanations.knows(diagnosis.code())) {
				if (explanations.judges(diagnosis.code())) {
					unexplainedSince(picture, diagnosis, made, union(records, alarms), true, active, now).ifPresent(parts::add);
				}
			}
			else if (forSymptoms(diagnosis, made, records)) {
				unexplainedSince(picture, diagnosis, made, alarms, false, active, now).ifPresent(parts::add);
			}
		}
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Part.combine(CODE, parts, "; a second opinion can check whether the diagnosis is right."));
	}

	/**
	 * A diagnosis that can be judged: not itself a symptom, sign or red-flag finding, not an injury, external cause,
	 * status, pregnancy or perinatal code, and not a neoplasm, which can account for any red flag.
	 */
	private boolean isDiagnosis(Concept code) {
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
	 * Whether a diagnosis the map does not know was given for the patient's symptoms: a symptom was recorded before it
	 * (on its day at the latest), within {@code diagnosed-within}. Then the red flags that follow it are judged.
	 */
	private boolean forSymptoms(RecordedCondition diagnosis, Instant made, List<SymptomRecords.SymptomRecord> records) {
		Instant endOfDay = made.plus(Duration.ofDays(1));
		return records.stream()
			.anyMatch(r -> !r.reference().equals(diagnosis.reference()) && r.at().isBefore(endOfDay)
					&& !r.at().isBefore(made.minus(settings.diagnosedWithin())));
	}

	/**
	 * Whether a condition is a malignancy (ICD-10-CM C00–C96, or a coding or text that names one), which can account for
	 * any red flag: jaundice in a patient with pancreatic cancer is not unexplained.
	 */
	private static boolean malignant(Concept code) {
		for (CodedConcept coding : code.codings()) {
			if (CodePrefix.PREFIX_SYSTEMS.contains(coding.system()) && coding.code().toUpperCase(java.util.Locale.ROOT).startsWith("C")) {
				return true;
			}
		}
		return code.words().stream().anyMatch(w -> MALIGNANCY.matcher(w).find());
	}

	private static final Pattern MALIGNANCY = Pattern.compile(
			"\\b(malignan\\w*|carcinoma|cancer|lymphoma|leuka?emia|sarcoma|melanoma|myeloma|mesothelioma|glioblastoma)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Whether the label is still in use: a visit of the last {@code diagnosed-within} was for it (by reference, by code,
	 * or, for a label of the red-flag table, by a reason whose words name it: "IBS follow-up"), or, for such a label, a
	 * prescription written in that time was for it (by reference or code). Chronic diseases are prescribed for every
	 * year, so a prescription alone does not make an old diagnosis of another kind a label in use.
	 */
	private boolean stillInUse(ClinicalPicture picture, RecordedCondition diagnosis, LabelRedFlags.@Nullable Label label,
			Instant now) {
		Instant since = now.minus(settings.diagnosedWithin());
		boolean visit = picture.visits()
			.stream()
			.filter(v -> v.tookPlace() && v.start() != null && !v.start().isBefore(since))
			.anyMatch(v -> v.reasonReferences().contains(diagnosis.plainReference())
					|| v.reasonCodes().stream().anyMatch(r -> r.sharesCodeWith(diagnosis.code())
							|| (label != null && r.codings().isEmpty() && label.labels().matches(r))));
		return visit || label != null && picture.medications()
			.stream()
			.filter(m -> m.authoredOn() != null && !m.authoredOn().isBefore(since)
					&& !List.of("entered-in-error", "cancelled", "draft").contains(m.status()))
			.anyMatch(m -> m.reasonReferences().contains(diagnosis.plainReference())
					|| m.reasonCodes().stream().anyMatch(r -> r.sharesCodeWith(diagnosis.code())));
	}

	/**
	 * The red flags of a label given by exclusion that followed it (after the day it was given, within
	 * {@code recent-within}, or earlier but within {@code diagnosed-within} when the label was carried on at a visit
	 * for it after the red flag and within {@code recent-within}, the red flag not having cleared since: a finding
	 * still active, a test not read normal on a later day): its own findings and the red-flag findings of every label,
	 * and the abnormal results the table lists for it, at least the label's minimum of different ones. Left alone when
	 * an active diagnosis explains the finding or the result (by the map, or the table's diagnoses for that test),
	 * when a malignancy is active, or when a diagnosis (other than a catch-all or another label) was made after the
	 * label: the work-up may have found the cause.
	 */
	private Optional<Part> labelRedFlagsSince(ClinicalPicture picture, RecordedCondition diagnosis, Instant made,
			LabelRedFlags.Label label, List<RecordedCondition> active, List<SymptomRecords.SymptomRecord> alarms,
			Instant now) {
		if (active.stream().anyMatch(c -> malignant(c.code())) || laterCause(picture, diagnosis, made)) {
			return Optional.empty();
		}
		Instant after = made.plus(Duration.ofDays(1));
		Instant recent = now.minus(settings.recentWithin());
		Instant carriedOn = now.minus(settings.diagnosedWithin());
		List<FlagPayload.Evidence> evidence = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (SymptomRecords.SymptomRecord record : union(label.findings().of(picture), alarms)) {
			if (!record.at().isBefore(after)
					&& (!record.at().isBefore(recent) || record.active() && !record.at().isBefore(carriedOn)
							&& carriedOnAfter(picture, diagnosis, label, record.at(), recent))
					&& !record.reference().equals(diagnosis.reference())
					&& active.stream().noneMatch(c -> explanations.explains(c.code(), record.symptom()))) {
				NormalWorkup.add(evidence, record.reference(), record.name());
				names.add(findingName(record.symptom(), label.findings(), alarmFindings));
			}
		}
		for (ObservationResult result : picture.observations()) {
			Instant at = result.effective();
			if (at == null || at.isBefore(after) || at.isBefore(carriedOn)) {
				continue;
			}
			label.results()
				.stream()
				.filter(r -> r.row().flags(result))
				.filter(r -> !at.isBefore(recent) || carriedOnAfter(picture, diagnosis, label, at, recent)
						&& !readNormalLater(picture, r.row(), at))
				.filter(r -> active.stream()
					.noneMatch(c -> r.accountedForBy(c.code()) || explanations.explains(c.code(), result.code())))
				.findFirst()
				.ifPresent(r -> {
					LabelRedFlags.ResultRow row = r.row();
					NormalWorkup.add(evidence, result.reference(),
							result.display() + (result.value() == null ? "" : " " + result.value()));
					names.add((result.readsLow() ? "low " : result.readsHigh() || !"abnormal".equals(row.reads()) ? "high "
							: "abnormal ") + row.name());
				});
		}
		List<String> distinct = names.stream().distinct().toList();
		if (distinct.isEmpty() || distinct.size() < label.minimumRedFlags()) {
			return Optional.empty();
		}
		evidence.add(0, new FlagPayload.Evidence(diagnosis.reference(), diagnosis.display()));
		String clause = Wording.list(distinct) + " followed " + plain(diagnosis.code()) + ", diagnosed on "
				+ Wording.day(made) + ", which does not explain " + (distinct.size() == 1 ? "it" : "them") + " (" + label.name()
				+ " is a diagnosis of exclusion)";
		return Optional.of(new Part(clause, evidence, problems(diagnosis)));
	}

	/**
	 * Whether the label was carried on after a red flag: a visit for it (by reference, by code, or uncoded by its
	 * name) took place after the red flag's day and within {@code recent-within}.
	 */
	private static boolean carriedOnAfter(ClinicalPicture picture, RecordedCondition diagnosis, LabelRedFlags.Label label,
			Instant redFlag, Instant recent) {
		Instant dayAfter = redFlag.plus(Duration.ofDays(1));
		return picture.visits()
			.stream()
			.filter(v -> v.tookPlace() && v.start() != null && !v.start().isBefore(recent) && !v.start().isBefore(dayAfter))
			.anyMatch(v -> v.reasonReferences().contains(diagnosis.plainReference())
					|| v.reasonCodes().stream().anyMatch(r -> r.sharesCodeWith(diagnosis.code())
							|| (r.codings().isEmpty() && label.labels().matches(r))));
	}

	/** Whether the same test read normal on a later day than a red-flag result: the red flag has cleared. */
	private static boolean readNormalLater(ClinicalPicture picture, LabelRedFlags.ResultRow row, Instant at) {
		Instant dayAfter = at.plus(Duration.ofDays(1));
		return picture.observations()
			.stream()
			.anyMatch(o -> o.effective() != null && !o.effective().isBefore(dayAfter) && row.measures(o)
					&& o.reading() == ObservationResult.Reading.NORMAL);
	}

	/**
	 * Whether a diagnosis other than a catch-all or a label given by exclusion was made after this label and not
	 * refuted: the work-up may have found the cause of its red flags.
	 */
	private boolean laterCause(ClinicalPicture picture, RecordedCondition diagnosis, Instant made) {
		return picture.conditions()
			.stream()
			.filter(c -> !c.refuted() && !c.reference().equals(diagnosis.reference()) && isDiagnosis(c.code())
					&& !catchAll.matches(c.code()) && !labelRedFlags.isLabel(c.code()))
			.map(c -> c.recorded() != null ? c.recorded() : c.onset())
			.anyMatch(at -> at != null && at.isAfter(made));
	}

	private static List<SymptomRecords.SymptomRecord> union(List<SymptomRecords.SymptomRecord> records,
			List<SymptomRecords.SymptomRecord> alarms) {
		List<SymptomRecords.SymptomRecord> all = new ArrayList<>(records);
		alarms.stream()
			.filter(a -> records.stream().noneMatch(r -> r.reference().equals(a.reference()) && r.symptom().sharesCodeWith(a.symptom())))
			.filter(a -> records.stream().noneMatch(r -> r.reference().equals(a.reference()) && a.symptom().codings().isEmpty()))
			.forEach(all::add);
		all.sort(java.util.Comparator.comparing(SymptomRecords.SymptomRecord::at));
		return all;
	}

	private Optional<Part> catchAllPersisting(RecordedCondition diagnosis, Instant made,
			List<SymptomRecords.SymptomRecord> records, Instant now) {
		long days = Duration.between(made, now).toDays();
		if (Duration.between(made, now).compareTo(settings.persistingFor()) <= 0) {
			return Optional.empty();
		}
		List<SymptomRecords.SymptomRecord> since = records.stream()
			.filter(r -> !r.reference().equals(diagnosis.reference()) && r.at().isAfter(made))
			.toList();
		if (since.isEmpty() || since.get(since.size() - 1).at().isBefore(now.minus(settings.recentWithin()))) {
			return Optional.empty();
		}
		String clause = Wording.lower(name(diagnosis.code())) + ", a catch-all diagnosis, has stood for " + days
				+ " days while symptoms continue (" + Wording.list(since.stream().map(r -> Wording.lower(name(r.symptom()))).distinct().toList())
				+ ", last on " + Wording.day(since.get(since.size() - 1).at()) + ")";
		List<FlagPayload.Evidence> evidence = new ArrayList<>();
		evidence.add(new FlagPayload.Evidence(diagnosis.reference(), diagnosis.display()));
		since.forEach(r -> NormalWorkup.add(evidence, r.reference(), r.name()));
		return Optional.of(new Part(clause, evidence, problems(diagnosis)));
	}

	/**
	 * The findings after a diagnosis that no active diagnosis explains: the given symptom records, and with
	 * {@code results} the abnormal results the map knows (only for a diagnosis the map knows: of one it does not know,
	 * the red flags alone are judged).
	 */
	private Optional<Part> unexplainedSince(ClinicalPicture picture, RecordedCondition diagnosis, Instant made,
			List<SymptomRecords.SymptomRecord> records, boolean results, List<RecordedCondition> active, Instant now) {
		Instant recent = now.minus(settings.recentWithin());
		List<FlagPayload.Evidence> evidence = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (SymptomRecords.SymptomRecord record : records) {
			boolean alarm = alarmFindings.isAlarm(record.symptom());
			if (record.at().isAfter(made) && !record.at().isBefore(recent)
					&& (alarm || !record.symptom().codings().isEmpty())
					&& !record.reference().equals(diagnosis.reference())
					&& active.stream().noneMatch(c -> explanations.explains(c.code(), record.symptom()))
					&& !(alarm && active.stream().anyMatch(c -> malignant(c.code())))
					&& !(alarm && laterDiagnosisUnknownToTheMap(picture, diagnosis, made))) {
				NormalWorkup.add(evidence, record.reference(), record.name());
				names.add(findingName(record.symptom(), alarmFindings));
			}
		}
		for (ObservationResult result : results ? picture.observations() : List.<ObservationResult>of()) {
			if (result.isResult() && result.effective() != null && result.effective().isAfter(made)
					&& !result.effective().isBefore(recent) && !symptoms.recordsSymptom(picture, result)
					&& result.reading() == ObservationResult.Reading.ABNORMAL && knownToTheMap(result.code())
					&& active.stream().noneMatch(c -> explanations.explains(c.code(), result.code()))) {
				NormalWorkup.add(evidence, result.reference(), result.display() + (result.value() == null ? "" : " " + result.value()));
				names.add((result.readsLow() ? "low " : result.readsHigh() ? "high " : "abnormal ")
						+ Wording.lower(result.code().text() != null ? result.code().text() : result.display()));
			}
		}
		if (names.isEmpty()) {
			return Optional.empty();
		}
		evidence.add(0, new FlagPayload.Evidence(diagnosis.reference(), diagnosis.display()));
		List<String> distinct = names.stream().distinct().toList();
		String clause = Wording.list(distinct) + " began after " + plain(diagnosis.code()) + " was diagnosed on "
				+ Wording.day(made) + ", which does not explain " + (distinct.size() == 1 ? "it" : "them");
		return Optional.of(new Part(clause, evidence, problems(diagnosis)));
	}

	/**
	 * Whether a diagnosis the map knows nothing about was made after this one: the work-up may have found the cause of
	 * the red flags, and the rule cannot tell that it did not.
	 */
	private boolean laterDiagnosisUnknownToTheMap(ClinicalPicture picture, RecordedCondition diagnosis, Instant made) {
		return picture.conditions()
			.stream()
			.filter(c -> !c.refuted() && !c.reference().equals(diagnosis.reference()) && isDiagnosis(c.code())
					&& !explanations.knows(c.code()))
			.map(c -> c.recorded() != null ? c.recorded() : c.onset())
			.anyMatch(at -> at != null && at.isAfter(made));
	}

	/** Whether some diagnosis in the map explains this result, so that its abnormality means something to us. */
	private boolean knownToTheMap(Concept code) {
		return map.isTarget(code);
	}

	/**
	 * The name of a red-flag finding: for one in words alone whose first phrase is not the finding ("Sinus rhythm 88.
	 * 1 mm ST depression…", "Leg pain, limping"), the finding its words name; else its {@link #plain} name.
	 */
	private static String findingName(Concept finding, AlarmFindings... readers) {
		if (finding.text() == null
				|| (!finding.codings().isEmpty() && java.util.Arrays.stream(readers).noneMatch(r -> r.fromWords(finding)))) {
			return plain(finding);
		}
		Concept first = new Concept(List.of(), name(new Concept(List.of(), finding.text())));
		for (AlarmFindings reader : readers) {
			if (reader.phrase(first).isPresent()) {
				return Wording.lower(first.text());
			}
		}
		for (AlarmFindings reader : readers) {
			Optional<String> named = reader.phrase(finding);
			if (named.isPresent()) {
				return Wording.lower(named.get());
			}
		}
		return plain(finding);
	}

	/** The coded display, else the first phrase of the free text. */
	private static String name(Concept concept) {
		if (!concept.codings().isEmpty() || concept.text() == null) {
			return concept.display();
		}
		String text = concept.text().split("[,;.:(]")[0].trim();
		return text.length() <= 60 ? text : text.substring(0, 59).trim() + "…";
	}

	/**
	 * A plain name for a reason sentence: the SNOMED CT display if there is one (it names the thing, where ICD-10-CM
	 * adds laterality and residual qualifiers), without "unspecified" or a semantic tag, in lower case.
	 */
	private static String plain(Concept concept) {
		String name = concept.coding("http://snomed.info/sct")
			.map(CodedConcept::display)
			.filter(d -> d != null && !d.isBlank())
			.orElseGet(() -> name(concept));
		name = QUALIFIERS.matcher(name).replaceAll("").trim();
		return Wording.lower(name.isEmpty() ? name(concept) : name);
	}

	private static List<String> problems(RecordedCondition diagnosis) {
		List<String> problems = new ArrayList<>();
		problems.add(diagnosis.plainReference());
		diagnosis.code().codings().forEach(c -> problems.add(c.system() + "|" + c.code()));
		return problems;
	}

}
