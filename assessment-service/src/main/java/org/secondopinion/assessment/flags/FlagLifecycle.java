package org.secondopinion.assessment.flags;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.messaging.Outbox;
import org.secondopinion.assessment.criteria.Assessment;
import org.secondopinion.assessment.criteria.Finding;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.PatientDetails;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagEvents;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.Topics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an assessment into flag changes: raise when criteria are newly met, update when what is met changes,
 * resolve when nothing is met any more. Each change goes to the outbox in the caller's transaction.
 */
@Service
public class FlagLifecycle {

	private final FlagRepository flags;

	private final Outbox outbox;

	private final EventCodec codec;

	private final MeterRegistry meters;

	FlagLifecycle(FlagRepository flags, Outbox outbox, EventCodec codec, MeterRegistry meters) {
		this.flags = flags;
		this.outbox = outbox;
		this.codec = codec;
		this.meters = meters;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(ClinicalPicture picture, Assessment assessment) {
		FlagPayload.PatientSummary patient = summary(picture);
		flags.saveAssessment(patient, assessment);
		Optional<FlagRepository.StoredFlag> open = flags.openFlagOf(picture.patient());
		if (assessment.flagged()) {
			UUID flagId = open.map(FlagRepository.StoredFlag::id).orElseGet(UUID::randomUUID);
			FlagPayload payload = payload(flagId, patient, picture, assessment, FlagStatus.OPEN);
			if (open.isEmpty()) {
				flags.insert(payload, assessment.assessedAt());
				publish(EventType.FLAG_RAISED, payload, assessment.assessedAt());
			}
			else if (!open.get().sameFindings(payload)) {
				flags.update(payload, assessment.assessedAt());
				publish(EventType.FLAG_UPDATED, payload, assessment.assessedAt());
			}
		}
		else if (open.isPresent()) {
			FlagPayload resolved = new FlagPayload(open.get().payload().flagId(), patient, picture.details().facility(),
					open.get().payload().priority(), FlagStatus.RESOLVED, open.get().payload().criteria(),
					null, assessment.rulesetVersion(), offset(assessment.assessedAt()), organizations(picture));
			flags.resolve(resolved, assessment.assessedAt());
			publish(EventType.FLAG_RESOLVED, resolved, assessment.assessedAt());
		}
	}

	private void publish(EventType type, FlagPayload payload, Instant at) {
		for (FlagPayload.CriterionMet criterion : payload.criteria()) {
			Counter.builder("assessment.flags.changes")
				.description("Flags raised, updated and resolved, counted once per criterion they list")
				.tag("change", type.shortName().substring("flag.".length()))
				.tag("criterion", criterion.code().code())
				.register(meters)
				.increment();
		}
		UUID eventId = UUID.randomUUID();
		outbox.add(eventId, Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(payload).toString(),
				codec.write(FlagEvents.of(codec, eventId.toString(), type, payload, offset(at))));
	}

	private static FlagPayload payload(UUID flagId, FlagPayload.PatientSummary patient, ClinicalPicture picture,
			Assessment assessment, FlagStatus status) {
		return new FlagPayload(flagId.toString(), patient, picture.details().facility(), assessment.priority(), status,
				assessment.findings().stream().map(Finding::toCriterionMet).toList(), null,
				assessment.rulesetVersion(), offset(assessment.assessedAt()), organizations(picture));
	}

	/** What the notification service places the case by: the picture's organisation references, in order. */
	static List<FlagPayload.OrganizationReference> organizations(ClinicalPicture picture) {
		return picture.organizations()
			.stream()
			.map(link -> new FlagPayload.OrganizationReference(link.source(), link.reference(),
					link.identifierValue() == null ? null
							: new FlagPayload.Identifier(link.identifierSystem(), link.identifierValue()),
					link.display()))
			.toList();
	}

	private static FlagPayload.PatientSummary summary(ClinicalPicture picture) {
		PatientDetails details = picture.details();
		return new FlagPayload.PatientSummary(picture.patient().ehrId(), picture.patient().patientId(), details.name(),
				details.birthDate(), details.mrn());
	}

	private static OffsetDateTime offset(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
