package org.secondopinion.assessment.flags;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.criteria.MetCriterion;
import org.secondopinion.assessment.picture.OrganizationLink;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;

/**
 * What the flag API answers: the contract's shapes, whose JSON is field for field that of a {@code flag.*} event's
 * {@code data} (the records are named as the event's are), built from the service's own {@link Flag},
 * {@link FlaggedPatient} and {@link MetCriterion}. They are the service's records, so that the API and the event
 * records of module {@code events} change independently; keep them in step with {@link FlagPayloads}.
 */
final class FlagResponses {

	private FlagResponses() {
	}

	static FlagResponse of(Flag flag) {
		return new FlagResponse(flag.id().toString(), patientOf(flag.patient()), flag.facility(), flag.priority(),
				flag.status(), criteriaOf(flag.criteria()), null, flag.rulesetVersion(),
				flag.assessedAt().atOffset(ZoneOffset.UTC),
				flag.organizations() == null ? null
						: flag.organizations().stream().map(FlagResponses::referenceOf).toList());
	}

	static PatientSummary patientOf(FlaggedPatient patient) {
		return new PatientSummary(patient.ref().ehrId(), patient.ref().patientId(), patient.name(),
				patient.birthDate(), patient.mrn());
	}

	static List<CriterionMet> criteriaOf(List<MetCriterion> criteria) {
		return criteria.stream()
			.map(c -> new CriterionMet(c.code(), c.reason(),
					c.evidence().stream().map(e -> new Evidence(e.reference(), e.display())).toList(),
					c.due() == null ? null : new Due(c.due().date(), c.due().overdue())))
			.toList();
	}

	private static OrganizationReference referenceOf(OrganizationLink link) {
		return new OrganizationReference(link.source(), link.reference(),
				link.identifierValue() == null ? null : new Identifier(link.identifierSystem(), link.identifierValue()),
				link.display());
	}

	/** The contract's assessment shape: flagged or clear, priority, criteria met with evidence. */
	record AssessmentView(PatientSummary patient, String status, @Nullable Priority priority,
			List<CriterionMet> criteria, String rulesetVersion, Instant assessedAt) {
	}

	/** A page of flags, newest change first. */
	record FlagPage(List<FlagResponse> items, int page, int size, long total) {
	}

	/**
	 * A flag, as the {@code data} of its latest {@code flag.*} event.
	 * @param coverage the patient's active coverage; not read by this service yet, so always {@code null}
	 * @param organizations the organisation references of the patient's record that may tell which facility cares
	 * for them; {@code null} for a flag stored before they were kept
	 */
	record FlagResponse(String flagId, PatientSummary patient, @Nullable String facility, Priority priority,
			FlagStatus status, List<CriterionMet> criteria, @Nullable CoverageSummary coverage, String rulesetVersion,
			OffsetDateTime assessedAt, @Nullable List<OrganizationReference> organizations) {
	}

	/** Who a flag or an assessment is about, as the EHR names them. */
	record PatientSummary(String ehrId, String id, @Nullable String name, @Nullable String birthDate,
			@Nullable String mrn) {
	}

	/** One criterion met, with its plain-language reason, the exact resource versions behind it and its due date. */
	record CriterionMet(CriterionCode code, String reason, List<Evidence> evidence, @Nullable Due due) {
	}

	/** A versioned FHIR reference, e.g. {@code ServiceRequest/42/_history/3}, and what it shows. */
	record Evidence(String reference, @Nullable String display) {
	}

	/** The day a criterion's planned procedure or treatment is scheduled for, and whether it had passed. */
	record Due(LocalDate date, boolean overdue) {
	}

	/** The patient's active coverage, summarised. */
	record CoverageSummary(@Nullable String payer, @Nullable String plan, @Nullable String status) {
	}

	/** An organisation reference found in the patient's record, with where it was found. */
	record OrganizationReference(String source, @Nullable String reference, @Nullable Identifier identifier,
			@Nullable String display) {
	}

	/** A business identifier. */
	record Identifier(@Nullable String system, String value) {
	}

}
