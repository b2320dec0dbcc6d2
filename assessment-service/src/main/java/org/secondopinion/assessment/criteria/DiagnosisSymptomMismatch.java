package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.ObservationResult;
import org.secondopinion.assessment.picture.RecordedCondition;
import org.secondopinion.events.CriterionCode;
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

	/** The symptom records, with symptoms stated in words too: what a catch-all diagnosis is judged against. */
	private final SymptomRecords statedSymptoms;

	private final CodeMap map;

	private final Explanations explanations;

	private final AlarmFindings alarmFindings;

	private final LabelRedFlags labelRedFlags;

	private final MeasuredSymptoms measuredSymptoms;

	private final MismatchDiagnoses diagnoses;

	private final LabelRedFlagsAfter labelRedFlagsAfter;

	private final UnexplainedFindings unexplained;

	DiagnosisSymptomMismatch(ValueSetFiles files, MismatchSettings settings) {
		this.settings = settings;
		this.catchAll = files.valueSet(settings.catchAll());
		this.symptomCodes = files.valueSet(settings.symptoms());
		this.symptoms = new SymptomRecords(symptomCodes, settings.symptomObservationCodes());
		this.statedSymptoms = new SymptomRecords(symptomCodes, settings.symptomObservationCodes(), true);
		this.map = files.conceptMap(settings.explanations());
		this.explanations = new Explanations(map);
		this.alarmFindings = files.alarmFindings(settings.alarmFindings());
		this.labelRedFlags = LabelRedFlags.load(files, settings.labelRedFlags());
		this.measuredSymptoms = MeasuredSymptoms.load(settings.measuredSymptoms());
		this.diagnoses = new MismatchDiagnoses(settings, catchAll, symptomCodes, alarmFindings, labelRedFlags,
				explanations);
		this.labelRedFlagsAfter = new LabelRedFlagsAfter(settings, explanations, alarmFindings, diagnoses);
		this.unexplained = new UnexplainedFindings(settings, explanations, alarmFindings, symptoms, map, diagnoses);
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
		List<NoteRedFlags.NoteFinding> notes = null;
		List<SymptomRecords.SymptomRecord> continuing = null;
		for (RecordedCondition diagnosis : active) {
			Instant made = diagnosis.recorded() != null ? diagnosis.recorded() : diagnosis.onset();
			if (made == null) {
				continue;
			}
			if (continuing == null && catchAll.matches(diagnosis.code())) {
				// a catch-all is judged against every symptom that continues, typed visit reasons ("follow-up,
				// weight loss") included, read only for a patient with one
				continuing = UnexplainedFindings.union(statedSymptoms.of(picture), measuredSymptoms.of(picture));
			}
			Optional<Part> persisting = catchAll.matches(diagnosis.code())
					&& (!symptomCodes.matches(diagnosis.code()) || abnormalSince(picture, made, alarms))
					? unexplained.catchAllPersisting(diagnosis, made, continuing, now)
					: Optional.empty();
			persisting.ifPresent(parts::add);
			if (persisting.isPresent()) {
				continue;
			}
			Optional<LabelRedFlags.Label> label = labelRedFlags.labelOf(diagnosis.code());
			if (label.isPresent() && (!made.isBefore(now.minus(settings.diagnosedWithin()))
					|| diagnoses.stillInUse(picture, diagnosis, label.get(), now))) {
				// a label given by exclusion, then its own red flags: growing pains, then a limp and low counts; the
				// notes are read once, and only for a patient with such a label
				if (notes == null) {
					notes = labelRedFlags.notes().map(n -> n.of(picture)).orElse(List.of());
				}
				Optional<Part> flagged = labelRedFlagsAfter.labelRedFlagsSince(picture, diagnosis, made, label.get(),
						active, alarms, notes, now);
				flagged.ifPresent(parts::add);
				if (flagged.isPresent()) {
					continue;
				}
			}
			if (!diagnoses.isDiagnosis(diagnosis.code())) {
				continue;
			}
			if (made.isBefore(now.minus(settings.diagnosedWithin()))) {
				// a label of any age that is still in use (a visit of the last diagnosed-within was for it): red flags
				// that have appeared since are still unexplained
				if (explanations.judges(diagnosis.code()) && diagnoses.stillInUse(picture, diagnosis, null, now)) {
					unexplained.unexplainedSince(picture, diagnosis, made, alarms, false, active, now).ifPresent(parts::add);
				}
				continue;
			}
			if (explanations.knows(diagnosis.code())) {
				if (explanations.judges(diagnosis.code()) && !broughtFromHistory(diagnosis)) {
					unexplained
						.unexplainedSince(picture, diagnosis, made, UnexplainedFindings.union(records, alarms), true,
								active, now)
						.ifPresent(parts::add);
				}
			}
			else if (forSymptoms(diagnosis, made, records)) {
				unexplained.unexplainedSince(picture, diagnosis, made, alarms, false, active, now).ifPresent(parts::add);
			}
		}
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Part.combine(CODE, parts, "; a second opinion can check whether the diagnosis is right."));
	}

	/**
	 * Whether anything abnormal came after a catch-all label that is itself a symptom (R53.83 fatigue, R10.9
	 * abdominal pain): a red-flag finding, or a result read abnormal. Without, the label only names the symptoms a
	 * normal work-up left unexplained: persistent symptoms, the first criterion's ground, not a diagnosis that fails to
	 * fit.
	 */
	private boolean abnormalSince(ClinicalPicture picture, Instant made, List<SymptomRecords.SymptomRecord> alarms) {
		return alarms.stream().anyMatch(a -> a.at().isAfter(made)) || picture.observations()
			.stream()
			.anyMatch(r -> r.isResult() && r.effective() != null && r.effective().isAfter(made)
					&& r.reading() == ObservationResult.Reading.ABNORMAL && !symptoms.recordsSymptom(picture, r));
	}

	/**
	 * Whether a diagnosis was recorded here long after its onset (migraine since 2010, entered at a new practice's first
	 * visit in 2026): a known condition brought onto the record from the patient's history, not one made for the
	 * symptoms of now, so symptoms that appear after its entry are not judged against it.
	 */
	private boolean broughtFromHistory(RecordedCondition diagnosis) {
		return diagnosis.onset() != null && diagnosis.recorded() != null
				&& diagnosis.onset().isBefore(diagnosis.recorded().minus(settings.diagnosedWithin()));
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

}
