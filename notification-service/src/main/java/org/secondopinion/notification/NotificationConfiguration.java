package org.secondopinion.notification;

import java.time.Clock;

import org.apache.kafka.clients.admin.NewTopic;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.InvalidEventException;
import org.secondopinion.events.Topics;
import org.secondopinion.security.ApiAccessRules;
import org.secondopinion.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	EventCodec eventCodec() {
		return new EventCodec();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Retries a failing record with backoff, then keeps it on {@code <topic>-dlt}; contract breaches at once. */
	@Bean
	CommonErrorHandler kafkaErrorHandler(KafkaTemplate<Object, Object> template) {
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxAttempts(4);
		DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template), backOff);
		handler.addNotRetryableExceptions(InvalidEventException.class, IllegalArgumentException.class);
		return handler;
	}

	/** Care coordinators (their facilities' cases) and admins work the case list. */
	@Bean
	ApiAccessRules caseAccess() {
		return requests -> requests.requestMatchers("/api/v1/cases", "/api/v1/cases/**")
			.hasAnyRole(Roles.CARE_COORDINATOR, Roles.ADMIN);
	}

	@Bean
	NewTopic flagsTopic(NotificationSettings settings) {
		return TopicBuilder.name(Topics.ASSESSMENT_FLAGS).partitions(settings.topicPartitions()).build();
	}

	@Bean
	NewTopic flagsDeadLetterTopic(NotificationSettings settings) {
		return TopicBuilder.name(Topics.deadLetter(Topics.ASSESSMENT_FLAGS)).partitions(settings.topicPartitions()).build();
	}

}
