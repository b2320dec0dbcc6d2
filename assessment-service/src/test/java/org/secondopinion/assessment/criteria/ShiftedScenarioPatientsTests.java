package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondopinion.assessment.bench.InMemoryRules;
import org.secondopinion.assessment.picture.PictureFixtures;
import org.secondopinion.events.PatientRef;
import org.secondopinion.sandbox.scenarios.Scenario;
import org.secondopinion.sandbox.scenarios.ScenarioCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox serves the scenario patients with their dates moved to the day it starts, and the service evaluates
 * them on today's date: the outcome must be exactly the one of the fixtures as written, evaluated on
 * {@link ScenarioCatalog#AS_OF}, whatever the day (earlier, later, across a leap day).
 */
class ShiftedScenarioPatientsTests {

	private static final ScenarioCatalog CATALOG = ScenarioCatalog.load();

	private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 3, 15),
			LocalDate.of(2028, 2, 29), LocalDate.now(ZoneOffset.UTC));

	private static final Map<LocalDate, InMemoryRules> RULES = new ConcurrentHashMap<>();

	static Stream<Arguments> scenariosOnOtherDays() {
		return DAYS.stream().flatMap(day -> CATALOG.scenarios().stream().map(scenario -> Arguments.of(day, scenario)));
	}

	@ParameterizedTest(name = "{1} as of {0}")
	@MethodSource("scenariosOnOtherDays")
	void meetsExactlyTheSameCriteriaWithTheSamePriorityWhenItsDatesMoveWithTheEvaluationDay(LocalDate day,
			Scenario scenario) {
		long days = ChronoUnit.DAYS.between(ScenarioCatalog.AS_OF, day);
		Assessment written = rules(ScenarioCatalog.AS_OF).assess(picture(scenario, scenario.resources()));
		Assessment moved = rules(day).assess(picture(scenario, scenario.resourcesAsOf(day)));

		assertThat(moved.findings()).extracting(f -> f.code().code())
			.as("%s: %s", scenario.file(), scenario.why())
			.containsExactlyElementsOf(written.findings().stream().map(f -> f.code().code()).toList())
			.containsExactlyInAnyOrderElementsOf(scenario.expectedCriteria());
		assertThat(moved.priority()).as(scenario.file()).isEqualTo(written.priority());
		for (int i = 0; i < written.findings().size(); i++) {
			Finding before = written.findings().get(i);
			Finding after = moved.findings().get(i);
			assertThat(after.urgent()).as(after.code().code()).isEqualTo(before.urgent());
			assertThat(after.evidence()).as(after.code().code())
				.extracting(Evidence::reference)
				.containsExactlyElementsOf(before.evidence().stream().map(Evidence::reference).toList());
			assertThat(after.due()).as(after.code().code())
				.isEqualTo(before.due() == null ? null
						: new Due(before.due().date().plusDays(days), before.due().overdue()));
			assertThat(after.changesAt()).as(after.code().code())
				.isEqualTo(before.changesAt() == null ? null : before.changesAt().plus(Duration.ofDays(days)));
		}
	}

	@AfterAll
	static void close() {
		RULES.values().forEach(InMemoryRules::close);
	}

	private static CriteriaEvaluator rules(LocalDate day) {
		Instant asOf = day.atStartOfDay(ZoneOffset.UTC).toInstant();
		return RULES.computeIfAbsent(day, d -> InMemoryRules.asOf(asOf)).evaluator();
	}

	private static org.secondopinion.assessment.picture.ClinicalPicture picture(Scenario scenario,
			List<org.hl7.fhir.r4.model.Resource> resources) {
		return PictureFixtures.picture(PatientRef.of("sandbox", scenario.patientId()), resources);
	}

}
