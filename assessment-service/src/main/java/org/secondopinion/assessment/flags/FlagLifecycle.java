package org.secondopinion.assessment.flags;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.messaging.Outbox;
import org.secondopinion.messaging.TimeOrderedIds;
import org.secondopinion.assessment.criteria.Assessment;
import org.secondopinion.assessment.criteria.Finding;
import org.secondopinion.assessment.criteria.MetCriterion;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.OrganizationLink;
import org.secondopinion.assessment.picture.PatientDetails;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
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
		FlaggedPatient patient = patientOf(picture);
		flags.saveAssessment(patient, assessment);
		Optional<Flag> open = flags.openFlagOf(picture.patient());
		if (assessment.flagged()) {
			UUID flagId = open.map(Flag::id).orElseGet(UUID::randomUUID);
			Flag flag = new Flag(flagId, patient, picture.details().facility(), assessment.priority(), FlagStatus.OPEN,
					assessment.findings().stream().map(Finding::toMetCriterion).toList(), assessment.rulesetVersion(),
					assessment.assessedAt(), organizations(picture));
			if (open.isEmpty()) {
				flags.insert(flag, assessment.assessedAt());
				publish(EventType.FLAG_RAISED, flag, assessment.assessedAt());
			}
			else if (!open.get().sameFindings(flag)) {
				flags.update(flag, assessment.assessedAt());
				publish(EventType.FLAG_UPDATED, flag, assessment.assessedAt());
			}
		}
		else if (open.isPresent()) {
			Flag resolved = new Flag(open.get().id(), patient, picture.details().facility(), open.get().priority(),
					FlagStatus.RESOLVED, open.get().criteria(), assessment.rulesetVersion(), assessment.assessedAt(),
					organizations(picture));
			flags.resolve(resolved, assessment.assessedAt());
			publish(EventType.FLAG_RESOLVED, resolved, assessment.assessedAt());
		}
	}

	private void publish(EventType type, Flag flag, Instant at) {
		for (MetCriterion criterion : flag.criteria()) {
			Counter.builder("assessment.flags.changes")
				.description("Flags raised, updated and resolved, counted once per criterion they list")
				.tag("change", type.shortName().substring("flag.".length()))
				.tag("criterion", criterion.code().code())
				.register(meters)
				.increment();
		}
		UUID eventId = TimeOrderedIds.next();
		outbox.add(eventId, Topics.ASSESSMENT_FLAGS, flag.patient().ref().key().toString(),
				codec.write(FlagPayloads.eventOf(codec, eventId.toString(), type, flag, at.atOffset(ZoneOffset.UTC))));
	}

	/** What the notification service places the case by: the picture's organisation references, in order. */
	static List<OrganizationLink> organizations(ClinicalPicture picture) {
		return picture.organizations().stream().map(FlagPayloads::keptLink).toList();
	}

	private static FlaggedPatient patientOf(ClinicalPicture picture) {
		PatientDetails details = picture.details();
		return new FlaggedPatient(picture.patient(), details.name(), details.birthDate(),
				details.mrn());
	}

}
