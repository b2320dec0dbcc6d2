package org.secondopinion.assessment.intake;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.InvalidEventException;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.PatientRef;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.secondopinion.messaging.RecordReceipts;
import org.secondopinion.messaging.TracePropagation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Reads resource events a poll at a time: the records of one poll are decoded (and their resources parsed), then
 * applied in one database transaction, each event id at most once. A record that breaks the contract goes to the
 * dead-letter topic alone: the records before it commit, it is handed to the error handler by its index (not
 * retried), and those after it come again in the next poll. If the batch's transaction fails, its records are
 * applied one transaction each, so that the failing record is retried and dead-lettered alone and the others commit.
 * <p>
 * Each record is received in a span of its own, child of its {@code traceparent} header, as a record listener's
 * would be: the re-assessment it makes due, and the flag event that follows, continue that trace.
 */
@Component
class ResourceEventListener {

	private final EventCodec codec;

	private final Reassessment reassessment;

	private final TracePropagation tracing;

	private final RecordReceipts receipts;

	ResourceEventListener(EventCodec codec, Reassessment reassessment, TracePropagation tracing,
			ObjectProvider<ObservationRegistry> observations) {
		this.codec = codec;
		this.reassessment = reassessment;
		this.tracing = tracing;
		this.receipts = new RecordReceipts("assessment-intake", "assessment.intake.received",
				observations.getIfUnique(() -> ObservationRegistry.NOOP));
	}

	@KafkaListener(topics = Topics.EHR_RESOURCES, batch = "true",
			properties = "max.poll.records=${second-opinion.assessment.intake.max-poll-records}")
	void on(List<ConsumerRecord<String, byte[]>> records) {
		List<Received> received = new ArrayList<>(records.size());
		@Nullable RuntimeException poison = null;
		try {
			for (ConsumerRecord<String, byte[]> record : records) {
				Observation observation = receipts.start(record);
				try (Observation.Scope scope = observation.openScope()) {
					received.add(new Received(received.size(), observation, decode(record, tracing.current())));
				}
				catch (RuntimeException ex) {
					observation.error(ex);
					observation.stop();
					poison = ex;
					break;
				}
			}
			applyAll(received);
		}
		finally {
			received.forEach(r -> r.observation().stop());
		}
		if (poison != null) {
			throw new BatchListenerFailedException(poison.getMessage() == null ? poison.toString() : poison.getMessage(),
					poison, received.size());
		}
	}

	private Reassessment.Change decode(ConsumerRecord<String, byte[]> record, @Nullable String traceParent) {
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
		PatientKey key = PatientKey.parse(record.key());
		PatientRef patient;
		try {
			patient = PatientRef.of(key);
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
				.filter(named -> !named.equals(key))
				.ifPresent(named -> {
					throw new InvalidEventException("Event " + event.id() + " carries a resource of "
							+ named.reference() + " but is keyed for " + patient.reference());
				});
		}
		return reassessment.changeOf(patient, event, traceParent);
	}

	private void applyAll(List<Received> received) {
		if (received.isEmpty()) {
			return;
		}
		try {
			reassessment.applyAll(received.stream().map(Received::change).toList());
		}
		catch (RuntimeException batchFailed) {
			for (Received one : received) {
				try {
					reassessment.applyAll(List.of(one.change()));
				}
				catch (RuntimeException ex) {
					one.observation().error(ex);
					throw new BatchListenerFailedException("Resource event " + one.change().eventId()
							+ " could not be applied", ex, one.index());
				}
			}
		}
	}

	/** A record read into the service's terms, with its place in the poll and its receive span. */
	private record Received(int index, Observation observation, Reassessment.Change change) {
	}

}
