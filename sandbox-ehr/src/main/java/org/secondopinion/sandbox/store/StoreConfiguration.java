package org.secondopinion.sandbox.store;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	/** The clock that stamps {@code meta.lastUpdated}; a {@code @Primary} {@link Clock} bean takes its place. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	FhirStore fhirStore(Clock clock) {
		return new FhirStore(clock);
	}

}
