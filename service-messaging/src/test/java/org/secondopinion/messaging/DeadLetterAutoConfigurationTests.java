package org.secondopinion.messaging;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.CommonLoggingErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;

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
