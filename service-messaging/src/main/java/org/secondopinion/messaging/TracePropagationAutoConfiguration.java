package org.secondopinion.messaging;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The {@link TracePropagation} of the service: Micrometer Tracing's tracer and propagator when tracing is on, none
 * otherwise. Also gives each observed {@link KafkaTemplate} the service's {@link KafkaAdmin} for the cluster id its
 * observation asks for once: left alone, a template builds its own admin client on the producer's bootstrap servers
 * and asks again on every send while they do not answer, delaying each outbox relay attempt by the admin timeout.
 */
@AutoConfiguration(afterName = {
		"org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
		"org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration" })
public class TracePropagationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TracePropagation tracePropagation(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		Tracer available = tracer.getIfUnique();
		Propagator propagation = propagator.getIfUnique();
		return available == null || propagation == null ? TracePropagation.none()
				: TracePropagation.of(available, propagation);
	}

	@Bean
	static BeanPostProcessor kafkaTemplateClusterAdmin(ObjectProvider<KafkaAdmin> admin) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof KafkaTemplate<?, ?> template && template.getKafkaAdmin() == null) {
					admin.ifUnique(template::setKafkaAdmin);
				}
				return bean;
			}

		};
	}

}
