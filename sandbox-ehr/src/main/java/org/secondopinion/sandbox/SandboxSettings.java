package org.secondopinion.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sandbox EHR, bound from {@code second-opinion.sandbox.*}; defaults are in {@code sandbox-ehr.yaml}.
 *
 * @param patients how many patients to seed at startup ({@code 0} seeds nothing)
 * @param seed the seed of the random generator, so the same seed gives the same population
 * @param ehrId the name this EHR goes by in the rest of the system, shown in its CapabilityStatement
 * @param defaultPageSize the page size of a search without {@code _count}
 * @param maxPageSize the largest page size a client may ask for with {@code _count}
 */
@ConfigurationProperties("second-opinion.sandbox")
public record SandboxSettings(int patients, long seed, String ehrId, int defaultPageSize, int maxPageSize) {

	public SandboxSettings {
		if (patients < 0) {
			throw new IllegalArgumentException("second-opinion.sandbox.patients must not be negative: " + patients);
		}
		if (ehrId == null || ehrId.isBlank()) {
			throw new IllegalArgumentException("second-opinion.sandbox.ehr-id must not be blank");
		}
		if (defaultPageSize < 1 || maxPageSize < defaultPageSize) {
			throw new IllegalArgumentException("second-opinion.sandbox page sizes must satisfy 1 <= default-page-size "
					+ "<= max-page-size: " + defaultPageSize + ", " + maxPageSize);
		}
	}

}
