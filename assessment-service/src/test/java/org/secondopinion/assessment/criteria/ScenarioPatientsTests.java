package org.secondopinion.assessment.criteria;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.assessment.picture.PictureFixtures;
import org.secondopinion.events.PatientRef;
import org.secondopinion.sandbox.scenarios.Scenario;
import org.secondopinion.sandbox.scenarios.ScenarioCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scenario patient of the sandbox EHR gets exactly the criteria (and the priority) its fixture expects, with
 * the rules and parameters the service runs with, evaluated on the date the fixtures are written against.
 */
@SpringBootTest(classes = ScenarioPatientsTests.Rules.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.config.name=assessment-service")
class ScenarioPatientsTests {

	private static final ScenarioCatalog CATALOG = ScenarioCatalog.load();

	@Autowired
	CriteriaEvaluator evaluator;

	static Stream<Scenario> scenarios() {
		return CATALOG.scenarios().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void meetsExactlyTheCriteriaItsFixtureExpects(Scenario scenario) {
		Assessment assessment = evaluator
			.assess(PictureFixtures.picture(PatientRef.of("sandbox", scenario.patientId()), scenario.resources()));

		assertThat(assessment.findings()).extracting(f -> f.code().code())
			.as("%s: %s", scenario.file(), scenario.why())
			.containsExactlyInAnyOrderElementsOf(scenario.expectedCriteria());
		if (scenario.flagExpected()) {
			assertThat(assessment.priority().code()).as(scenario.file()).isEqualTo(scenario.expectedPriority());
		}
		assertThat(assessment.findings()).allSatisfy(finding -> {
			assertThat(finding.reason()).isNotBlank().endsWith(".");
			assertThat(finding.evidence()).isNotEmpty()
				.allSatisfy(e -> assertThat(e.reference()).matches("[A-Za-z]+/[^/]+/_history/[^/]+"));
		});
	}

	/** The criteria, their settings and value sets, without the database, Kafka or web layer. */
	@Configuration(proxyBeanMethods = false)
	@ComponentScan(basePackageClasses = CriteriaEvaluator.class,
			excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Tests.*"))
	@ConfigurationPropertiesScan(basePackageClasses = AssessmentSettings.class)
	static class Rules {

		@Bean
		FhirContext fhirContext() {
			return FhirContext.forR4Cached();
		}

		@Bean
		Clock clock() {
			return Clock.fixed(ScenarioCatalog.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
		}

	}

}
