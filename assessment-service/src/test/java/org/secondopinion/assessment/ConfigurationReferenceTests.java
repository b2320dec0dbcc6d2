package org.secondopinion.assessment;

import org.secondopinion.testing.configuration.ConfigurationReference;
import org.secondopinion.testing.configuration.ConfigurationReferenceContract;

/**
 * {@code docs/configuration.md} lists every assessment service setting as its records and {@code assessment-service.yaml} define it;
 * {@code -Dconfiguration.write=true} rewrites this service's part.
 */
class ConfigurationReferenceTests extends ConfigurationReferenceContract {

	@Override
	protected ConfigurationReference reference() {
		return ConfigurationReference
			.of("assessment-service", "Assessment service", "org.secondopinion.assessment", "org.secondopinion.security",
					"org.secondopinion.messaging")
			.springSettings("server.port", "spring.datasource.url", "spring.datasource.username",
					"spring.datasource.password", "spring.kafka.bootstrap-servers",
					"spring.security.oauth2.resourceserver.jwt.issuer-uri");
	}

}
