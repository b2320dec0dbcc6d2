package org.secondopinion.sandbox.store;

import java.time.Clock;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	/** The one R4 context of the application: expensive to build, thread-safe. */
	@Bean
	FhirContext fhirContext() {
		return FhirContext.forR4();
	}

	/** The clock that stamps {@code meta.lastUpdated}; a {@code @Primary} {@link Clock} bean takes its place. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean(destroyMethod = "close")
	FhirStore fhirStore(Clock clock, FhirContext fhirContext, StoreSettings settings) {
		return new FhirStore(clock, fhirContext, settings.directory());
	}

}
