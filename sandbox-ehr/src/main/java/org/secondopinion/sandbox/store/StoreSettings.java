package org.secondopinion.sandbox.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the store, bound from {@code second-opinion.sandbox.store.*}; defaults are in {@code sandbox-ehr.yaml}.
 *
 * @param directory where the store keeps its version file while it runs
 */
@ConfigurationProperties("second-opinion.sandbox.store")
record StoreSettings(Path directory) {

	StoreSettings {
		if (directory == null) {
			throw new IllegalArgumentException("second-opinion.sandbox.store.directory must be set");
		}
	}

}
