package org.secondopinion.sandbox.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.population.PopulationSettings.Source;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PopulationSettingsTests {

	private static final String PREFIX = "second-opinion.sandbox.population";

	@Test
	void keepsTheSeedPopulationByDefault() {
		PopulationSettings settings = bind(Map.of());

		assertThat(settings.source()).isEqualTo(Source.SEED);
		assertThat(settings.patients()).isEqualTo(50);
		assertThat(settings.baseSize()).isEqualTo(200);
		assertThat(settings.endDate()).isEqualTo(LocalDate.of(2025, 6, 1));
		assertThat(settings.yearsOfHistory()).isEqualTo(5);
		assertThat(settings.progressInterval()).isEqualTo(Duration.ofSeconds(5));
		assertThat(settings.cacheDirOrDefault())
			.isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "second-opinion", "synthea"));
	}

	@Test
	void generatesUpToTheBaseSizeAndDerivesTheRest() {
		PopulationSettings settings = bind(Map.of(PREFIX + ".source", "synthea", PREFIX + ".patients", "10000",
				PREFIX + ".base-size", "200", PREFIX + ".end-date", "2024-12-31"));

		assertThat(settings.source()).isEqualTo(Source.SYNTHEA);
		assertThat(settings.generated()).isEqualTo(200);
		assertThat(settings.derived()).isEqualTo(9800);
		assertThat(settings.syntheaRequest()).isEqualTo(new SyntheaRequest(200, 42, LocalDate.of(2024, 12, 31), 5));
	}

	@Test
	void loadsTheTypesTheSandboxServesByDefault() {
		PopulationSettings settings = bind(Map.of());

		assertThat(settings.loads("Condition")).isTrue();
		assertThat(settings.loads("Practitioner")).isTrue();
		assertThat(settings.loads("ExplanationOfBenefit")).isFalse();
	}

	@Test
	void loadsEveryTypeWithAStar() {
		PopulationSettings settings = bind(Map.of(PREFIX + ".resource-types", "*"));

		assertThat(settings.loads("ExplanationOfBenefit")).isTrue();
	}

	@Test
	void loadsTheTypesItIsGiven() {
		PopulationSettings settings = bind(Map.of(PREFIX + ".resource-types", "Patient,Condition"));

		assertThat(settings.loads("Condition")).isTrue();
		assertThat(settings.loads("Observation")).isFalse();
	}

	private static PopulationSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate(PREFIX,
				PopulationSettings.class);
	}

}
