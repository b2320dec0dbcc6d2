package org.secondopinion.sandbox.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;
import org.secondopinion.events.CriterionCode;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The scenario patients on the classpath ({@code scenarios/*.json}), each with what it should trigger. Load it with
 * {@link #load()} in any test, no Spring context needed, and assert a rule against {@link #expecting(String)} and
 * {@link #nearMissesOf(String)}; evaluate "now" as {@link #AS_OF}, the date the fixtures' dates are written against.
 * <p>
 * What a patient should trigger is written in the Patient's {@code meta.tag}: one tag of {@link #EXPECTATION} per
 * criterion met (or one {@link #NONE}), one of {@link #PRIORITY}, and one of {@link #NEAR_MISS} per criterion the
 * patient nearly meets; each tag's {@code display} says why.
 */
public final class ScenarioCatalog {

	/** The day the fixtures are written against: a rule evaluated on this day must reach the expected result. */
	public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

	/** Tag system: the criteria a flag must list (code = criterion code, or {@link #NONE}). */
	public static final String EXPECTATION = "https://secondopinion.org/fhir/CodeSystem/scenario-expectation";

	/** Tag system: the criteria the patient nearly meets and must not be flagged for (code = criterion code). */
	public static final String NEAR_MISS = "https://secondopinion.org/fhir/CodeSystem/scenario-near-miss";

	/** Tag system: the expected flag priority ({@code urgent}, {@code high}, {@code routine} or {@code none}). */
	public static final String PRIORITY = "https://secondopinion.org/fhir/CodeSystem/scenario-priority";

	/** The expectation code of a patient for whom no flag may be raised. */
	public static final String NONE = "NONE";

	/** The eight criteria codes of the shared design. */
	public static final List<String> CRITERIA = Arrays.stream(CriterionCode.values()).map(CriterionCode::code).toList();

	/** Where the fixtures are, as a classpath location pattern. */
	static final String LOCATION = "classpath*:scenarios/*.json";

	private final List<Scenario> scenarios;

	private ScenarioCatalog(List<Scenario> scenarios) {
		this.scenarios = List.copyOf(scenarios);
	}

	/** Reads every fixture with a cached R4 {@link FhirContext}. */
	public static ScenarioCatalog load() {
		return load(FhirContext.forR4Cached());
	}

	/**
	 * Reads every fixture with the given context, strictly: an unknown element, a wrong code in a required binding
	 * or a missing tag fails the load, naming the file.
	 */
	public static ScenarioCatalog load(FhirContext fhir) {
		IParser parser = fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
		List<Scenario> scenarios = new ArrayList<>();
		for (Resource file : fixtures()) {
			String name = Objects.requireNonNull(file.getFilename());
			try (InputStream in = file.getInputStream();
					Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				scenarios.add(scenario(name, parser.parseResource(Bundle.class, reader)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read scenario " + name, ex);
			}
			catch (DataFormatException | IllegalArgumentException ex) {
				throw new IllegalStateException("Scenario " + name + " is not valid: " + ex.getMessage(), ex);
			}
		}
		return new ScenarioCatalog(scenarios);
	}

	/** Every scenario, in the order of their file names. */
	public List<Scenario> scenarios() {
		return scenarios;
	}

	/** The scenario of one patient. */
	public Optional<Scenario> find(String patientId) {
		return scenarios.stream().filter(scenario -> scenario.patientId().equals(patientId)).findFirst();
	}

	/** The patients a flag must be raised for that lists the criterion. */
	public List<Scenario> expecting(String criterion) {
		return scenarios.stream().filter(scenario -> scenario.expectedCriteria().contains(criterion)).toList();
	}

	/** The patients who nearly meet the criterion and must not be flagged for it. */
	public List<Scenario> nearMissesOf(String criterion) {
		return scenarios.stream().filter(scenario -> scenario.nearMissCriteria().contains(criterion)).toList();
	}

	private static List<Resource> fixtures() {
		try {
			return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(LOCATION))
				.sorted(Comparator.comparing(resource -> Objects.requireNonNull(resource.getFilename())))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the scenarios at " + LOCATION, ex);
		}
	}

	private static Scenario scenario(String file, Bundle bundle) {
		if (bundle.getType() != Bundle.BundleType.COLLECTION) {
			throw new IllegalArgumentException("the Bundle must be of type collection");
		}
		List<Patient> patients = bundle.getEntry()
			.stream()
			.map(BundleEntryComponent::getResource)
			.filter(Patient.class::isInstance)
			.map(Patient.class::cast)
			.toList();
		if (patients.size() != 1) {
			throw new IllegalArgumentException("the Bundle must hold exactly one Patient, not " + patients.size());
		}
		Patient patient = patients.getFirst();
		List<Expectation> expected = tags(patient, EXPECTATION);
		List<Expectation> priorities = tags(patient, PRIORITY);
		if (expected.isEmpty() || priorities.size() != 1) {
			throw new IllegalArgumentException("the Patient needs at least one " + EXPECTATION
					+ " tag and exactly one " + PRIORITY + " tag");
		}
		return new Scenario(file, patient.getIdElement().getIdPart(), expected, tags(patient, NEAR_MISS),
				priorities.getFirst().criterion(), bundle);
	}

	private static List<Expectation> tags(Patient patient, String system) {
		return patient.getMeta()
			.getTag()
			.stream()
			.filter(tag -> system.equals(tag.getSystem()))
			.map(ScenarioCatalog::expectation)
			.toList();
	}

	private static Expectation expectation(Coding tag) {
		if (!tag.hasCode() || !tag.hasDisplay()) {
			throw new IllegalArgumentException("every scenario tag needs a code and a display saying why");
		}
		return new Expectation(tag.getCode(), tag.getDisplay());
	}

}
