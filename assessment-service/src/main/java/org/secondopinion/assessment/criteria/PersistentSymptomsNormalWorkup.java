package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.events.CriterionCode;
import org.springframework.stereotype.Component;

/**
 * Told "nothing is wrong" despite ongoing symptoms: a symptom recorded on at least 3 dates over at least 8 weeks with
 * every test since normal and no diagnosis explaining it; or a return-visit e-trigger (Singh et al., BMJ Qual Saf
 * 2012); or a red-flag finding with no follow-up within 60 days (Murphy et al., BMJ Qual Saf 2014).
 */
@Component
class PersistentSymptomsNormalWorkup implements Criterion {

	static final CriterionCode CODE = CriterionCode.PERSISTENT_SYMPTOMS_NORMAL_WORKUP;

	private final PersistentSymptomsSettings settings;

	private final CodeSet symptoms;

	private final Explanations explanations;

	private final CodeSet primaryCare;

	private final CodeSet followUp;

	private final NormalWorkup normalWorkup;

	private final ReturnVisits returnVisits;

	private final UnfollowedRedFlags redFlags;

	PersistentSymptomsNormalWorkup(ValueSetFiles files, PersistentSymptomsSettings settings) {
		this.settings = settings;
		this.symptoms = files.valueSet(settings.symptoms());
		this.explanations = new Explanations(files.conceptMap(settings.explanations()));
		this.primaryCare = files.valueSet(settings.returnVisits().primaryCareVisits());
		this.followUp = files.valueSet(settings.redFlags().followUp());
		this.normalWorkup = new NormalWorkup(new SymptomRecords(symptoms, settings.symptomObservationCodes(), true),
				explanations, settings);
		this.returnVisits = new ReturnVisits(primaryCare, files.valueSet(settings.returnVisits().unscheduledVisits()),
				settings.returnVisits());
		this.redFlags = new UnfollowedRedFlags(files, followUp, settings.redFlags());
	}

	@Override
	public CriterionCode code() {
		return CODE;
	}

	@Override
	public String summary() {
		return "A symptom recorded on at least " + settings.minimumDates() + " dates over at least "
				+ settings.minimumSpan().toDays() + " days with every test since normal and no diagnosis explaining "
				+ "it; an unplanned admission or repeated unscheduled visits soon after a primary-care visit; or a "
				+ "red-flag result with no follow-up.";
	}

	@Override
	public List<CodeSet> valueSets() {
		List<CodeSet> sets = new ArrayList<>(List.of(symptoms, primaryCare, followUp));
		sets.addAll(redFlags.valueSets());
		return sets;
	}

	@Override
	public Map<String, String> parameters() {
		Map<String, String> parameters = new java.util.TreeMap<>();
		String prefix = "persistent-symptoms.";
		parameters.put(prefix + "symptoms", symptoms.describe());
		parameters.put(prefix + "symptom-observation-codes", settings.symptomObservationCodes().toString());
		parameters.put(prefix + "explanations", explanations.describe());
		parameters.put(prefix + "minimum-dates", String.valueOf(settings.minimumDates()));
		parameters.put(prefix + "minimum-span", settings.minimumSpan().toString());
		parameters.put(prefix + "ongoing-within", settings.ongoingWithin().toString());
		parameters.put(prefix + "minimum-normal-tests", String.valueOf(settings.minimumNormalTests()));
		parameters.put(prefix + "return-visits.primary-care-visits", primaryCare.describe());
		parameters.put(prefix + "return-visits.within", settings.returnVisits().within().toString());
		parameters.put(prefix + "return-visits.lookback", settings.returnVisits().lookback().toString());
		parameters.put(prefix + "return-visits.minimum-unscheduled-visits",
				String.valueOf(settings.returnVisits().minimumUnscheduledVisits()));
		parameters.put(prefix + "red-flags.follow-up", followUp.describe());
		parameters.put(prefix + "red-flags.follow-up-within", settings.redFlags().followUpWithin().toString());
		parameters.put(prefix + "red-flags.lookback", settings.redFlags().lookback().toString());
		parameters.put(prefix + "red-flags.findings", settings.redFlags().findings().toString());
		parameters.putAll(redFlags.parameters(prefix + "red-flags."));
		return parameters;
	}

	@Override
	public Optional<Finding> evaluate(ClinicalPicture picture, Instant now) {
		List<Part> parts = new ArrayList<>(normalWorkup.find(picture, now));
		parts.addAll(returnVisits.find(picture, now));
		parts.addAll(redFlags.find(picture, now));
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Part.combine(CODE, parts, "; a second opinion can look for what may have been missed."));
	}

}
