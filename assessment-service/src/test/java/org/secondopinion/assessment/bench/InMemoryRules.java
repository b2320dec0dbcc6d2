package org.secondopinion.assessment.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import ca.uhn.fhir.context.FhirContext;
import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.assessment.criteria.CriteriaEvaluator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The eight criteria with the parameters and value sets the service runs with ({@code assessment-service.yaml}),
 * evaluated as of a fixed instant, without the database, Kafka or the web layer.
 */
public final class InMemoryRules implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private InMemoryRules(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static InMemoryRules asOf(Instant asOf) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(Rules.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.config.name=assessment-service", "spring.main.banner-mode=off",
					"logging.level.root=WARN")
			.initializers(c -> c.getBeanFactory().registerSingleton("clock", Clock.fixed(asOf, ZoneOffset.UTC)))
			.run();
		return new InMemoryRules(context);
	}

	public CriteriaEvaluator evaluator() {
		return context.getBean(CriteriaEvaluator.class);
	}

	@Override
	public void close() {
		context.close();
	}

	/** Registered by hand, not a {@code @Configuration}: the service's own component scan must not pick it up. */
	@ComponentScan(basePackageClasses = CriteriaEvaluator.class,
			excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Tests.*"))
	@ConfigurationPropertiesScan(basePackageClasses = AssessmentSettings.class)
	static class Rules {

		@Bean
		FhirContext fhirContext() {
			return FhirContext.forR4Cached();
		}

	}

}
