package org.secondopinion.messaging;

import org.secondopinion.events.InvalidEventException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Retries a failing record a few times with backoff, then keeps it on {@code <topic>-dlt}, original bytes and the
 * error in the headers. Events that break the contract go there at once: retrying cannot fix them.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass({ KafkaTemplate.class, InvalidEventException.class })
@ConditionalOnBean(KafkaTemplate.class)
public class DeadLetterAutoConfiguration {

	private static final int ATTEMPTS = 4;

	@Bean
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	CommonErrorHandler deadLetterErrorHandler(KafkaTemplate<Object, Object> template) {
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxAttempts(ATTEMPTS);
		DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template), backOff);
		handler.addNotRetryableExceptions(InvalidEventException.class, IllegalArgumentException.class);
		return handler;
	}

}
