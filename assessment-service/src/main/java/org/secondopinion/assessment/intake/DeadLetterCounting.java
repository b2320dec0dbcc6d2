package org.secondopinion.assessment.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.secondopinion.assessment.picture.UnreadableResourceException;
import org.secondopinion.events.InvalidEventException;
import org.secondopinion.events.UnsupportedEventVersionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.FailedRecordProcessor;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.stereotype.Component;

/** Counts the records the error handler sends to the dead-letter topic, by why they could not be processed. */
@Component
class DeadLetterCounting implements SmartInitializingSingleton {

	private final ObjectProvider<CommonErrorHandler> handlers;

	private final IntakeMetrics metrics;

	DeadLetterCounting(ObjectProvider<CommonErrorHandler> handlers, IntakeMetrics metrics) {
		this.handlers = handlers;
		this.metrics = metrics;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (handlers.getIfUnique() instanceof FailedRecordProcessor processor) {
			processor.setRetryListeners(new RetryListener() {

				@Override
				public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
					// retried: counted only once it is dead-lettered
				}

				@Override
				public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
					metrics.deadLettered(reason(ex));
				}

			});
		}
	}

	/** A short, stable reason: the first cause this service knows, else that retries ran out. */
	static String reason(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnsupportedEventVersionException) {
				return "unsupported-version";
			}
			if (cause instanceof UnreadableResourceException) {
				return "unreadable-resource";
			}
			if (cause instanceof InvalidEventException) {
				return "invalid-event";
			}
		}
		return "retries-exhausted";
	}

}
