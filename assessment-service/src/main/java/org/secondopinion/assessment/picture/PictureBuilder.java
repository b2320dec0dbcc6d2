package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.PatientRef;

import static org.secondopinion.assessment.picture.FhirValues.code;
import static org.secondopinion.assessment.picture.FhirValues.codes;
import static org.secondopinion.assessment.picture.FhirValues.concept;
import static org.secondopinion.assessment.picture.FhirValues.concepts;
import static org.secondopinion.assessment.picture.FhirValues.instant;
import static org.secondopinion.assessment.picture.FhirValues.notes;
import static org.secondopinion.assessment.picture.FhirValues.period;
import static org.secondopinion.assessment.picture.FhirValues.plain;
import static org.secondopinion.assessment.picture.FhirValues.scheduled;
import static org.secondopinion.assessment.picture.FhirValues.start;
import static org.secondopinion.assessment.picture.FhirValues.text;

/**
 * Collects one patient's parsed resources into the picture's records, one type at a time. Planned dates written
 * without a time are read as the start of that day in the rules' zone.
 */
final class PictureBuilder {

	private final ZoneId zone;

	private final List<PlannedProcedure> planned;

	private final List<PerformedProcedure> performed;

	private final List<RecordedCondition> conditions;

	private final List<ObservationResult> observations;

	private final List<Visit> visits;

	private final List<MedicationOrder> medications;

	private final List<CarePlanEntry> carePlans;

	private final List<ServiceOrder> orders;

	private final List<QuestionnaireAnswers> answers;

	private final List<PatientMessage> messages;

	private final List<AlertFlag> flags;

	private final List<ClinicalNote> notes;

	private final List<OrganizationLink> organizations;

	private final List<DiagnosticFinding> reports;

	PictureBuilder() {
		this(ZoneOffset.UTC);
	}

