package org.secondopinion.sandbox.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The catalog as a whole: enough patients for every criterion, and a README that tells the truth about them. */
class ScenarioCatalogTests {

	static final List<String> CRITERIA = ScenarioCatalog.CRITERIA;

	private final ScenarioCatalog catalog = ScenarioCatalog.load();

	@ParameterizedTest
	@FieldSource("CRITERIA")
	void everyCriterionHasTwoPatientsWhoMeetItAndTwoWhoNearlyDo(String criterion) {
		assertThat(catalog.expecting(criterion)).hasSizeGreaterThanOrEqualTo(2);
		assertThat(catalog.nearMissesOf(criterion)).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy(scenario -> assertThat(scenario.expectedCriteria()).doesNotContain(criterion));
	}

	@Test
	void loadsWithoutSpringAndFindsPatientsById() {
		Scenario fusion = catalog.find("scn-major-1").orElseThrow();

		assertThat(fusion.file()).isEqualTo("scn-major-1.json");
		assertThat(fusion.expectedCriteria()).containsExactly("MAJOR_PROCEDURE_PLANNED");
		assertThat(fusion.expectedPriority()).isEqualTo("urgent");
		assertThat(fusion.why()).contains("spinal fusion");
		assertThat(fusion.patient().getIdPart()).isEqualTo("scn-major-1");
		assertThat(fusion.resources()).hasSize(fusion.bundle().getEntry().size());
	}

	@Test
	void bundlesAreCopiesThatCallersMayChange() {
		Scenario scenario = catalog.scenarios().getFirst();
		scenario.bundle().getEntry().clear();

		assertThat(scenario.bundle().getEntry()).isNotEmpty();
	}

	@Test
	void patientIdsAreUnique() {
		assertThat(catalog.scenarios()).extracting(Scenario::patientId).doesNotHaveDuplicates();
	}

	@Test
	void readmeListsEveryFixtureWithItsExpectedCriteriaAndPriority() throws IOException {
		List<ReadmeRow> rows = readmeRows();

		assertThat(rows).extracting(ReadmeRow::file)
			.containsExactlyInAnyOrderElementsOf(catalog.scenarios().stream().map(Scenario::file).toList());
		for (ReadmeRow row : rows) {
			Scenario scenario = catalog.scenarios()
				.stream()
				.filter(candidate -> candidate.file().equals(row.file()))
				.findFirst()
				.orElseThrow();
			assertThat(row.patientId()).as(row.file()).isEqualTo(scenario.patientId());
			assertThat(row.expected()).as(row.file()).isEqualTo(codesOrNone(scenario.expectedCriteria()));
			assertThat(row.priority()).as(row.file()).isEqualTo(scenario.expectedPriority());
			assertThat(row.nearMissOf()).as(row.file()).isEqualTo(scenario.nearMissCriteria());
			assertThat(row.why()).as(row.file()).isNotBlank();
		}
	}

	private static Set<String> codesOrNone(Set<String> codes) {
		return codes.isEmpty() ? Set.of(ScenarioCatalog.NONE) : codes;
	}

	/** Rows of the catalog table: {@code | `file` | `patient` | codes | priority | near miss of | why |}. */
	private static List<ReadmeRow> readmeRows() throws IOException {
		String readme;
		try (InputStream in = ScenarioCatalogTests.class.getResourceAsStream("/scenarios/README.md")) {
			readme = new String(Objects.requireNonNull(in, "scenarios/README.md").readAllBytes(),
					StandardCharsets.UTF_8);
		}
		return readme.lines().filter(line -> line.startsWith("| `scn-")).map(line -> {
			String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
			assertThat(cells).as(line).hasSize(6);
			return new ReadmeRow(unquote(cells[0]), unquote(cells[1]), codes(cells[2]), cells[3].strip(),
					codes(cells[4]), cells[5].strip());
		}).toList();
	}

	private static String unquote(String cell) {
		return cell.strip().replace("`", "");
	}

	private static Set<String> codes(String cell) {
		return Arrays.stream(cell.replace("`", "").split("[,\\s]+"))
			.filter(code -> !code.isBlank() && !code.equals("—"))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private record ReadmeRow(String file, String patientId, Set<String> expected, String priority,
			Set<String> nearMissOf, String why) {
	}

}
