package org.secondopinion.assessment.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.InvalidEventException;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.PatientRef;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads resource events; records that break the contract fail fast and land on the dead-letter topic. */
@Component
class ResourceEventListener {

	private final EventCodec codec;

	private final Reassessment reassessment;

	ResourceEventListener(EventCodec codec, Reassessment reassessment) {
		this.codec = codec;
		this.reassessment = reassessment;
	}

	@KafkaListener(topics = Topics.EHR_RESOURCES)
	void on(ConsumerRecord<String, byte[]> record) {
		if (record.key() == null || record.value() == null) {
			throw new InvalidEventException("Record without key or value at " + record.topic() + "-"
					+ record.partition() + "@" + record.offset());
		}
		CloudEvent event = codec.read(record.value());
		EventType type = event.eventType();
		if (type != EventType.RESOURCE_UPSERTED && type != EventType.RESOURCE_DELETED) {
			throw new InvalidEventException("Event " + event.id() + " of type " + type.shortName()
					+ " does not belong on " + Topics.EHR_RESOURCES);
		}
		PatientKey patient = PatientKey.parse(record.key());
		try {
			PatientRef.of(patient);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEventException("Event " + event.id() + " is keyed for a patient id that is not a FHIR id");
		}
		if (!patient.reference().equals(event.subject())) {
			throw new InvalidEventException("Event " + event.id() + " is about " + event.subject()
					+ " but keyed for " + patient.reference());
		}
		if (type == EventType.RESOURCE_UPSERTED) {
			ResourceEvents.patientOf(patient.ehrId(), event.data())
				.filter(named -> !named.equals(patient))
				.ifPresent(named -> {
					throw new InvalidEventException("Event " + event.id() + " carries a resource of "
							+ named.reference() + " but is keyed for " + patient.reference());
				});
		}
		reassessment.apply(patient, event);
	}

}
