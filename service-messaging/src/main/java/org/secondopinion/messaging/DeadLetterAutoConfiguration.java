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
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Retries a failing record a few times with backoff, then keeps it on {@code <topic>-dlt}, original bytes and the
 * error in the headers. Events that break the contract go there at once: retrying cannot fix them. A record that
 * failed because the database (or another server) could not be reached is retried without end, backing off to
 * {@value #OUTAGE_MAX_BACKOFF_MILLIS} ms, until it is back: an outage is not the record's fault, and dead-lettering
 * it would lose it.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass({ KafkaTemplate.class, InvalidEventException.class })
@ConditionalOnBean(KafkaTemplate.class)
public class DeadLetterAutoConfiguration {

	private static final int ATTEMPTS = 4;

	static final long OUTAGE_MAX_BACKOFF_MILLIS = 5_000;

	@Bean
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	CommonErrorHandler deadLetterErrorHandler(KafkaTemplate<Object, Object> template) {
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxAttempts(ATTEMPTS);
		DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template), backOff);
		handler.addNotRetryableExceptions(InvalidEventException.class, IllegalArgumentException.class);
		handler.setBackOffFunction((record, failure) -> InfrastructureOutage.isCause(failure) ? untilBack() : null);
		// a record that failed on an outage and then fails for itself counts its attempts afresh, and the other way round
		handler.setResetStateOnExceptionChange(true);
		return handler;
	}

	/** Backs off from 200 ms to {@value #OUTAGE_MAX_BACKOFF_MILLIS} ms, without a limit on attempts or time. */
	static BackOff untilBack() {
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxInterval(OUTAGE_MAX_BACKOFF_MILLIS);
		return backOff;
	}

}
