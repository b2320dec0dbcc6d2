package org.secondopinion.testing.configuration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of a service's part of {@code docs/configuration.md}, run by each service module's
 * {@code ConfigurationReferenceTests}, which says what its part is; {@code -Dconfiguration.write=true} rewrites it.
 */
public abstract class ConfigurationReferenceContract {

	/** The service's settings: its name, its packages and the Spring settings an operator sets. */
	protected abstract ConfigurationReference reference();

	@Test
	void referenceListsEverySettingWithItsDefaultAndMeaning() {
		reference().verifyDocument();
	}

	@Test
	void everySettingSaysWhatItMeans() {
		assertThat(reference().undescribed()).isEmpty();
	}

	@Test
	void everyDocumentedEnvironmentVariableBindsItsSetting() {
		assertThat(reference().unboundEnvironmentVariables()).isEmpty();
	}

	@Test
	void everySettingInTheYamlIsDocumented() {
		assertThat(reference().undocumentedYamlKeys()).isEmpty();
	}

}
