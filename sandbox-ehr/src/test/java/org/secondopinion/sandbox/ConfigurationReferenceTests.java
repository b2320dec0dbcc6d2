package org.secondopinion.sandbox;

import org.junit.jupiter.api.Test;
import org.secondopinion.testing.configuration.ConfigurationReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/configuration.md} lists every sandbox EHR setting as its records and {@code sandbox-ehr.yaml} define it;
 * {@code -Dconfiguration.write=true} rewrites this service's part.
 */
class ConfigurationReferenceTests {

	private final ConfigurationReference reference = ConfigurationReference
		.of("sandbox-ehr", "Sandbox EHR", "org.secondopinion.sandbox")
		.springSettings("server.port");

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
