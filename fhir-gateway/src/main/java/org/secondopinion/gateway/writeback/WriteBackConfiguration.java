package org.secondopinion.gateway.writeback;

import org.apache.kafka.clients.admin.NewTopic;
import org.secondopinion.events.InvalidEventException;
import org.secondopinion.events.Topics;
import org.secondopinion.gateway.GatewaySettings;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The write-back listener's container: events that break the contract or that the EHR refuses go to
 * {@code ehr.writeback.v1-dlt} at once; an EHR that is down (after the client's own retries) is retried with
 * backoff up to a minute, without end, so that an outage dead-letters nothing and keeps the patient's order.
 */
@Configuration(proxyBeanMethods = false)
class WriteBackConfiguration {

	static final String CONTAINER_FACTORY = "writeBackListenerFactory";

	private static final long FIRST_RETRY_MILLIS = 1_000;

	private static final long MAX_RETRY_MILLIS = 60_000;

	@Bean(CONTAINER_FACTORY)
	ConcurrentKafkaListenerContainerFactory<Object, Object> writeBackListenerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
			KafkaTemplate<Object, Object> template) {
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, consumers);
		ExponentialBackOff backOff = new ExponentialBackOff(FIRST_RETRY_MILLIS, 2.0);
		backOff.setMaxInterval(MAX_RETRY_MILLIS);
		DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template), backOff);
		handler.addNotRetryableExceptions(InvalidEventException.class, IllegalArgumentException.class);
		factory.setCommonErrorHandler(handler);
		return factory;
	}

	@Bean
	NewTopic ehrWritebackTopic(GatewaySettings settings) {
		return TopicBuilder.name(Topics.EHR_WRITEBACK).partitions(settings.topicPartitions()).build();
	}

	@Bean
	NewTopic ehrWritebackDeadLetterTopic(GatewaySettings settings) {
		return TopicBuilder.name(Topics.deadLetter(Topics.EHR_WRITEBACK)).partitions(settings.topicPartitions()).build();
	}

}
