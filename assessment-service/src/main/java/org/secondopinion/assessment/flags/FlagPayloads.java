package org.secondopinion.assessment.flags;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.criteria.Due;
import org.secondopinion.assessment.criteria.Evidence;
import org.secondopinion.assessment.criteria.MetCriterion;
import org.secondopinion.assessment.picture.OrganizationLink;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagEvents;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.PatientRef;
import tools.jackson.core.type.TypeReference;

/**
 * The one translation between the service's flags and the wire records of {@code FlagPayload}: the {@code data} of
 * the {@code flag.*} events written to the outbox, and the same shape stored in tables {@code flag} (payload) and
 * {@code assessment} (patient, criteria). Outside intake nothing else in the service names {@code FlagPayload} (the
 * flag API answers with its own {@link FlagResponses}), so a change of the wire format changes this class alone.
 */
final class FlagPayloads {

	private FlagPayloads() {
	}

	/** The {@code flag.*} event of a change of the flag, to be written to the outbox. */
	static CloudEvent eventOf(EventCodec codec, String eventId, EventType type, Flag flag, OffsetDateTime time) {
		return FlagEvents.of(codec, eventId, type, payloadOf(flag), time);
	}

	/** The flag as stored in {@code flag.payload}: the event's {@code data}. */
	static String json(EventCodec codec, Flag flag) {
		return codec.mapper().writeValueAsString(payloadOf(flag));
	}

	static Flag read(EventCodec codec, String json) {
		return flagOf(codec.mapper().readValue(json, FlagPayload.class));
	}

	/** The patient stored in {@code assessment.patient}. */
	static FlaggedPatient readPatient(EventCodec codec, String json) {
		return patientOf(codec.mapper().readValue(json, FlagPayload.PatientSummary.class));
	}

	/** The criteria stored in {@code assessment.criteria}. */
	static List<MetCriterion> readCriteria(EventCodec codec, String json) {
		return metCriteriaOf(codec.mapper().readValue(json, new TypeReference<List<FlagPayload.CriterionMet>>() {
		}));
	}

	/** The patient as stored in {@code assessment.patient}: the event's {@code patient}. */
	static String json(EventCodec codec, FlaggedPatient patient) {
		return codec.mapper().writeValueAsString(summaryOf(patient));
	}

	/** The criteria as stored in {@code assessment.criteria}: the event's {@code criteria}. */
	static String json(EventCodec codec, List<MetCriterion> criteria) {
		return codec.mapper().writeValueAsString(criteriaOf(criteria));
	}

	static FlagPayload payloadOf(Flag flag) {
		return new FlagPayload(flag.id().toString(), summaryOf(flag.patient()), flag.facility(), flag.priority(),
				flag.status(), criteriaOf(flag.criteria()), null, flag.rulesetVersion(),
				flag.assessedAt().atOffset(ZoneOffset.UTC),
				flag.organizations() == null ? null : flag.organizations().stream().map(FlagPayloads::referenceOf).toList());
	}

	static Flag flagOf(FlagPayload payload) {
		return new Flag(UUID.fromString(payload.flagId()), patientOf(payload.patient()), payload.facility(),
				payload.priority(), payload.status(), metCriteriaOf(payload.criteria()), payload.rulesetVersion(),
				payload.assessedAt().toInstant(),
				payload.organizations() == null ? null
						: payload.organizations().stream().map(FlagPayloads::linkOf).toList());
	}

	static FlagPayload.PatientSummary summaryOf(FlaggedPatient patient) {
		return new FlagPayload.PatientSummary(patient.ref().ehrId(), patient.ref().patientId(), patient.name(),
				patient.birthDate(), patient.mrn());
	}

	static FlaggedPatient patientOf(FlagPayload.PatientSummary summary) {
		return new FlaggedPatient(PatientRef.of(summary.ehrId(), summary.id()), summary.name(), summary.birthDate(),
				summary.mrn());
	}

	static List<FlagPayload.CriterionMet> criteriaOf(List<MetCriterion> criteria) {
		return criteria.stream()
			.map(c -> new FlagPayload.CriterionMet(c.code(), c.reason(),
					c.evidence().stream().map(e -> new FlagPayload.Evidence(e.reference(), e.display())).toList(),
					dueOf(c.due())))
			.toList();
	}

	static List<MetCriterion> metCriteriaOf(List<FlagPayload.CriterionMet> criteria) {
		return criteria.stream()
			.map(c -> new MetCriterion(c.code(), c.reason(),
					c.evidence().stream().map(e -> new Evidence(e.reference(), e.display())).toList(),
					c.due() == null ? null : new Due(c.due().date(), c.due().overdue())))
			.toList();
	}

	/**
	 * The organisation link as a flag keeps it: without its time, and without an identifier system when it has no
	 * identifier value (the event carries an identifier only with its value).
	 */
	static OrganizationLink keptLink(OrganizationLink link) {
		return new OrganizationLink(link.source(), link.reference(),
				link.identifierValue() == null ? null : link.identifierSystem(), link.identifierValue(), link.display(),
				null);
	}

	private static FlagPayload.@Nullable Due dueOf(@Nullable Due due) {
		return due == null ? null : new FlagPayload.Due(due.date(), due.overdue());
	}

	private static FlagPayload.OrganizationReference referenceOf(OrganizationLink link) {
		return new FlagPayload.OrganizationReference(link.source(), link.reference(),
				link.identifierValue() == null ? null
						: new FlagPayload.Identifier(link.identifierSystem(), link.identifierValue()),
				link.display());
	}

	private static OrganizationLink linkOf(FlagPayload.OrganizationReference reference) {
		return new OrganizationLink(reference.source(), reference.reference(),
				reference.identifier() == null ? null : reference.identifier().system(),
				reference.identifier() == null ? null : reference.identifier().value(), reference.display(), null);
	}

}
