package org.secondopinion.sandbox.scenarios;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the scenario patients, bound from {@code second-opinion.sandbox.scenarios.*}; defaults are in
 * {@code sandbox-ehr.yaml}.
 *
 * @param enabled whether the sandbox writes the scenario patients to its store at startup
 * @param asOf the day the served scenario patients read as written against: every date of the fixtures moves by the
 * days from {@link ScenarioCatalog#AS_OF} to it, so that their planned operations stay ahead and their histories
 * stay as long; when absent, the day the sandbox starts (UTC)
 */
@ConfigurationProperties("second-opinion.sandbox.scenarios")
record ScenarioSettings(boolean enabled, @Nullable LocalDate asOf) {

}
