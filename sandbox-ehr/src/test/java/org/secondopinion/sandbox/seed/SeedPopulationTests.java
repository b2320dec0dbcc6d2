package org.secondopinion.sandbox.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxEhrTest
class SeedPopulationTests {

	private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();

	@LocalServerPort
	private int port;

	@Test
	void sameSeedGivesTheSamePopulation() {
		assertThat(encoded(SeedGenerator.generate(42, 5))).isEqualTo(encoded(SeedGenerator.generate(42, 5)));
		assertThat(encoded(SeedGenerator.generate(42, 5))).isNotEqualTo(encoded(SeedGenerator.generate(7, 5)));
	}

	@Test
	void serverHoldsTheFivePatientsOfSeed42() {
		IGenericClient client = client();
		List<Resource> expected = SeedGenerator.generate(42, 5);

		for (Resource resource : expected) {
			if (resource instanceof Patient patient) {
				Patient served = client.read().resource(Patient.class).withId(patient.getIdPart()).execute();
				assertThat(served.getNameFirstRep().getNameAsSingleString())
					.isEqualTo(patient.getNameFirstRep().getNameAsSingleString());
				assertThat(served.getBirthDateElement().getValueAsString())
					.isEqualTo(patient.getBirthDateElement().getValueAsString());
				assertThat(served.getGender()).isEqualTo(patient.getGender());
			}
		}
		assertThat(expected).filteredOn(Patient.class::isInstance)
			.extracting(Resource::getIdPart)
			.containsExactly("p-0001", "p-0002", "p-0003", "p-0004", "p-0005");
	}

	@Test
	void patientsHaveAMedicalRecordNumber() {
		Patient patient = SeedGenerator.generate(42, 1).stream().filter(Patient.class::isInstance).map(Patient.class::cast)
			.findFirst().orElseThrow();

		assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo("urn:oid:2.16.840.1.113883.19.5");
		assertThat(patient.getIdentifierFirstRep().getType().getCodingFirstRep().getCode()).isEqualTo("MR");
		assertThat(patient.getIdentifierFirstRep().getValue()).matches("MRN\\d{6}");
	}

	@Test
	void patientsAlternateBetweenTheTwoFacilities() {
		List<Patient> patients = SeedGenerator.generate(42, 3).stream().filter(Patient.class::isInstance)
			.map(Patient.class::cast).toList();

		assertThat(patients).extracting(p -> p.getManagingOrganization().getDisplay())
			.containsExactly("North Clinic", "South Clinic", "North Clinic");
		assertThat(SeedGenerator.generate(42, 1)).filteredOn(Organization.class::isInstance).hasSize(2);
	}

	@Test
	void firstPatientHasASpinalFusionOrdered() {
		Bundle requests = client().search()
			.forResource(ServiceRequest.class)
			.where(ServiceRequest.PATIENT.hasId("p-0001"))
			.returnBundle(Bundle.class)
			.execute();

		assertThat(requests.getEntry()).hasSize(1);
		ServiceRequest request = (ServiceRequest) requests.getEntryFirstRep().getResource();
		assertThat(request.getStatus()).isEqualTo(ServiceRequestStatus.ACTIVE);
		assertThat(request.getIntent()).isEqualTo(ServiceRequestIntent.ORDER);
		assertThat(request.hasAuthoredOn()).isTrue();
		assertThat(request.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://snomed.info/sct");
		assertThat(request.getCode().getCodingFirstRep().getCode()).isEqualTo("55705006");
		assertThat(request.getCode().getCodingFirstRep().getDisplay()).isEqualTo("Spinal fusion");
	}

	@Test
	void firstPatientIsAlwaysToHaveASpinalFusion() {
		for (long seed = 0; seed < 20; seed++) {
			assertThat(SeedGenerator.generate(seed, 1)).filteredOn(ServiceRequest.class::isInstance)
				.extracting(request -> ((ServiceRequest) request).getCode().getCodingFirstRep().getCode())
				.containsExactly("55705006");
		}
	}

	@Test
	void everyPatientHasTwoConditionsABloodPressureAndOneServiceRequest() {
		List<Resource> population = SeedGenerator.generate(42, 50);

		for (int number = 1; number <= 50; number++) {
			String subject = "Patient/p-%04d".formatted(number);
			assertThat(population).filteredOn(Condition.class::isInstance)
				.filteredOn(about(subject))
				.hasSize(2);
			assertThat(population).filteredOn(Observation.class::isInstance)
				.filteredOn(about(subject))
				.extracting(observation -> ((Observation) observation).getCode().getCodingFirstRep().getCode())
				.contains("8480-6");
			assertThat(population).filteredOn(ServiceRequest.class::isInstance).filteredOn(about(subject)).hasSize(1);
		}
	}

	@Test
	void aboutOneInThreeOtherPatientsIsToHaveMajorSurgery() {
		Set<String> major = Set.of("55705006", "232717009", "609588000", "52734007", "236886002");
		List<Coding> codes = SeedGenerator.generate(42, 601)
			.stream()
			.filter(ServiceRequest.class::isInstance)
			.skip(1)
			.map(request -> ((ServiceRequest) request).getCode().getCodingFirstRep())
			.toList();

		long majorCount = codes.stream().filter(code -> major.contains(code.getCode())).count();
		assertThat(majorCount).isBetween(150L, 250L);
		assertThat(codes).filteredOn(code -> !major.contains(code.getCode()))
			.extracting(Coding::getCode)
			.containsOnly("91251008");
	}

	private IGenericClient client() {
		return FhirContext.forR4Cached().newRestfulGenericClient("http://localhost:" + port + "/fhir");
	}

	private static Predicate<Resource> about(String subject) {
		return resource -> switch (resource) {
			case Condition condition -> condition.getSubject().getReference().equals(subject);
			case Observation observation -> observation.getSubject().getReference().equals(subject);
			case ServiceRequest request -> request.getSubject().getReference().equals(subject);
			default -> false;
		};
	}

	private static List<String> encoded(List<Resource> resources) {
		return resources.stream().map(JSON::encodeResourceToString).toList();
	}

}