	PictureBuilder(ZoneId zone) {
		this(zone, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
	}

	/** Records read back, held as they are: such a builder is only read (merged into a picture, written again). */
	private PictureBuilder(ZoneId zone, List<PlannedProcedure> planned, List<PerformedProcedure> performed,
			List<RecordedCondition> conditions, List<ObservationResult> observations, List<Visit> visits,
			List<MedicationOrder> medications, List<CarePlanEntry> carePlans, List<ServiceOrder> orders,
			List<QuestionnaireAnswers> answers, List<PatientMessage> messages, List<AlertFlag> flags,
			List<ClinicalNote> notes, List<OrganizationLink> organizations, List<DiagnosticFinding> reports) {
		this.zone = zone;
		this.planned = planned;
		this.performed = performed;
		this.conditions = conditions;
		this.observations = observations;
		this.visits = visits;
		this.medications = medications;
		this.carePlans = carePlans;
		this.orders = orders;
		this.answers = answers;
		this.messages = messages;
		this.flags = flags;
		this.notes = notes;
		this.organizations = organizations;
		this.reports = reports;
	}

	void add(Resource resource, String reference) {
		String id = resource.getIdElement().getIdPart();
		switch (resource) {
			case ServiceRequest request -> serviceRequest(request, id, reference);
			case Procedure procedure -> procedure(procedure, id, reference);
			case Condition condition -> conditions.add(new RecordedCondition(reference, id,
					concept(condition.getCode()), clinicalStatus(condition),
					FhirValues.firstCode(condition.getVerificationStatus()), concepts(condition.getCategory()),
					start(condition.getOnset()), start(condition.getAbatement()), instant(condition.getRecordedDate()),
					notes(condition.getNote())));
			case Observation observation -> ObservationReader.read(observation, id, reference, observations);
			case Encounter encounter -> {
				Visit visit = visit(encounter, id, reference);
				visits.add(visit);
				if (visit.tookPlace()) {
					link(OrganizationReference.ENCOUNTER_SERVICE_PROVIDER, encounter.getServiceProvider(), visit.start());
					encounter.getLocation()
						.forEach(l -> link(OrganizationReference.ENCOUNTER_LOCATION, l.getLocation(), visit.start()));
				}
			}
			case MedicationRequest request -> {
				link(OrganizationReference.REQUESTER, request.getRequester(), instant(request.getAuthoredOn()));
				medications.add(new MedicationOrder(reference, id,
					code(request.getStatusElement().getValueAsString()),
					code(request.getIntentElement().getValueAsString()), medication(request),
					instant(request.getAuthoredOn()), period(request.getDispenseRequest().getValidityPeriod()),
					dosing(request), supply(request.getDispenseRequest()),
					concepts(request.getReasonCode()), plain(request.getReasonReference()),
					asNeeded(request.getDosageInstruction())));
			}
			case MedicationStatement statement -> medications.add(statement(statement, id, reference));
			case CarePlan plan -> {
				link(OrganizationReference.REQUESTER, plan.getAuthor(), instant(plan.getCreated()));
				carePlans.add(carePlan(plan, id, reference));
			}
			case QuestionnaireResponse response -> answers.add(QuestionnaireReader.read(response, id, reference));
			case Communication communication -> messages.add(message(communication, id, reference));
			case Flag flag -> flags.add(new AlertFlag(reference, id, code(flag.getStatusElement().getValueAsString()),
					concept(flag.getCode()), concepts(flag.getCategory()), period(flag.getPeriod()),
					plain(flag.getAuthor())));
			case DocumentReference document -> note(document, id, reference);
			case DiagnosticReport report -> {
				java.time.Instant effective = start(report.getEffective());
				reports.add(new DiagnosticFinding(reference, id, concept(report.getCode()),
						code(report.getStatusElement().getValueAsString()), concepts(report.getCategory()),
						effective != null ? effective : instant(report.getIssued()), concepts(report.getConclusionCode()),
						report.hasConclusion() ? report.getConclusion() : null));
			}
			default -> {
				// not part of the picture
			}
		}
	}

	/** A builder holding records read back from their stored form (see {@link RecordCodec}). */
	static PictureBuilder of(List<PlannedProcedure> planned, List<PerformedProcedure> performed,
			List<RecordedCondition> conditions, List<ObservationResult> observations, List<Visit> visits,
			List<MedicationOrder> medications, List<CarePlanEntry> carePlans, List<ServiceOrder> orders,
			List<QuestionnaireAnswers> answers, List<PatientMessage> messages, List<AlertFlag> flags,
			List<ClinicalNote> notes, List<OrganizationLink> organizations, List<DiagnosticFinding> reports) {
		// stored records of one resource version: held, not copied, as a picture's ~500 versions are merged anyway
		return new PictureBuilder(ZoneOffset.UTC, planned, performed, conditions, observations, visits, medications,
				carePlans, orders, answers, messages, flags, notes, organizations, reports);
	}

	// the records collected, in the order RecordCodec stores them
	List<PlannedProcedure> planned() { return planned; }
	List<PerformedProcedure> performed() { return performed; }
	List<RecordedCondition> conditions() { return conditions; }
	List<ObservationResult> observations() { return observations; }
	List<Visit> visits() { return visits; }
	List<MedicationOrder> medications() { return medications; }
	List<CarePlanEntry> carePlans() { return carePlans; }
	List<ServiceOrder> orders() { return orders; }
	List<QuestionnaireAnswers> answers() { return answers; }
	List<PatientMessage> messages() { return messages; }
	List<AlertFlag> flags() { return flags; }
	List<ClinicalNote> clinicalNotes() { return notes; }
	List<OrganizationLink> organizations() { return organizations; }
	List<DiagnosticFinding> reports() { return reports; }

	/** Adds the other's records; most fragments hold one resource's records, so empty lists are skipped. */
	void addAll(PictureBuilder other) {
		append(planned, other.planned);
		append(performed, other.performed);
		append(conditions, other.conditions);
		append(observations, other.observations);
		append(visits, other.visits);
		append(medications, other.medications);
		append(carePlans, other.carePlans);
		append(orders, other.orders);
		append(answers, other.answers);
		append(messages, other.messages);
		append(flags, other.flags);
		append(notes, other.notes);
		append(organizations, other.organizations);
		append(reports, other.reports);
	}

	private static <T> void append(List<T> into, List<T> more) {
		if (!more.isEmpty()) {
			into.addAll(more);
		}
	}

	ClinicalPicture build(PatientRef patient, PatientDetails details) {
		return new ClinicalPicture(patient, details, planned, performed, conditions, observations, visits,
				medications, carePlans, orders, answers, messages, flags, notes,
				OrganizationLinks.ordered(details.managingOrganization(), organizations), reports);
	}

	private void link(String source, Reference reference, java.time.@Nullable Instant at) {
		OrganizationLink link = OrganizationLinks.of(source, reference, at);
		if (link != null) {
			organizations.add(link);
		}
	}

	private void serviceRequest(ServiceRequest request, String id, String reference) {
		link(OrganizationReference.REQUESTER, request.getRequester(), instant(request.getAuthoredOn()));
		String status = code(request.getStatusElement().getValueAsString());
		String intent = request.getIntentElement().getValueAsString();
		planned.add(new PlannedProcedure("ServiceRequest", id, reference, codes(request.getCode()), status, intent,
				instant(request.getAuthoredOn()), occurrence(request.getOccurrence()), text(request.getCode())));
		orders.add(new ServiceOrder(reference, id, status, intent, concept(request.getCode()),
				concepts(request.getCategory()), concepts(request.getReasonCode()),
				plain(request.getReasonReference()), instant(request.getAuthoredOn()),
				occurrence(request.getOccurrence()), concepts(List.of(request.getPerformerType())),
				notes(request.getNote())));
	}

	private void procedure(Procedure procedure, String id, String reference) {
		String status = code(procedure.getStatusElement().getValueAsString());
		if ("preparation".equals(status)) {
			planned.add(new PlannedProcedure("Procedure", id, reference, codes(procedure.getCode()), status, null,
					null, scheduled(procedure.getPerformed(), zone), text(procedure.getCode())));
		}
		else {
			performed.add(new PerformedProcedure(reference, codes(procedure.getCode()), status,
					start(procedure.getPerformed()), plainAll(procedure.getBasedOn()),
					procedure.getCode().hasText() ? procedure.getCode().getText() : null,
					concepts(procedure.getReasonCode()), plain(procedure.getReasonReference())));
		}
	}

	private static List<String> plainAll(List<Reference> references) {
		return references.stream().map(Reference::getReference).filter(r -> r != null).toList();
	}

	private static Visit visit(Encounter encounter, String id, String reference) {
		List<String> reasons = new ArrayList<>(plain(encounter.getReasonReference()));
		encounter.getDiagnosis().forEach(d -> {
			String condition = plain(d.getCondition());
			if (condition != null) {
				reasons.add(condition);
			}
		});
		return new Visit(reference, id, code(encounter.getStatusElement().getValueAsString()),
				encounter.getClass_().hasCode() ? encounter.getClass_().getCode() : null,
				concepts(encounter.getType()),
				encounter.hasServiceType() ? concept(encounter.getServiceType()) : null,
				FhirValues.firstCode(encounter.getPriority()),
				FhirValues.firstCode(encounter.getHospitalization().getAdmitSource()), period(encounter.getPeriod()),
				concepts(encounter.getReasonCode()), reasons);
	}

	/**
	 * A MedicationStatement (the medication list, reconciliation, what the patient reports taking) read as the
	 * prescriptions are: {@code active} is a treatment running, {@code completed} or {@code stopped} one that ran over
	 * its effective period, {@code intended} one planned ({@code draft}), {@code not-taken} none ({@code cancelled});
	 * the effective period is its validity, its start (else the effective date, else when it was asserted) when it began.
	 */
	private static MedicationOrder statement(MedicationStatement statement, String id, String reference) {
		String status = switch (code(statement.getStatusElement().getValueAsString())) {
			case "intended" -> "draft";
			case "not-taken" -> "cancelled";
			case String other -> other;
		};
		Period effective = statement.hasEffectivePeriod() ? period(statement.getEffectivePeriod())
				: Period.of(statement.hasEffectiveDateTimeType() ? instant(statement.getEffectiveDateTimeType().getValue())
						: null, null);
		Instant began = effective.start() != null ? effective.start() : instant(statement.getDateAsserted());
		Concept medication = statement.hasMedicationCodeableConcept() ? concept(statement.getMedicationCodeableConcept())
				: statement.hasMedicationReference()
						? referenced(statement.getMedicationReference(), statement.getContained()) : Concept.none();
		return new MedicationOrder(reference, id, status, "statement", medication, began, effective, effective, null,
				concepts(statement.getReasonCode()), plain(statement.getReasonReference()),
				asNeeded(statement.getDosage()));
	}

	private static final java.util.regex.Pattern AS_NEEDED = java.util.regex.Pattern
		.compile("\\b(prn|as needed|when needed|if needed|as required)\\b|\\bp\\.r\\.n", java.util.regex.Pattern.CASE_INSENSITIVE);

	/** A regular schedule stated beside "as needed": maintenance and reliever ("2 puffs twice daily and as needed"). */
	private static final java.util.regex.Pattern REGULAR = java.util.regex.Pattern.compile(
			"\\b(twice (a )?da(il)?y|three times (a )?da(il)?y|four times (a )?da(il)?y|bid|b\\.i\\.d|tid|qid|nightly|"
					+ "every (morning|evening|night)|qhs|qam|maintenance|scheduled|regularly|mart)\\b",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	/**
	 * Whether every dosage instruction (one at least) is taken only as needed: {@code asNeeded[x]} true or with a
	 * reason, or "prn", "as needed", "when needed", "as required" in its text ("2 puffs q4h prn"), without a regular
	 * schedule beside it ("2 puffs twice daily and 1 puff as needed" is maintenance and reliever, taken every day).
	 */
	private static boolean asNeeded(List<org.hl7.fhir.r4.model.Dosage> dosages) {
		return !dosages.isEmpty() && dosages.stream().allMatch(d -> {
			String text = (d.hasText() ? d.getText() : "") + " " + (d.hasPatientInstruction() ? d.getPatientInstruction() : "");
			if (REGULAR.matcher(text).find()) {
				return false;
			}
			return (d.hasAsNeededBooleanType() && d.getAsNeededBooleanType().booleanValue())
					|| d.hasAsNeededCodeableConcept() || AS_NEEDED.matcher(text).find();
		});
	}

	/**
	 * When the dosage instructions say the medication is taken: from the earliest start to the latest end of their
	 * timing bounds, a {@code boundsDuration} counted from when the request was written (else its validity start).
	 * EHRs write an order's start and end dates, and the date it was discontinued, there.
	 */
	private static Period dosing(MedicationRequest request) {
		Instant written = request.hasAuthoredOn() ? instant(request.getAuthoredOn())
				: instant(request.getDispenseRequest().getValidityPeriod().getStart());
		@Nullable Instant from = null;
		@Nullable Instant until = null;
		for (Dosage dosage : request.getDosageInstruction()) {
			Type bounds = dosage.getTiming().getRepeat().getBounds();
			@Nullable Instant start = null;
			@Nullable Instant end = null;
			if (bounds instanceof org.hl7.fhir.r4.model.Period period) {
				start = instant(period.getStart());
				end = instant(period.getEnd());
			}
			else if (bounds instanceof org.hl7.fhir.r4.model.Duration duration && written != null) {
				java.time.Duration length = FhirValues.duration(duration);
				end = length == null ? null : written.plus(length);
			}
			from = start != null && (from == null || start.isBefore(from)) ? start : from;
			until = end != null && (until == null || end.isAfter(until)) ? end : until;
		}
		return Period.of(from, until);
	}

	/** How long the dispenses a prescription allows last: the expected supply duration, once plus each repeat. */
	private static java.time.@Nullable Duration supply(MedicationRequest.MedicationRequestDispenseRequestComponent dispense) {
		java.time.Duration each = dispense.hasExpectedSupplyDuration()
				? FhirValues.duration(dispense.getExpectedSupplyDuration()) : null;
		return each == null ? null : each.multipliedBy(1L + dispense.getNumberOfRepeatsAllowed());
	}

	/**
	 * The clinical status code; with none sent, {@code resolved} for a condition that states an abatement of any kind
	 * (a date, an age, "2019", {@code true}): FHIR allows only inactive, resolved or remission then (con-4).
	 */
	private static String clinicalStatus(Condition condition) {
		String status = FhirValues.firstCode(condition.getClinicalStatus());
		if (status == null && condition.hasAbatement()
				&& !(condition.getAbatement() instanceof org.hl7.fhir.r4.model.BooleanType b && !b.booleanValue())) {
			return "resolved";
		}
		return code(status);
	}

	private static Concept medication(MedicationRequest request) {
		if (request.hasMedicationCodeableConcept()) {
			return concept(request.getMedicationCodeableConcept());
		}
		if (request.hasMedicationReference()) {
			return referenced(request.getMedicationReference(), request.getContained());
		}
		return Concept.none();
	}

	/**
	 * The medication a reference names: a contained Medication's code (how some EHRs send a compounded or
	 * clinical-drug medication, {@code "reference": "#med1"}), else the reference's display.
	 */
	private static Concept referenced(org.hl7.fhir.r4.model.Reference reference,
			List<org.hl7.fhir.r4.model.Resource> contained) {
		String target = reference.getReference();
		if (target != null && target.startsWith("#")) {
			for (org.hl7.fhir.r4.model.Resource resource : contained) {
				if (resource instanceof org.hl7.fhir.r4.model.Medication medication && medication.hasCode()
						&& target.substring(1).equals(medication.getIdElement().getIdPart().replace("#", ""))) {
					return concept(medication.getCode());
				}
			}
		}
		if (reference.getResource() instanceof org.hl7.fhir.r4.model.Medication medication && medication.hasCode()) {
			return concept(medication.getCode());
		}
		return reference.hasDisplay() ? new Concept(List.of(), reference.getDisplay()) : Concept.none();
	}

	/**
	 * What an activity is: its code; else the product it gives (a medicine's code); else its description, as text, as
	 * plans written by hand name their activities ("Vincristine 1.5 mg/m2 IV weekly").
	 */
	private Concept activity(CarePlan.CarePlanActivityDetailComponent detail) {
		if (detail.hasCode()) {
			return concept(detail.getCode());
		}
		if (detail.hasProductCodeableConcept()) {
			return concept(detail.getProductCodeableConcept());
		}
		return detail.hasDescription() ? new Concept(List.of(), detail.getDescription()) : Concept.none();
	}

	private CarePlanEntry carePlan(CarePlan plan, String id, String reference) {
		List<CarePlanEntry.Activity> activities = plan.getActivity()
			.stream()
			.filter(a -> a.hasDetail())
			.map(a -> new CarePlanEntry.Activity(activity(a.getDetail()),
					a.getDetail().getStatusElement().getValueAsString(), occurrence(a.getDetail().getScheduled())))
			.toList();
		return new CarePlanEntry(reference, id, code(plan.getStatusElement().getValueAsString()),
				code(plan.getIntentElement().getValueAsString()), concepts(plan.getCategory()),
				plan.hasTitle() ? plan.getTitle() : null, plan.hasDescription() ? plan.getDescription() : null,
				period(plan.getPeriod()), plain(plan.getAddresses()), activities, notes(plan.getNote()));
	}

	private static PatientMessage message(Communication communication, String id, String reference) {
		List<String> texts = new ArrayList<>();
		for (Communication.CommunicationPayloadComponent payload : communication.getPayload()) {
			if (payload.getContent() instanceof StringType text) {
				texts.add(text.getValue());
			}
			else if (payload.getContent() instanceof org.hl7.fhir.r4.model.Attachment attachment) {
				String text = FhirValues.text(attachment);
				if (text != null) {
					texts.add(text);
				}
			}
		}
		texts.addAll(notes(communication.getNote()));
		return new PatientMessage(reference, id, code(communication.getStatusElement().getValueAsString()),
				instant(communication.getSent()), plain(communication.getSender()),
				concepts(communication.getCategory()), concepts(communication.getReasonCode()),
				communication.hasTopic() ? concept(communication.getTopic()) : null, texts);
	}

	private void note(DocumentReference document, String id, String reference) {
		StringBuilder text = new StringBuilder(document.hasDescription() ? document.getDescription() : "");
		for (DocumentReference.DocumentReferenceContentComponent content : document.getContent()) {
			String body = FhirValues.text(content.getAttachment());
			if (body != null) {
				text.append(text.isEmpty() ? "" : "\n").append(body);
			}
		}
		List<String> titles = new ArrayList<>();
		if (document.hasDescription()) {
			titles.add(document.getDescription());
		}
		document.getContent()
			.stream()
			.filter(c -> c.getAttachment().hasTitle())
			.forEach(c -> titles.add(c.getAttachment().getTitle()));
		if (!text.isEmpty() || !titles.isEmpty()) {
			notes.add(new ClinicalNote(reference, id, code(document.getStatusElement().getValueAsString()),
					concept(document.getType()), instant(document.getDate()), text.toString(), titles,
					plain(document.getContext().getRelated()), plain(document.getContext().getEncounter())));
		}
	}

	private java.time.@Nullable Instant occurrence(@Nullable Type value) {
		if (value instanceof Timing timing) {
			if (timing.hasEvent()) {
				return scheduled(timing.getEvent().get(0), zone);
			}
			return timing.getRepeat().hasBoundsPeriod() ? scheduled(timing.getRepeat().getBoundsPeriod(), zone)
					: null;
		}
		return scheduled(value, zone);
	}

}
