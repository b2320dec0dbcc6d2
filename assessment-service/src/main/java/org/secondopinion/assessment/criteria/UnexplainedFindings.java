package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.ObservationResult;
import org.secondopinion.assessment.picture.RecordedCondition;

/**
 * The findings after a diagnosis that no active diagnosis explains, and a catch-all diagnosis standing while symptoms
 * continue, for DIAGNOSIS_SYMPTOM_MISMATCH.
 */
final class UnexplainedFindings {

	private final MismatchSettings settings;

	private final Explanations explanations;

	private final AlarmFindings alarmFindings;

	private final SymptomRecords symptoms;

	private final CodeMap map;

	private final MismatchDiagnoses diagnoses;

	UnexplainedFindings(MismatchSettings settings, Explanations explanations, AlarmFindings alarmFindings,
			SymptomRecords symptoms, CodeMap map, MismatchDiagnoses diagnoses) {
		this.settings = settings;
		this.explanations = explanations;
		this.alarmFindings = alarmFindings;
		this.symptoms = symptoms;
		this.map = map;
		this.diagnoses = diagnoses;
	}

	Optional<Part> catchAllPersisting(RecordedCondition diagnosis, Instant made,
			List<SymptomRecords.SymptomRecord> records, Instant now) {
		long days = Duration.between(made, now).toDays();
		if (Duration.between(made, now).compareTo(settings.persistingFor()) <= 0) {
			return Optional.empty();
		}
		List<SymptomRecords.SymptomRecord> since = records.stream()
			.filter(r -> !r.reference().equals(diagnosis.reference()) && r.at().isAfter(made))
			.toList();
		// continuing: recorded lately, or a symptom still on the problem list that was put there in the last year
		Instant recent = now.minus(settings.recentWithin());
		Instant lastYear = now.minus(settings.diagnosedWithin());
		if (since.stream().noneMatch(r -> !r.at().isBefore(recent)
				|| r.active() && r.reference().startsWith("Condition/") && !r.at().isBefore(lastYear))) {
			return Optional.empty();
		}
		String clause = Wording.lower(MismatchWording.name(diagnosis.code())) + ", a catch-all diagnosis, has stood for " + days
				+ " days while symptoms continue (" + Wording.list(since.stream().map(r -> Wording.lower(MismatchWording.name(r.symptom()))).distinct().toList())
				+ ", last on " + Wording.day(since.get(since.size() - 1).at()) + ")";
		List<Evidence> evidence = new ArrayList<>();
		evidence.add(new Evidence(diagnosis.reference(), diagnosis.display()));
		since.forEach(r -> NormalWorkup.add(evidence, r.reference(), r.name()));
		return Optional.of(new Part(clause, evidence, MismatchWording.problems(diagnosis)));
	}

	/**
	 * The findings after a diagnosis that no active diagnosis explains: the given symptom records (a symptom only while
	 * it is not marked resolved, a red flag however it ended), and with
	 * {@code results} the abnormal results the map knows (only for a diagnosis the map knows: of one it does not know,
	 * the red flags alone are judged).
	 */
	Optional<Part> unexplainedSince(ClinicalPicture picture, RecordedCondition diagnosis, Instant made,
			List<SymptomRecords.SymptomRecord> records, boolean results, List<RecordedCondition> active, Instant now) {
		Instant recent = now.minus(settings.recentWithin());
		List<Evidence> evidence = new ArrayList<>();
		List<String> names = new ArrayList<>();
		// the work-up may have found the cause since: an active cancer, or a later diagnosis the map knows nothing
		// about (a low haemoglobin after type 2 diabetes, with osteomyelitis or a pancreatic cancer found later)
		boolean cancerActive = active.stream().anyMatch(c -> MismatchDiagnoses.malignant(c.code()));
		boolean laterUnknownDiagnosis = diagnoses.laterDiagnosisUnknownToTheMap(picture, diagnosis, made);
		for (SymptomRecords.SymptomRecord record : records) {
			boolean alarm = alarmFindings.isAlarm(record.symptom());
			if (record.at().isAfter(made) && !record.at().isBefore(recent)
					&& (alarm || !record.symptom().codings().isEmpty())
					// a symptom the problem list marks resolved did not continue; a red flag counts once it appeared
					&& (alarm || record.active())
					&& !record.reference().equals(diagnosis.reference())
					&& active.stream().noneMatch(c -> explanations.explains(c.code(), record.symptom()))
					&& !(alarm && (cancerActive || laterUnknownDiagnosis))) {
				NormalWorkup.add(evidence, record.reference(), record.name());
				names.add(MismatchWording.findingName(record.symptom(), alarmFindings));
			}
		}
		boolean explainedSince = results && (cancerActive || laterUnknownDiagnosis);
		for (ObservationResult result : results && !explainedSince ? picture.observations() : List.<ObservationResult>of()) {
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
		evidence.add(0, new Evidence(diagnosis.reference(), diagnosis.display()));
		List<String> distinct = names.stream().distinct().toList();
		String clause = Wording.list(distinct) + " began after " + MismatchWording.plain(diagnosis.code()) + " was diagnosed on "
				+ Wording.day(made) + ", which does not explain " + (distinct.size() == 1 ? "it" : "them");
		return Optional.of(new Part(clause, evidence, MismatchWording.problems(diagnosis)));
	}

	/** Whether some diagnosis in the map explains this result, so that its abnormality means something to us. */
	boolean knownToTheMap(Concept code) {
		return map.isTarget(code);
	}

	static List<SymptomRecords.SymptomRecord> union(List<SymptomRecords.SymptomRecord> records,
			List<SymptomRecords.SymptomRecord> alarms) {
		List<SymptomRecords.SymptomRecord> all = new ArrayList<>(records);
		alarms.stream()
			.filter(a -> records.stream().noneMatch(r -> r.reference().equals(a.reference()) && r.symptom().sharesCodeWith(a.symptom())))
			.filter(a -> records.stream().noneMatch(r -> r.reference().equals(a.reference()) && a.symptom().codings().isEmpty()))
			.forEach(all::add);
		all.sort(java.util.Comparator.comparing(SymptomRecords.SymptomRecord::at));
		return all;
	}

}
