package org.secondopinion.localstack;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackOptionsTests {

	@Test
	void startsFiftyPatientsFromSeedFortyTwoOnEmbeddedServersByDefault() {
		StackOptions options = StackOptions.parse();

		assertThat(options.patients()).isEqualTo(50);
		assertThat(options.seed()).isEqualTo(42);
		assertThat(options.ehrUrl()).isNull();
		assertThat(options.dbUrl()).isNull();
		assertThat(options.kafka()).isNull();
		assertThat(options.liveClinic()).isNull();
		assertThat(options.dataDir()).isEqualTo(Path.of(".local-stack"));
		assertThat(options.processes()).isFalse();
	}

	@Test
	void runsEachServiceAsItsOwnProcessWhenAskedWithASwitch() {
		assertThat(StackOptions.parse("--processes").processes()).isTrue();
		assertThat(StackOptions.parse("--patients=5 --processes").patients()).isEqualTo(5);
		assertThatThrownBy(() -> StackOptions.parse("--patients")).hasMessageStartingWith("Unknown argument '--patients'");
	}

	@Test
	void evaluatesOnFreshDatabasesWithoutSyntheaPatientsUnlessTold() {
		StackOptions evaluation = StackOptions.parse("--evaluate=blind-set");
		StackOptions withPatients = StackOptions.parse("--evaluate=blind-set --patients=5 --data-dir=/tmp/eval");

		assertThat(evaluation.evaluate()).isEqualTo(Path.of("blind-set"));
		assertThat(evaluation.patients()).isZero();
		assertThat(evaluation.dataDir()).isEqualTo(Path.of(".local-stack/evaluation"));
		assertThat(withPatients.patients()).isEqualTo(5);
		assertThat(withPatients.dataDir()).isEqualTo(Path.of("/tmp/eval"));
		assertThat(StackOptions.parse().evaluate()).isNull();
	}

	@Test
	void readsOptionsGivenAsOneMavenPropertyOrSeparately() {
		StackOptions options = StackOptions.parse("--patients=10 --seed=7", "--kafka=broker:9092", "--live-clinic=5s",
				"--db-url=jdbc:postgresql://db:5432/so?user=u");

		assertThat(options.patients()).isEqualTo(10);
		assertThat(options.seed()).isEqualTo(7);
		assertThat(options.kafka()).isEqualTo("broker:9092");
		assertThat(options.liveClinic()).isEqualTo("5s");
		assertThat(options.dbUrl()).isEqualTo("jdbc:postgresql://db:5432/so?user=u");
	}

	@Test
	void explainsAnUnknownOptionWithTheUsage() {
		assertThatThrownBy(() -> StackOptions.parse("--security=off")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("Unknown option --security")
			.hasMessageContaining("Usage: local-stack");
	}

	@Test
	void refusesAPopulationThatIsNotANumber() {
		assertThatThrownBy(() -> StackOptions.parse("--patients=many")).hasMessageContaining("--patients takes a whole number");
	}

}
