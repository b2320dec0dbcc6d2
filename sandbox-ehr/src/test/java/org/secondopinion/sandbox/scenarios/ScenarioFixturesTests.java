package org.secondopinion.sandbox.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Each fixture file on its own: strictly valid FHIR, self-contained, and saying what it is for. */
class ScenarioFixturesTests {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static final Set<String> FACILITIES = Set.of("Organization/org-north", "Organization/org-south");

	private static final String MRN_SYSTEM = "urn:oid:2.16.840.1.113883.19.5";

	private static final Set<String> PRIORITIES = Set.of("urgent", "high", "routine", "none");

	private static final ScenarioCatalog CATALOG = ScenarioCatalog.load();

	static Stream<String> fixtures() throws IOException {
		return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(ScenarioCatalog.LOCATION))
			.map(resource -> Objects.requireNonNull(resource.getFilename()))
			.sorted();
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void parsesWithAStrictParserAsACollectionBundle(String file) throws IOException {
		Bundle bundle = parse(file);

		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		assertThat(bundle.getEntry()).allSatisfy(entry -> assertThat(entry.hasResource()).isTrue());
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void holdsOnePatientNamedLikeTheFileWhoseIdPrefixesEveryOtherId(String file) throws IOException {
		List<Resource> resources = resources(parse(file));
		String patientId = file.substring(0, file.length() - ".json".length());

		assertThat(resources).filteredOn(Patient.class::isInstance)
			.extracting(resource -> resource.getIdElement().getIdPart())
			.containsExactly(patientId);
		assertThat(resources).extracting(resource -> resource.getIdElement().getIdPart())
			.allSatisfy(id -> assertThat(id).startsWith(patientId))
			.doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void everyReferenceResolvesInsideTheBundleOrToAFacility(String file) throws IOException {
		List<Resource> resources = resources(parse(file));
		Set<String> inBundle = new HashSet<>(FACILITIES);
		resources.forEach(resource -> inBundle.add(resource.fhirType() + "/" + resource.getIdElement().getIdPart()));

		List<String> references = new ArrayList<>();
		for (Resource resource : resources) {
			FHIR.newTerser()
				.getAllPopulatedChildElementsOfType(resource, Reference.class)
				.stream()
				.filter(Reference::hasReference)
				.forEach(reference -> references.add(reference.getReference()));
		}

		assertThat(references).isNotEmpty().allSatisfy(reference -> assertThat(inBundle).contains(reference));
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void patientHasAnMrnAndIsCaredForAtAFacility(String file) throws IOException {
		Patient patient = patient(parse(file));

		assertThat(patient.getIdentifier()).filteredOn(identifier -> MRN_SYSTEM.equals(identifier.getSystem()))
			.singleElement()
			.satisfies(ScenarioFixturesTests::isMedicalRecordNumber);
		assertThat(patient.getName()).singleElement().satisfies(name -> {
			assertThat(name.getFamily()).isNotBlank();
			assertThat(name.getGiven()).isNotEmpty();
		});
		assertThat(patient.hasBirthDate()).isTrue();
		assertThat(FACILITIES).contains(patient.getManagingOrganization().getReference());
		assertThat(patient.getManagingOrganization().getDisplay()).isIn("North Clinic", "South Clinic");
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void tagsSayWhatToExpectConsistentlyWithThePriorityRules(String file) throws IOException {
		Scenario scenario = CATALOG.scenarios()
			.stream()
			.filter(candidate -> candidate.file().equals(file))
			.findFirst()
			.orElseThrow();
		Set<String> expected = scenario.expectedCriteria();
		List<String> codes = scenario.expected().stream().map(Expectation::criterion).toList();

		assertThat(codes).doesNotHaveDuplicates()
			.allSatisfy(code -> assertThat(code).isIn(allowedExpectations()));
		assertThat(scenario.expected()).allSatisfy(line -> assertThat(line.reason()).endsWith("."));
		if (codes.contains(ScenarioCatalog.NONE)) {
			assertThat(codes).containsExactly(ScenarioCatalog.NONE);
		}
		assertThat(scenario.nearMissCriteria()).allSatisfy(code -> assertThat(code).isIn(ScenarioCatalog.CRITERIA))
			.noneMatch(expected::contains);
		assertThat(scenario.expectedPriority()).isIn(PRIORITIES);
		switch (scenario.expectedPriority()) {
			case "none" -> assertThat(expected).isEmpty();
			case "routine" -> assertThat(expected).hasSize(1);
			case "high" -> assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
			default -> assertThat(expected).containsAnyOf("MAJOR_PROCEDURE_PLANNED", "HIGH_IMPACT_TREATMENT");
		}
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void nothingWasRecordedAfterTheAsOfDate(String file) throws IOException {
		Date endOfAsOf = Date.from(ScenarioCatalog.AS_OF.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		List<Date> recorded = new ArrayList<>();
		for (Resource resource : resources(parse(file))) {
			switch (resource) {
				case Observation observation when observation.hasEffectiveDateTimeType() ->
					recorded.add(observation.getEffectiveDateTimeType().getValue());
				case Condition condition when condition.hasRecordedDate() -> recorded.add(condition.getRecordedDate());
				case ServiceRequest request when request.hasAuthoredOn() -> recorded.add(request.getAuthoredOn());
				case MedicationRequest request when request.hasAuthoredOn() -> recorded.add(request.getAuthoredOn());
				case Encounter encounter when encounter.getPeriod().hasStart() ->
					recorded.add(encounter.getPeriod().getStart());
				case QuestionnaireResponse response when response.hasAuthored() -> recorded.add(response.getAuthored());
				case Communication communication when communication.hasSent() -> recorded.add(communication.getSent());
				default -> {
				}
			}
		}

		assertThat(recorded).allSatisfy(date -> assertThat(date).isBefore(endOfAsOf));
	}

	private static List<String> allowedExpectations() {
		List<String> allowed = new ArrayList<>(ScenarioCatalog.CRITERIA);
		allowed.add(ScenarioCatalog.NONE);
		return allowed;
	}

	private static void isMedicalRecordNumber(Identifier identifier) {
		assertThat(identifier.getValue()).isNotBlank();
		assertThat(identifier.getType().getCoding()).anySatisfy(coding -> {
			assertThat(coding.getSystem()).isEqualTo("http://terminology.hl7.org/CodeSystem/v2-0203");
			assertThat(coding.getCode()).isEqualTo("MR");
		});
	}

	private static Bundle parse(String file) throws IOException {
		try (InputStream in = ScenarioFixturesTests.class.getResourceAsStream("/scenarios/" + file);
				Reader reader = new InputStreamReader(Objects.requireNonNull(in, file), StandardCharsets.UTF_8)) {
			return FHIR.newJsonParser()
				.setParserErrorHandler(new StrictErrorHandler())
				.parseResource(Bundle.class, reader);
		}
	}

	private static List<Resource> resources(Bundle bundle) {
		return bundle.getEntry().stream().map(BundleEntryComponent::getResource).toList();
	}

	private static Patient patient(Bundle bundle) {
		return resources(bundle).stream()
			.filter(Patient.class::isInstance)
			.map(Patient.class::cast)
			.findFirst()
			.orElseThrow();
	}

}
