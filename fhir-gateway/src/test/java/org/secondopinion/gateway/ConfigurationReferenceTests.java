package org.secondopinion.gateway;

import org.secondopinion.testing.configuration.ConfigurationReference;
import org.secondopinion.testing.configuration.ConfigurationReferenceContract;

/**
 * {@code docs/configuration.md} lists every gateway setting as its records and {@code fhir-gateway.yaml} define it;
 * {@code -Dconfiguration.write=true} rewrites the gateway's part.
 */
class ConfigurationReferenceTests extends ConfigurationReferenceContract {

	@Override
	protected ConfigurationReference reference() {
		return ConfigurationReference
			.of("fhir-gateway", "FHIR gateway", "org.secondopinion.gateway", "org.secondopinion.security")
			.springSettings("server.port", "spring.datasource.url", "spring.datasource.username",
					"spring.datasource.password", "spring.kafka.bootstrap-servers",
					"spring.security.oauth2.resourceserver.jwt.issuer-uri");
	}

}
