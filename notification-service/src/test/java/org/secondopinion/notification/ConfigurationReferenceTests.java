package org.secondopinion.notification;

import org.secondopinion.testing.configuration.ConfigurationReference;
import org.secondopinion.testing.configuration.ConfigurationReferenceContract;

/**
 * {@code docs/configuration.md} lists every notification service setting as its records and {@code notification-service.yaml} define it;
 * {@code -Dconfiguration.write=true} rewrites this service's part.
 */
class ConfigurationReferenceTests extends ConfigurationReferenceContract {

	@Override
	protected ConfigurationReference reference() {
		return ConfigurationReference
			.of("notification-service", "Notification service", "org.secondopinion.notification",
					"org.secondopinion.security", "org.secondopinion.messaging")
			.springSettings("server.port", "spring.datasource.url", "spring.datasource.username",
					"spring.datasource.password", "spring.kafka.bootstrap-servers",
					"spring.security.oauth2.resourceserver.jwt.issuer-uri", "spring.mail.host", "spring.mail.port",
					"spring.mail.username", "spring.mail.password");
	}

}
