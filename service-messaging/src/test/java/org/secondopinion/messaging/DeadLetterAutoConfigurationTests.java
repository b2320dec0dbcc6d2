package org.secondopinion.messaging;

import java.sql.SQLException;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.CommonLoggingErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterAutoConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DeadLetterAutoConfiguration.class));

	@Test
	void isRegisteredAsAnAutoConfigurationOfThisModule() {
		assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
			.contains(DeadLetterAutoConfiguration.class.getName());
	}

	@Test
	void aServiceWithAKafkaTemplateGetsTheRetryThenDeadLetterHandler() {
		contexts.withBean(KafkaTemplate.class, () -> new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of())))
			.run(context -> assertThat(context).getBean(CommonErrorHandler.class).isInstanceOf(DefaultErrorHandler.class));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRecordThatFailsBecauseTheDatabaseIsDownIsRetriedWithoutEndAndNeverDeadLettered() {
		KafkaTemplate<Object, Object> template = Mockito.mock(KafkaTemplate.class);
		contexts.withBean(KafkaTemplate.class, () -> template).run(context -> {
			DefaultErrorHandler handler = (DefaultErrorHandler) context.getBean(CommonErrorHandler.class);
			ConsumerRecord<Object, Object> record = new ConsumerRecord<>("ehr.resources.v1", 0, 42L, "key", "value");
			Exception outage = new ListenerExecutionFailedException("listener failed",
					new CannotCreateTransactionException("Could not open JDBC Connection",
							new SQLException("Connection refused", "08001")));
			MessageListenerContainer stopped = Mockito.mock(MessageListenerContainer.class);
			for (int attempt = 1; attempt <= 20; attempt++) {
				// a container that is not running cuts the handler's backoff sleeps short
				assertThat(handler.handleOne(outage, record, Mockito.mock(Consumer.class), stopped))
					.as("given up at attempt %d", attempt)
					.isFalse();
			}
			Mockito.verify(template, Mockito.never()).send(Mockito.any(ProducerRecord.class));
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRecordThatFailsForItselfIsDeadLetteredAfterFourRetries() {
		KafkaTemplate<Object, Object> template = Mockito.mock(KafkaTemplate.class);
		contexts.withBean(KafkaTemplate.class, () -> template).run(context -> {
			DefaultErrorHandler handler = (DefaultErrorHandler) context.getBean(CommonErrorHandler.class);
			ConsumerRecord<Object, Object> record = new ConsumerRecord<>("ehr.resources.v1", 0, 42L, "key", "value");
			Exception bug = new ListenerExecutionFailedException("listener failed", new IllegalStateException("bug"));
			MessageListenerContainer stopped = Mockito.mock(MessageListenerContainer.class);
			for (int attempt = 1; attempt <= 5; attempt++) {
				handler.handleOne(bug, record, Mockito.mock(Consumer.class), stopped);
			}
			Mockito.verify(template).send(Mockito.any(ProducerRecord.class));
		});
	}

	@Test
	void anOutageBacksOffToFiveSecondsAndNeverStops() {
		BackOffExecution execution = DeadLetterAutoConfiguration.untilBack().start();
		long last = 0;
		for (int attempt = 0; attempt < 1_000; attempt++) {
			last = execution.nextBackOff();
			assertThat(last).isNotEqualTo(BackOffExecution.STOP);
		}
		assertThat(last).isEqualTo(DeadLetterAutoConfiguration.OUTAGE_MAX_BACKOFF_MILLIS);
	}

	@Test
	void aServiceWithoutKafkaGetsNoHandler() {
		contexts.run(context -> assertThat(context).doesNotHaveBean(CommonErrorHandler.class));
	}

	@Test
	void aServicesOwnHandlerWins() {
		contexts.withBean(KafkaTemplate.class, () -> new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of())))
			.withBean(CommonErrorHandler.class, CommonLoggingErrorHandler::new)
			.run(context -> assertThat(context).getBean(CommonErrorHandler.class)
				.isInstanceOf(CommonLoggingErrorHandler.class));
	}

}
