package org.secondopinion.sandbox.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationProgressTests {

	@Test
	void describesPatientsDoneTheRateAndTheTimeLeft() {
		assertThat(GenerationProgress.describe(40, 200, 2.0))
			.isEqualTo("Synthea: 40/200 patients, 2.0 patients/s, about 1m 20s left");
	}

	@Test
	void saysItIsStartingUntilTheFirstPatientIsDone() {
		assertThat(GenerationProgress.describe(0, 200, Double.NaN)).isEqualTo("Synthea: 0/200 patients, starting");
		assertThat(GenerationProgress.describe(3, 200, Double.NaN)).isEqualTo("Synthea: 3/200 patients");
	}

	@Test
	void writesLongDurationsInHoursAndMinutes() {
		assertThat(GenerationProgress.duration(42)).isEqualTo("42s");
		assertThat(GenerationProgress.duration(3 * 3600 + 5 * 60 + 7)).isEqualTo("3h 05m");
	}

	@Test
	void countsPatientBundlesButNotTheProvidersBundles(@TempDir Path bundles) throws IOException {
		Files.writeString(bundles.resolve("7353e17f-0cd5-5b0a-c736-92b9ca5f8366.json"), "{}");
		Files.writeString(bundles.resolve("1e621f4c-db30-c273-49e9-2dcad508a9cb.json"), "{}");
		Files.writeString(bundles.resolve("hospitalInformation1748736000000.json"), "{}");
		Files.writeString(bundles.resolve("practitionerInformation1748736000000.json"), "{}");

		assertThat(GenerationProgress.patientsDone(bundles)).isEqualTo(2);
		assertThat(GenerationProgress.patientsDone(bundles.resolve("not-yet"))).isZero();
	}

}
