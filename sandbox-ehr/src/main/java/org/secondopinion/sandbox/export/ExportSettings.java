package org.secondopinion.sandbox.export;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of bulk export, bound from {@code second-opinion.sandbox.export.*}; defaults are in
 * {@code sandbox-ehr.yaml}.
 *
 * @param directory where jobs write their files (each job in a directory of its own, removed with the job)
 * @param threads how many jobs run at once; later ones wait
 * @param resourcesPerFile the most resources in one NDJSON file; a type with more is split into several files
 * @param retention how long a finished job and its files are kept
 */
@ConfigurationProperties("second-opinion.sandbox.export")
record ExportSettings(Path directory, int threads, int resourcesPerFile, Duration retention) {

	ExportSettings {
		if (directory == null) {
			throw new IllegalArgumentException("second-opinion.sandbox.export.directory must be set");
		}
		if (threads < 1 || resourcesPerFile < 1) {
			throw new IllegalArgumentException("second-opinion.sandbox.export threads and resources-per-file must be "
					+ "positive: " + threads + ", " + resourcesPerFile);
		}
		if (retention == null || retention.isNegative()) {
			throw new IllegalArgumentException("second-opinion.sandbox.export.retention must not be negative");
		}
	}

}
