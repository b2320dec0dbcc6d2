package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.secondopinion.assessment.AssessmentSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Binds a rule's settings from the service's real {@code assessment-service.yaml}, so tests run on the defaults. */
final class RuleSettings {

	private static final Binder BINDER = binder();

	private static final ValueSetFiles FILES = new FhirValueSetFiles(FhirContext.forR4Cached());

	private RuleSettings() {
	}

	static <T> T load(String prefix, Class<T> type) {
		return BINDER.bind("second-opinion.assessment." + prefix, type)
			.orElseThrow(() -> new IllegalStateException("No settings under " + prefix));
	}

	/** The service's own settings, as {@code assessment-service.yaml} has them. */
	static AssessmentSettings assessment() {
		return BINDER.bind("second-opinion.assessment", AssessmentSettings.class)
			.orElseThrow(() -> new IllegalStateException("No assessment settings"));
	}

	/** The rules' value-set and concept-map files, read as the service reads them. */
	static ValueSetFiles valueSetFiles() {
		return FILES;
	}

	/** How sessions of a treatment are read as a course, as the service's settings have it. */
	static TreatmentCourses courses() {
		return new TreatmentCourses(FILES, load("courses", CourseSettings.class));
	}

	private static Binder binder() {
		try {
			List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("assessment-service",
					new ClassPathResource("assessment-service.yaml"));
			StandardEnvironment environment = new StandardEnvironment();
			sources.forEach(environment.getPropertySources()::addLast);
			return new Binder(ConfigurationPropertySources.get(environment));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
