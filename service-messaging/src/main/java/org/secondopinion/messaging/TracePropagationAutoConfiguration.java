package org.secondopinion.messaging;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link TracePropagation} of the service: Micrometer Tracing's tracer and propagator when tracing is on, none
 * otherwise.
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

}
