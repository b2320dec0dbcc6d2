package org.secondopinion.assessment.picture;

import java.util.List;
import java.util.Optional;

import org.secondopinion.events.PatientRef;

/**
 * What the criteria know of one patient, built from the latest version of each of their resources.
 * @param plannedProcedures ServiceRequests and Procedures in preparation, as the major-procedure rule reads them
 * @param performedProcedures Procedures done or under way
 * @param orders every ServiceRequest, with its category, reasons and performer (referrals, tests, treatments)
 * @param reports DiagnosticReports, with what they concluded
 * @param organizations the references that may tell where the patient is cared for: the managing organization,
 * then the latest encounters' service providers and locations, then the latest orders' requesters
 */
public record ClinicalPicture(PatientRef patient, PatientDetails details, List<PlannedProcedure> plannedProcedures,
		List<PerformedProcedure> performedProcedures, List<RecordedCondition> conditions,
		List<ObservationResult> observations, List<Visit> visits, List<MedicationOrder> medications,
		List<CarePlanEntry> carePlans, List<ServiceOrder> orders, List<QuestionnaireAnswers> questionnaireAnswers,
		List<PatientMessage> messages, List<AlertFlag> flags, List<ClinicalNote> notes,
		List<OrganizationLink> organizations, List<DiagnosticFinding> reports) {

	public ClinicalPicture {
		plannedProcedures = List.copyOf(plannedProcedures);
		performedProcedures = List.copyOf(performedProcedures);
		conditions = List.copyOf(conditions);
		observations = List.copyOf(observations);
		visits = List.copyOf(visits);
		medications = List.copyOf(medications);
		carePlans = List.copyOf(carePlans);
		orders = List.copyOf(orders);
		questionnaireAnswers = List.copyOf(questionnaireAnswers);
		messages = List.copyOf(messages);
		flags = List.copyOf(flags);
		notes = List.copyOf(notes);
		organizations = List.copyOf(organizations);
		reports = List.copyOf(reports);
	}

	/** A picture without DiagnosticReports. */
	public ClinicalPicture(PatientRef patient, PatientDetails details, List<PlannedProcedure> plannedProcedures,
			List<PerformedProcedure> performedProcedures, List<RecordedCondition> conditions,
			List<ObservationResult> observations, List<Visit> visits, List<MedicationOrder> medications,
			List<CarePlanEntry> carePlans, List<ServiceOrder> orders, List<QuestionnaireAnswers> questionnaireAnswers,
			List<PatientMessage> messages, List<AlertFlag> flags, List<ClinicalNote> notes,
			List<OrganizationLink> organizations) {
		this(patient, details, plannedProcedures, performedProcedures, conditions, observations, visits, medications,
				carePlans, orders, questionnaireAnswers, messages, flags, notes, organizations, List.of());
	}

	/** A picture of procedures only. */
	public ClinicalPicture(PatientRef patient, PatientDetails details, List<PlannedProcedure> plannedProcedures,
			List<PerformedProcedure> performedProcedures) {
		this(patient, details, plannedProcedures, performedProcedures, List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/** This picture with the other's records added, e.g. the record and the orders a clinician is about to sign. */
	public ClinicalPicture plus(ClinicalPicture more) {
		return new ClinicalPicture(patient, details, concat(plannedProcedures, more.plannedProcedures),
				concat(performedProcedures, more.performedProcedures), concat(conditions, more.conditions),
				concat(observations, more.observations), concat(visits, more.visits),
				concat(medications, more.medications), concat(carePlans, more.carePlans), concat(orders, more.orders),
				concat(questionnaireAnswers, more.questionnaireAnswers), concat(messages, more.messages),
				concat(flags, more.flags), concat(notes, more.notes), organizations, concat(reports, more.reports));
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

	/** The patient as other resources point to them, e.g. {@code Patient/7}. */
	public String patientReference() {
		return "Patient/" + patient.patientId();
	}

	/** The condition an unversioned (or versioned) reference such as {@code Condition/7} points to. */
	public Optional<RecordedCondition> condition(String reference) {
		String plain = reference.contains("/_history/") ? reference.substring(0, reference.indexOf("/_history/"))
				: reference;
		return conditions.stream().filter(c -> plain.equals(c.plainReference()) || plain.endsWith("/" + c.plainReference())).findFirst();
	}

}
