package org.secondopinion.sandbox.smart;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

	/** Before the fault injection, as an EHR's gateway would be. */
	@Bean
	FilterRegistrationBean<AccessFilter> accessFilter(SandboxAccess access) {
		FilterRegistrationBean<AccessFilter> registration = new FilterRegistrationBean<>(new AccessFilter(access));
		registration.addUrlPatterns("/fhir/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

}
