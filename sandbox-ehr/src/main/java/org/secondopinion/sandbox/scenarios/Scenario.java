package org.secondopinion.sandbox.scenarios;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * One scenario patient: a fixture file holding a FHIR {@code collection} Bundle with the Patient and every resource
 * about them, and what the assessment should make of it.
 *
 * @param file the file name under {@code scenarios/} on the classpath, e.g. {@code scn-major-1.json}
 * @param patientId the id of the Patient, e.g. {@code scn-major-1}
 * @param expected the criteria the patient meets, each with its reason; a single {@link ScenarioCatalog#NONE} line
 * when no flag may be raised
 * @param nearMisses the criteria the patient nearly meets and must not be flagged for, each with the reason
 * @param expectedPriority {@code urgent}, {@code high} or {@code routine}; {@code none} when no flag may be raised
 * @param bundle the parsed fixture
 */
public record Scenario(String file, String patientId, List<Expectation> expected, List<Expectation> nearMisses,
		String expectedPriority, Bundle bundle) {

	public Scenario {
		expected = List.copyOf(expected);
		nearMisses = List.copyOf(nearMisses);
	}

	/** The codes of the criteria a flag for this patient must list, and no others; empty when none may be raised. */
	public Set<String> expectedCriteria() {
		return expected.stream()
			.map(Expectation::criterion)
			.filter(criterion -> !ScenarioCatalog.NONE.equals(criterion))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** The codes of the criteria this patient is a near miss for. */
	public Set<String> nearMissCriteria() {
		return nearMisses.stream()
			.map(Expectation::criterion)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** Whether a flag must be raised for this patient at all. */
	public boolean flagExpected() {
		return !expectedCriteria().isEmpty();
	}

	/** Why the patient is expected to trigger what they do (or nothing), in the fixture's own words. */
	public String why() {
		return expected.stream().map(Expectation::reason).collect(Collectors.joining(" "));
	}

	/** A copy of the fixture, so that callers may change it freely. */
	@Override
	public Bundle bundle() {
		return bundle.copy();
	}

	/** Copies of every resource in the fixture, the Patient first. */
	public List<Resource> resources() {
		return bundle.getEntry().stream().map(BundleEntryComponent::getResource).map(Resource::copy).toList();
	}

	/**
	 * Copies of every resource in the fixture, the Patient first, with every date moved so that they read as
	 * written against {@code asOf} instead of {@link ScenarioCatalog#AS_OF} (see {@link ScenarioDates}).
	 */
	public List<Resource> resourcesAsOf(LocalDate asOf) {
		ScenarioDates dates = ScenarioDates.asOf(asOf);
		return resources().stream().map(dates::shift).toList();
	}

	/** A copy of the Patient. */
	public Patient patient() {
		return bundle.getEntry()
			.stream()
			.map(BundleEntryComponent::getResource)
			.filter(Patient.class::isInstance)
			.map(Patient.class::cast)
			.findFirst()
			.orElseThrow()
			.copy();
	}

}
