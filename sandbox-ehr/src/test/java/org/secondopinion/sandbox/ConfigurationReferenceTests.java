package org.secondopinion.sandbox;

import org.secondopinion.testing.configuration.ConfigurationReference;
import org.secondopinion.testing.configuration.ConfigurationReferenceContract;

/**
 * {@code docs/configuration.md} lists every sandbox EHR setting as its records and {@code sandbox-ehr.yaml} define it;
 * {@code -Dconfiguration.write=true} rewrites this service's part.
 */
class ConfigurationReferenceTests extends ConfigurationReferenceContract {

	@Override
	protected ConfigurationReference reference() {
		return ConfigurationReference
			.of("sandbox-ehr", "Sandbox EHR", "org.secondopinion.sandbox")
			.springSettings("server.port");
	}

}
