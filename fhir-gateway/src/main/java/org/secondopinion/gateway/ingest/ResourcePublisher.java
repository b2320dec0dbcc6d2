package org.secondopinion.gateway.ingest;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/**
 * Publishes resources to {@code ehr.resources.v1} or {@code ehr.directory.v1}, and refused ones to the dead-letter
 * topic, counting both.
 */
@Component
class ResourcePublisher {

	private final KafkaTemplate<String, byte[]> kafka;

	private final EventCodec codec;

	private final MeterRegistry meters;

	ResourcePublisher(KafkaTemplate<String, byte[]> kafka, EventCodec codec, MeterRegistry meters) {
		this.kafka = kafka;
		this.codec = codec;
		this.meters = meters;
	}

	CompletableFuture<?> publish(String topic, String key, CloudEvent event, EhrId ehrId) {
		meters.counter("gateway.resources.published", "ehr", ehrId.value(), "topic", topic).increment();
		return kafka.send(topic, key, codec.write(event));
	}

	/**
	 * Keeps a resource the gateway could not accept, byte for byte as the EHR served it, with the reason in the
	 * headers Spring Kafka's dead-letter recoverer uses and in {@link DeadLetters#REASON_HEADER}.
	 */
	CompletableFuture<?> deadLetter(EhrId ehrId, String key, String raw, DeadLetterReason reason, String detail) {
		meters.counter("gateway.resources.dead.lettered", "ehr", ehrId.value(), "reason", reason.code()).increment();
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.deadLetter(Topics.EHR_RESOURCES), key,
				raw.getBytes(StandardCharsets.UTF_8));
		record.headers()
			.add(KafkaHeaders.DLT_EXCEPTION_FQCN, MalformedResourceException.class.getName().getBytes(StandardCharsets.UTF_8))
			.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, detail.getBytes(StandardCharsets.UTF_8))
			.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, Topics.EHR_RESOURCES.getBytes(StandardCharsets.UTF_8))
			.add(DeadLetters.REASON_HEADER, reason.code().getBytes(StandardCharsets.UTF_8))
			.add(DeadLetters.EHR_HEADER, ehrId.value().getBytes(StandardCharsets.UTF_8));
		return kafka.send(record);
	}

	/** Names, in dead-letter headers, why the gateway refused a resource. */
	static final class MalformedResourceException extends RuntimeException {

		private MalformedResourceException() {
			super();
		}

	}

}
