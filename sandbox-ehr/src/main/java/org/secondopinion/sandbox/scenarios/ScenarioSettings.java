package org.secondopinion.sandbox.scenarios;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the scenario patients, bound from {@code second-opinion.sandbox.scenarios.*}; defaults are in
 * {@code sandbox-ehr.yaml}.
 *
 * @param enabled whether the sandbox writes the scenario patients to its store at startup
 */
@ConfigurationProperties("second-opinion.sandbox.scenarios")
record ScenarioSettings(boolean enabled) {

}
