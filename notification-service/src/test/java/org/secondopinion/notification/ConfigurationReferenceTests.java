package org.secondopinion.notification;

import org.junit.jupiter.api.Test;
import org.secondopinion.testing.configuration.ConfigurationReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/configuration.md} lists every notification service setting as its records and {@code notification-service.yaml} define it;
 * {@code -Dconfiguration.write=true} rewrites this service's part.
 */
class ConfigurationReferenceTests {

	private final ConfigurationReference reference = ConfigurationReference
		.of("notification-service", "Notification service", "org.secondopinion.notification",
				"org.secondopinion.security", "org.secondopinion.messaging")
		.springSettings("server.port", "spring.datasource.url", "spring.datasource.username",
				"spring.datasource.password", "spring.kafka.bootstrap-servers",
				"spring.security.oauth2.resourceserver.jwt.issuer-uri", "spring.mail.host", "spring.mail.port",
				"spring.mail.username", "spring.mail.password");

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
