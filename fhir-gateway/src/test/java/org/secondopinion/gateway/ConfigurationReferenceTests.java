package org.secondopinion.gateway;

import org.junit.jupiter.api.Test;
import org.secondopinion.testing.configuration.ConfigurationReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/configuration.md} lists every gateway setting as its records and {@code fhir-gateway.yaml} define it;
 * {@code -Dconfiguration.write=true} rewrites the gateway's part.
 */
class ConfigurationReferenceTests {

	private final ConfigurationReference reference = ConfigurationReference
		.of("fhir-gateway", "FHIR gateway", "org.secondopinion.gateway", "org.secondopinion.security")
		.springSettings("server.port", "spring.datasource.url", "spring.datasource.username",
				"spring.datasource.password", "spring.kafka.bootstrap-servers",
				"spring.security.oauth2.resourceserver.jwt.issuer-uri");

	@Test
	void referenceListsEverySettingWithItsDefaultAndMeaning() {
		reference.verifyDocument();
	}

	@Test
	void everySettingSaysWhatItMeans() {
		assertThat(reference.undescribed()).isEmpty();
	}

	@Test
	void everyDocumentedEnvironmentVariableBindsItsSetting() {
		assertThat(reference.unboundEnvironmentVariables()).isEmpty();
	}

	@Test
	void everySettingInTheYamlIsDocumented() {
		assertThat(reference.undocumentedYamlKeys()).isEmpty();
	}

}
