package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondopinion.assessment.picture.PictureFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ways EHRs carry each criterion's signal, one fixture per recording habit: a positive case of a criterion
 * rewritten the way another EHR or another author would write it (a verification status of provisional, an onset as
 * an age, an observation dated by {@code issued} alone, a qualitative result as a string, a note in RTF, a medication
 * in a contained Medication, a request intent of instance-order…). Each file lives under the criterion's code and
 * says by its name what it expects: {@code flags-*} raise the criterion, {@code ignores-*} (refuted, entered in error,
 * resolved, cancelled, negative, inside the range, a bound rather than a value) do not.
 */
@SpringBootTest(classes = ScenarioPatientsTests.Rules.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.config.name=assessment-service")
class RecordingHabitsTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	@Autowired
	List<Criterion> criteria;

	record Habit(String criterion, String file, boolean flags) {

		@Override
		public String toString() {
			return criterion + ": " + file;
		}

	}

	static Stream<Habit> habits() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver()
				.getResources("classpath:fixtures/recording-habits/*/*.json");
			return Arrays.stream(files).map(file -> {
				String path = path(file);
				String[] parts = path.substring(path.indexOf("fixtures/recording-habits/")).split("/");
				String name = parts[3];
				if (!name.startsWith("flags-") && !name.startsWith("ignores-")) {
					throw new IllegalStateException(path + ": a habit fixture's name starts with flags- or ignores-");
				}
				return new Habit(parts[2], String.join("/", parts), name.startsWith("flags-"));
			}).sorted(java.util.Comparator.comparing(Habit::file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String path(Resource file) {
		try {
			return file.getURL().getPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("habits")
	void readsTheSignalAsEachRecordingHabitCarriesIt(Habit habit) {
		Criterion criterion = criteria.stream()
			.filter(c -> c.code().code().equals(habit.criterion()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No criterion " + habit.criterion()));
		Optional<Finding> finding = criterion.evaluate(PictureFixtures.picture(habit.file()), NOW);
		if (habit.flags()) {
			assertThat(finding).as(habit.file()).isPresent();
		}
		else {
			assertThat(finding).as(habit.file()).isEmpty();
		}
	}

}
