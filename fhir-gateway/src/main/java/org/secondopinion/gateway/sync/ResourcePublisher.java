package org.secondopinion.gateway.sync;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/** Publishes resources to {@code ehr.resources.v1} and refused ones to its dead-letter topic. */
@Component
class ResourcePublisher {

	/** The EHR a dead-lettered resource came from. */
	static final String EHR_HEADER = "second-opinion-ehr-id";

	private final KafkaTemplate<String, byte[]> kafka;

	private final EventCodec codec;

	ResourcePublisher(KafkaTemplate<String, byte[]> kafka, EventCodec codec) {
		this.kafka = kafka;
		this.codec = codec;
	}

	CompletableFuture<?> publish(PatientKey key, CloudEvent event) {
		return kafka.send(Topics.EHR_RESOURCES, key.toString(), codec.write(event));
	}

	/**
	 * Keeps a resource the gateway could not accept, byte for byte as the EHR served it, with the reason in the
	 * headers Spring Kafka's dead-letter recoverer uses.
	 */
	CompletableFuture<?> deadLetter(String ehrId, String key, String rawResource, String reason) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.deadLetter(Topics.EHR_RESOURCES), key,
				rawResource.getBytes(StandardCharsets.UTF_8));
		record.headers()
			.add(KafkaHeaders.DLT_EXCEPTION_FQCN, MalformedResourceException.class.getName().getBytes(StandardCharsets.UTF_8))
			.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, reason.getBytes(StandardCharsets.UTF_8))
			.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, Topics.EHR_RESOURCES.getBytes(StandardCharsets.UTF_8))
			.add(EHR_HEADER, ehrId.getBytes(StandardCharsets.UTF_8));
		return kafka.send(record);
	}

	/** Names, in dead-letter headers, why the gateway refused a resource. */
	static final class MalformedResourceException extends RuntimeException {

		private MalformedResourceException() {
			super();
		}

	}

}
