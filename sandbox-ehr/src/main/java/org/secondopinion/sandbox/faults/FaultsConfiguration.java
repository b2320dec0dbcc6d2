package org.secondopinion.sandbox.faults;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FaultsConfiguration {

	@Bean
	FilterRegistrationBean<InjectedFaultsFilter> failingRequestsFilter(Faults faults, FhirContext fhirContext) {
		FilterRegistrationBean<InjectedFaultsFilter> registration = new FilterRegistrationBean<>(
				new InjectedFaultsFilter(faults, fhirContext));
		registration.addUrlPatterns("/fhir/*");
		return registration;
	}

}
