package org.secondopinion.sandbox.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SyntheaRequestTests {

	private static final SyntheaRequest REQUEST = new SyntheaRequest(3, 42, LocalDate.of(2025, 6, 1), 5);

	@Test
	void pinsTheSeedsThePopulationSizeAndTheDates() {
		List<String> arguments = REQUEST.arguments(Path.of("/tmp/out"));

		assertThat(String.join(" ", arguments)).contains("-s 42 -cs 42 -p 3 -o false -r 20250601 -e 20250601");
	}

	@Test
	void exportsFhirBundlesWithTheirPractitionersAndOrganizations() {
		assertThat(REQUEST.arguments(Path.of("/tmp/out"))).contains("--exporter.fhir.export=true",
				"--exporter.fhir.transaction_bundle=true", "--exporter.hospital.fhir.export=true",
				"--exporter.practitioner.fhir.export=true", "--exporter.years_of_history=5",
				"--generate.log_patients.detail=none", "--exporter.baseDirectory=/tmp/out/");
	}

	@Test
	void keysTheCacheByPatientsSeedVersionAndOptions() {
		String key = REQUEST.cacheKey("3.3.0");

		assertThat(key).startsWith("synthea-3.3.0-patients-3-seed-42-").isEqualTo(REQUEST.cacheKey("3.3.0"));
		assertThat(List.of(new SyntheaRequest(4, 42, LocalDate.of(2025, 6, 1), 5).cacheKey("3.3.0"),
				new SyntheaRequest(3, 7, LocalDate.of(2025, 6, 1), 5).cacheKey("3.3.0"), REQUEST.cacheKey("3.3.1"),
				new SyntheaRequest(3, 42, LocalDate.of(2025, 7, 1), 5).cacheKey("3.3.0"),
				new SyntheaRequest(3, 42, LocalDate.of(2025, 6, 1), 10).cacheKey("3.3.0")))
			.doesNotContain(key)
			.doesNotHaveDuplicates();
	}

	@Test
	void needsAtLeastOnePatient() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SyntheaRequest(0, 42, LocalDate.of(2025, 6, 1), 5));
	}

}
