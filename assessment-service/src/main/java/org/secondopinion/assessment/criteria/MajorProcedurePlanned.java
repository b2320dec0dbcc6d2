package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.PerformedProcedure;
import org.secondopinion.assessment.picture.PlannedProcedure;
import org.secondopinion.events.FlagPayload;
import org.springframework.stereotype.Component;

/**
 * Major surgery or an invasive procedure is recommended: a ServiceRequest (draft, active or on hold; proposal, plan
 * or order) or a Procedure in preparation, for a code in the major-procedure value set, not yet performed.
 */
@Component
class MajorProcedurePlanned implements Criterion {

	static final String CODE = "MAJOR_PROCEDURE_PLANNED";

	private static final Set<String> OPEN_REQUEST_STATUSES = Set.of("draft", "active", "on-hold");

	private static final Set<String> PLANNING_INTENTS = Set.of("proposal", "plan", "order");

	private static final Set<String> DONE_STATUSES = Set.of("completed", "in-progress");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

	private final CodeSet majorProcedures;

	private final Duration urgentWithin;

	MajorProcedurePlanned(FhirContext fhir, AssessmentSettings settings) {
		this.majorProcedures = CodeSet.load(fhir, settings.majorProcedure().valueSet());
		this.urgentWithin = settings.majorProcedure().urgentWithin();
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String summary() {
		return "A ServiceRequest (draft, active or on hold; proposal, plan or order) or a Procedure in preparation "
				+ "for a major or invasive procedure that has not been performed.";
	}

	@Override
	public List<CodeSet> valueSets() {
		return List.of(majorProcedures);
	}

	@Override
	public Map<String, String> parameters() {
		return Map.of("major-procedure.value-set", majorProcedures.describe(), "major-procedure.urgent-within",
				urgentWithin.toString());
	}

	@Override
	public Optional<Finding> evaluate(ClinicalPicture picture, Instant now) {
		List<FlagPayload.Evidence> evidence = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		boolean urgent = false;
		for (PlannedProcedure planned : picture.plannedProcedures()) {
			Optional<CodedConcept> major = majorProcedures.firstMatch(planned.codes());
			if (major.isEmpty() || !stillPlanned(planned) || performed(planned, picture.performedProcedures())) {
				continue;
			}
			String name = planned.display();
			evidence.add(new FlagPayload.Evidence(planned.reference(), name));
			planned.codes().forEach(c -> problems.add(c.system() + "|" + c.code()));
			picture.orders()
				.stream()
				.filter(o -> o.reference().equals(planned.reference()))
				.forEach(o -> problems.addAll(o.reasonReferences()));
			names.add(planned.plannedFor() == null ? name : name + " on " + DAY.format(planned.plannedFor()));
			urgent |= planned.plannedFor() != null && planned.plannedFor().isBefore(now.plus(urgentWithin));
		}
		if (evidence.isEmpty()) {
			return Optional.empty();
		}
		String reason = String.join(" and ", names) + (names.size() == 1 ? " is" : " are")
				+ " planned; a second opinion before major surgery can confirm it is the right treatment.";
		return Optional.of(new Finding(CODE, capitalise(reason), evidence, urgent, problems));
	}

	private static boolean stillPlanned(PlannedProcedure planned) {
		if ("Procedure".equals(planned.resourceType())) {
			return "preparation".equals(planned.status());
		}
		return OPEN_REQUEST_STATUSES.contains(planned.status()) && Codes.in(PLANNING_INTENTS, planned.intent());
	}

	/** Done if a procedure fulfils the request, or the same procedure was done after it was requested. */
	private static boolean performed(PlannedProcedure planned, List<PerformedProcedure> performed) {
		String request = planned.resourceType() + "/" + planned.id();
		return performed.stream()
			.filter(p -> DONE_STATUSES.contains(p.status()))
			.anyMatch(p -> p.basedOn().stream().anyMatch(b -> b.equals(request) || b.endsWith("/" + request))
					|| (sameProcedure(planned, p) && planned.authoredOn() != null && p.performedAt() != null
							&& !p.performedAt().isBefore(planned.authoredOn())));
	}

	private static boolean sameProcedure(PlannedProcedure planned, PerformedProcedure done) {
		return planned.codes().stream().anyMatch(c -> done.codes().stream().anyMatch(c::sameCodeAs));
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
