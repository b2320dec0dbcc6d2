package org.secondopinion.messaging;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation.DefaultKafkaListenerObservationConvention;
import org.springframework.kafka.support.micrometer.KafkaListenerObservationConvention;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

/**
 * The receipt of each record of a poll that a batch listener applies at once, observed as a record listener's would
 * be: a {@code CONSUMER} span, child of the trace the record's {@code traceparent} header names, and a timer under a
 * name of the listener's own (the container already times each poll as {@code spring.kafka.listener}, with other
 * tags, and Prometheus keeps one set of tags per name). Work done for the record inside the observation's scope
 * (e.g. {@link TracePropagation#current()}) continues its trace.
 */
public final class RecordReceipts {

	private final String listenerId;

	private final KafkaListenerObservationConvention convention;

	private final ObservationRegistry registry;

	/**
	 * @param name the timer's name, e.g. {@code assessment.intake.received}
	 */
	public RecordReceipts(String listenerId, String name, ObservationRegistry registry) {
		this.listenerId = listenerId;
		this.registry = registry;
		this.convention = new DefaultKafkaListenerObservationConvention() {

			@Override
			public String getName() {
				return name;
			}

		};
	}

	/** The receipt of {@code record}, started; stop it when its poll is applied (with the error, if it failed). */
	public Observation start(ConsumerRecord<?, ?> record) {
		String group = KafkaUtils.getConsumerGroupId();
		return KafkaListenerObservation.LISTENER_OBSERVATION
			.observation(null, convention,
					() -> new KafkaRecordReceiverContext(record, listenerId, "", group == null ? "" : group, () -> ""),
					registry)
			.start();
	}

}
